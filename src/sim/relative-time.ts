const UNIT_MS: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 };
const RELATIVE = /^([+-])((?:\d+d)?(?:\d+h)?(?:\d+m)?(?:\d+s)?)$/;
// A value that starts like a signed duration but does not parse is a mistake worth reporting, not a string to keep.
const LOOKS_RELATIVE = /^[+-]\d+[a-z]/i;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Fields that always hold a time: a value there that is neither relative nor RFC 3339 is reported. */
const TIME_FIELDS = new Set([
  'creationTimestamp', 'deletionTimestamp', 'firstTimestamp', 'lastTimestamp', 'eventTime', 'startTime', 'startedAt',
  'finishedAt', 'lastTransitionTime', 'lastUpdateTime', 'lastProbeTime', 'lastHeartbeatTime', 'completionTime',
  'lastScheduleTime', 'lastSuccessfulTime',
]);

/** Milliseconds from the start for `now`/`-3h`/`+2m30s`; undefined when the text is not relative. */
export function parseRelativeTime(text: string): number | undefined {
  if (text === 'now') return 0;
  const match = RELATIVE.exec(text);
  if (!match || match[2] === '') return undefined;
  let total = 0;
  for (const [, amount, unit] of match[2]!.matchAll(/(\d+)([dhms])/g)) total += Number(amount) * UNIT_MS[unit!]!;
  return match[1] === '-' ? -total : total;
}

/** Why a string under `objects` is an unusable time, or undefined when it is fine. */
export function timeProblem(key: string | number | undefined, value: string): string | undefined {
  if (parseRelativeTime(value) !== undefined) return undefined;
  if (LOOKS_RELATIVE.test(value)) return `\`${value}\` is not a relative time: write a sign and units largest first, like \`-3h\`, \`-2m30s\` or \`-1d4h\``;
  if (typeof key === 'string' && TIME_FIELDS.has(key) && !RFC3339.test(value)) {
    return `\`${value}\` is not a time: write \`now\`, a signed duration like \`-3h\`, or an RFC 3339 time like \`2026-01-31T09:30:00Z\``;
  }
  return undefined;
}

/** Formats like the API server does: RFC 3339 in UTC, whole seconds. */
export function formatTime(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** A deep copy of `value` with every relative time replaced by a timestamp that far from `now`. */
export function resolveRelativeTimes<T>(value: T, now: Date): T {
  if (typeof value === 'string') {
    const offset = parseRelativeTime(value);
    return (offset === undefined ? value : formatTime(new Date(now.getTime() + offset))) as T;
  }
  if (Array.isArray(value)) return value.map((item) => resolveRelativeTimes(item, now)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = resolveRelativeTimes(item, now);
    return out as T;
  }
  return value;
}
