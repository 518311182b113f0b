import { describe } from 'vitest';
import rule from '../../../src/lint/rules/unique-id.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { runbookText, VALID_FRONT_MATTER, VALID_RUNBOOK } from '../../helpers/sample.js';

const withId = (id: string): string => runbookText(VALID_FRONT_MATTER.replace('id: disk-pressure', `id: ${id}`));

describe('unique-id', () => {
  ruleTester(rule, {
    valid: [
      VALID_RUNBOOK,
      { name: 'different ids', code: VALID_RUNBOOK, others: [{ filename: 'runbooks/node-not-ready.md', code: withId('node-not-ready') }] },
      {
        name: 'the first file by path keeps its id; the other file is blamed',
        code: VALID_RUNBOOK,
        filename: 'runbooks/disk-pressure.md',
        others: [{ filename: 'runbooks/old/disk-pressure.md', code: VALID_RUNBOOK }],
      },
      {
        name: 'files without an id are not duplicates of each other',
        code: runbookText(VALID_FRONT_MATTER.replace('id: disk-pressure\n', '')),
        filename: 'runbooks/a.md',
        others: [{ filename: 'runbooks/b.md', code: runbookText(VALID_FRONT_MATTER.replace('id: disk-pressure\n', '')) }],
      },
    ],
    invalid: [
      {
        name: 'a later file by path is reported, naming the first',
        code: VALID_RUNBOOK,
        filename: 'runbooks/disk-pressure.md',
        others: [{ filename: 'runbooks/archive/disk-pressure.md', code: VALID_RUNBOOK }],
        errors: [{ messageId: 'duplicate', data: { id: 'disk-pressure', other: 'archive/disk-pressure.md' }, line: 2, column: 5, endLine: 2, endColumn: 18 }],
      },
      {
        name: 'three copies: each later one names the first, whatever the lint order',
        code: VALID_RUNBOOK,
        filename: 'runbooks/c.md',
        others: [
          { filename: 'runbooks/b.md', code: VALID_RUNBOOK },
          { filename: 'runbooks/a.md', code: VALID_RUNBOOK },
        ],
        errors: [{ messageId: 'duplicate', data: { id: 'disk-pressure', other: 'a.md' }, line: 2, column: 5, endLine: 2, endColumn: 18 }],
      },
      {
        name: 'a quoted id is located with its quotes',
        code: withId("'node-not-ready'"),
        filename: 'runbooks/node-not-ready.md',
        others: [{ filename: 'runbooks/kubelet/node-not-ready.md', code: withId('node-not-ready') }],
        errors: [{ messageId: 'duplicate', data: { id: 'node-not-ready', other: 'kubelet/node-not-ready.md' }, line: 2, column: 5, endLine: 2, endColumn: 21 }],
      },
    ],
  });
});
