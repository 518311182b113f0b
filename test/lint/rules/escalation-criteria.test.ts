import { describe } from 'vitest';
import rule from '../../../src/lint/rules/escalation-criteria.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { runbookText, VALID_FRONT_MATTER, VALID_RUNBOOK } from '../../helpers/sample.js';

const replace = (from: string | RegExp, to: string): string => runbookText(VALID_FRONT_MATTER.replace(from, to));
const WHEN = '  when:\n    - Disk pressure persists after 15 minutes\n';

// `escalation:` is on line 31 of the sample, columns 1 to 11.
describe('escalation-criteria', () => {
  ruleTester(rule, {
    valid: [
      VALID_RUNBOOK,
      { name: 'no escalation at all is the schema rule\'s', code: replace(/escalation:\n[\s\S]*$/, '') },
      { name: 'an escalation that is not a mapping is the schema rule\'s', code: replace(/escalation:\n[\s\S]*$/, 'escalation: call the platform team\n') },
      { name: 'an `after` that is not a duration is the schema rule\'s', code: replace('after: 15m', 'after: soon') },
    ],
    invalid: [
      {
        name: 'no `after`',
        code: replace('  after: 15m\n', ''),
        errors: [{ messageId: 'missingAfter', line: 31, column: 1, endLine: 31, endColumn: 11 }],
      },
      {
        name: '`after:` with no value',
        code: replace('  after: 15m\n', '  after:\n'),
        errors: [{ messageId: 'missingAfter', line: 31, column: 1, endLine: 31, endColumn: 11 }],
      },
      {
        name: 'no `when`',
        code: replace(WHEN, ''),
        errors: [{ messageId: 'missingWhen', line: 31, column: 1, endLine: 31, endColumn: 11 }],
      },
      {
        name: 'an empty `when` list',
        code: replace(WHEN, '  when: []\n'),
        errors: [{ messageId: 'missingWhen', line: 31, column: 1, endLine: 31, endColumn: 11 }],
      },
      {
        name: 'only a contact',
        code: replace(/escalation:\n[\s\S]*$/, 'escalation:\n  contact: Tier 3 platform on-call\n'),
        errors: [
          { messageId: 'missingAfter', line: 31, column: 1, endLine: 31, endColumn: 11 },
          { messageId: 'missingWhen', line: 31, column: 1, endLine: 31, endColumn: 11 },
        ],
      },
    ],
  });
});
