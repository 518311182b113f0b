import { describe } from 'vitest';
import rule from '../../../src/lint/rules/resolution-has-steps.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { runbookText, VALID_FRONT_MATTER, VALID_RUNBOOK } from '../../helpers/sample.js';

const replace = (from: string | RegExp, to: string): string => runbookText(VALID_FRONT_MATTER.replace(from, to));
const STEPS = '    steps:\n      - title: Free space on the node\n        tier: 3\n';

describe('resolution-has-steps', () => {
  ruleTester(rule, {
    valid: [
      VALID_RUNBOOK,
      { name: 'no resolution at all', code: replace(/resolution:\n[\s\S]*?escalation:/, 'escalation:') },
      { name: 'a resolution that is not a list is the schema rule\'s', code: replace(/resolution:\n[\s\S]*?escalation:/, 'resolution: restart it\nescalation:') },
      { name: 'steps that are not a list are the schema rule\'s', code: replace(STEPS, '    steps: see the wiki\n') },
    ],
    invalid: [
      {
        name: 'no steps: reported at the cause',
        code: replace(STEPS, ''),
        errors: [{ messageId: 'missing', data: { cause: 'logs-fill-disk' }, line: 25, column: 5, endLine: 25, endColumn: 10 }],
      },
      {
        name: 'an empty list: reported at the steps key',
        code: replace(STEPS, '    steps: []\n'),
        errors: [{ messageId: 'empty', data: { cause: 'logs-fill-disk' }, line: 28, column: 5, endLine: 28, endColumn: 10 }],
      },
      {
        name: '`steps:` with nothing after it',
        code: replace(STEPS, '    steps:\n'),
        errors: [{ messageId: 'empty', data: { cause: 'logs-fill-disk' }, line: 28, column: 5, endLine: 28, endColumn: 10 }],
      },
      {
        name: 'neither cause nor steps: reported at the branch',
        code: replace(STEPS, '').replace('  - cause: logs-fill-disk\n    title:', '  - title:'),
        errors: [{ messageId: 'missing', data: { cause: 'resolution[0]' }, line: 25, column: 5 }],
      },
    ],
  });
});
