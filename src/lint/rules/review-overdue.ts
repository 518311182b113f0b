import { parseDuration } from '../../runbook/duration.js';
import { DAY_MS, parseReviewDate as parseDate } from '../../runbook/review.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'review-overdue',
    type: 'suggestion',
    description: 'A runbook must have been reviewed within its `review_every` period, and `reviewed` must not be a date in the future.',
    severity: 'warn',
    messages: {
      overdue: 'Last reviewed on {date}, {days} days ago; reviews are due every {every}',
      future: 'Unexpected review date {date} in the future, expected {today} or earlier',
    },
  },
  check(context) {
    const runbook = context.runbook;
    if (!runbook) return;
    const reviewed = parseDate(runbook.reviewed);
    // A missing or malformed date is the schema rule's finding, not this one's.
    if (reviewed === undefined) return;
    const date = runbook.reviewed as string;
    const now = context.now.getTime();
    const today = Math.floor(now / DAY_MS) * DAY_MS;
    // Dates carry no time zone: a day of slack keeps an author east of UTC from being told that today is tomorrow.
    if (reviewed > today + DAY_MS) {
      context.report({ messageId: 'future', data: { date, today: new Date(today).toISOString().slice(0, 10) }, path: ['reviewed'] });
      return;
    }
    const every = parseDuration(runbook.review_every);
    if (every === undefined) return;
    if (reviewed + every < now) {
      context.report({ messageId: 'overdue', data: { date, days: Math.floor((now - reviewed) / DAY_MS), every: runbook.review_every as string }, path: ['reviewed'] });
    }
  },
});
