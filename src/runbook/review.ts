import { parseDuration } from './duration.js';

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// The start of the day in UTC, or undefined unless it is a real calendar date (2026-02-30 is not).
export function parseReviewDate(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return time;
}

/** Whether a runbook's review is overdue: `reviewed` plus `review_every` lies before `now`; false when either is missing. */
export function isReviewOverdue(reviewed: unknown, every: unknown, now: Date): boolean {
  const date = parseReviewDate(reviewed);
  const period = parseDuration(every);
  return date !== undefined && period !== undefined && date + period < now.getTime();
}

export { DAY_MS };
