import { describe } from 'vitest';
import reviewOverdue from '../../../src/lint/rules/review-overdue.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { runbookText, VALID_FRONT_MATTER, VALID_RUNBOOK } from '../../helpers/sample.js';

const replace = (from: string, to: string): string => runbookText(VALID_FRONT_MATTER.replace(from, to));

// "now" is 2026-11-22T12:00:00Z unless a case says otherwise; `reviewed` sits on line 8, its value at column 11.
describe('review-overdue', () => {
  ruleTester(reviewOverdue, {
    valid: [
      VALID_RUNBOOK,
      { name: 'due date is still ahead', code: replace('reviewed: 2026-11-01', 'reviewed: 2026-08-25') },
      { name: 'reviewed tomorrow: a time zone east of UTC', code: replace('reviewed: 2026-11-01', 'reviewed: 2026-11-23') },
      { name: 'no reviewed field', code: replace('reviewed: 2026-11-01\n', '') },
      { name: 'no review_every field', code: replace('review_every: 90d\n', ''), now: '2030-01-01T00:00:00Z' },
      { name: 'malformed review_every', code: replace('review_every: 90d', 'review_every: 3 months'), now: '2030-01-01T00:00:00Z' },
      { name: 'not a calendar date', code: replace('reviewed: 2026-11-01', 'reviewed: 2026-02-30'), now: '2030-01-01T00:00:00Z' },
      { name: 'reviewed is not a string', code: replace('reviewed: 2026-11-01', 'reviewed: [2020-01-01]'), now: '2030-01-01T00:00:00Z' },
    ],
    invalid: [
      {
        name: 'overdue by the sample period',
        code: replace('reviewed: 2026-11-01', 'reviewed: 2026-08-01'),
        errors: [{ messageId: 'overdue', data: { date: '2026-08-01', days: 113, every: '90d' }, line: 8, column: 11, endLine: 8, endColumn: 21 }],
      },
      {
        name: 'a shorter period',
        code: replace('review_every: 90d', 'review_every: 14d'),
        errors: [{ messageId: 'overdue', data: { date: '2026-11-01', days: 21, every: '14d' }, line: 8, column: 11, endLine: 8, endColumn: 21 }],
      },
      {
        name: 'due at midnight, linted at noon',
        code: replace('reviewed: 2026-11-01', 'reviewed: "2026-08-24"'),
        errors: [{ messageId: 'overdue', data: { date: '2026-08-24', days: 90, every: '90d' }, line: 8, column: 11, endLine: 8, endColumn: 23 }],
      },
      {
        name: 'reviewed in the future',
        code: replace('reviewed: 2026-11-01', 'reviewed: 2027-01-15'),
        errors: [{ messageId: 'future', data: { date: '2027-01-15', today: '2026-11-22' }, line: 8, column: 11, endLine: 8, endColumn: 21 }],
      },
      {
        name: 'a future date is reported even without review_every',
        code: replace('reviewed: 2026-11-01\nreview_every: 90d', 'reviewed: 2026-11-24'),
        errors: [{ messageId: 'future', data: { date: '2026-11-24', today: '2026-11-22' }, line: 8, column: 11 }],
      },
    ],
  });
});
