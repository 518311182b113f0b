import { describe } from 'vitest';
import rule from '../../../src/lint/rules/unique-step-ids.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { runbookText, VALID_FRONT_MATTER, VALID_RUNBOOK } from '../../helpers/sample.js';

const replace = (from: string, to: string): string => runbookText(VALID_FRONT_MATTER.replace(from, to));

// Line 31 of the sample is `escalation:`; inserted lines start there.
const SECOND_BRANCH = `  - cause: images-fill-disk
    title: Unused images fill the disk
    steps:
      - id: prune-images
        title: Free space on the node
        tier: 3
escalation:`;

describe('unique-step-ids', () => {
  ruleTester(rule, {
    valid: [
      VALID_RUNBOOK,
      { name: 'the same title twice, told apart by explicit ids', code: replace('escalation:', SECOND_BRANCH) },
      { name: 'a cause may share its name with a step', code: replace('id: evicted-pods', 'id: logs-fill-disk') },
      { name: 'steps of the wrong shape are the schema rule\'s', code: replace('    steps:\n', '    steps: free space\n    notes:\n') },
    ],
    invalid: [
      {
        name: 'two diagnosis steps with one id',
        code: replace('id: evicted-pods', 'id: node-conditions'),
        errors: [{ messageId: 'duplicateId', data: { id: 'node-conditions', line: 17 }, line: 21, column: 9, endLine: 21, endColumn: 24 }],
      },
      {
        name: 'a derived id that collides with a diagnosis id',
        code: replace('- title: Free space on the node', '- title: Evicted pods'),
        errors: [{ messageId: 'duplicateDerived', data: { id: 'evicted-pods', line: 21 }, line: 29, column: 16, endLine: 29, endColumn: 28 }],
      },
      {
        name: 'two titles that slug to the same id',
        code: replace('        tier: 3\n', '        tier: 3\n      - title: Free space on the node!\n'),
        errors: [{ messageId: 'duplicateDerived', data: { id: 'free-space-on-the-node', line: 29 }, line: 31, column: 16, endLine: 31, endColumn: 39 }],
      },
      {
        name: 'an explicit resolution id that repeats a diagnosis id',
        code: replace('      - title: Free space on the node', '      - id: node-conditions\n        title: Free space on the node'),
        errors: [{ messageId: 'duplicateId', data: { id: 'node-conditions', line: 17 }, line: 29, column: 13, endLine: 29, endColumn: 28 }],
      },
      {
        name: 'two branches with one cause',
        code: replace('escalation:', SECOND_BRANCH.replace('images-fill-disk', 'logs-fill-disk').replace('Free space on the node', 'Prune images')),
        errors: [{ messageId: 'duplicateCause', data: { cause: 'logs-fill-disk', line: 25 }, line: 31, column: 12, endLine: 31, endColumn: 26 }],
      },
    ],
  });
});
