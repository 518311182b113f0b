import { describe } from 'vitest';
import rule from '../../../src/lint/rules/id-matches-filename.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { runbookText, VALID_FRONT_MATTER, VALID_RUNBOOK } from '../../helpers/sample.js';

const replace = (from: string, to: string): string => runbookText(VALID_FRONT_MATTER.replace(from, to));

describe('id-matches-filename', () => {
  ruleTester(rule, {
    valid: [
      VALID_RUNBOOK,
      { name: 'a bare file name', code: VALID_RUNBOOK, filename: 'disk-pressure.md' },
      { name: 'a Windows path', code: VALID_RUNBOOK, filename: 'C:\\ops\\runbooks\\disk-pressure.md' },
      { name: 'an upper-case extension', code: VALID_RUNBOOK, filename: 'runbooks/disk-pressure.MD' },
      { name: 'an id that is not a string is the schema rule\'s', code: replace('id: disk-pressure', 'id: 42'), filename: 'runbooks/other.md' },
      { name: 'no id at all', code: replace('id: disk-pressure\n', ''), filename: 'runbooks/other.md' },
    ],
    invalid: [
      {
        name: 'both names are valid ids: either can change',
        code: VALID_RUNBOOK,
        filename: 'runbooks/node-disk-pressure.md',
        errors: [{ messageId: 'mismatch', data: { id: 'disk-pressure', file: 'node-disk-pressure.md', base: 'node-disk-pressure' }, line: 2, column: 5, endLine: 2, endColumn: 18 }],
      },
      {
        name: 'the file name is not a valid id: rename the file',
        code: VALID_RUNBOOK,
        filename: 'runbooks/Disk Pressure.md',
        errors: [{ messageId: 'renameFile', data: { id: 'disk-pressure', file: 'Disk Pressure.md' }, line: 2, column: 5, endLine: 2, endColumn: 18 }],
      },
      {
        name: 'the id is not a valid id: change the id',
        code: replace('id: disk-pressure', 'id: Disk_Pressure'),
        filename: 'runbooks/disk-pressure.md',
        errors: [{ messageId: 'changeId', data: { id: 'Disk_Pressure', file: 'disk-pressure.md', base: 'disk-pressure' }, line: 2, column: 5, endLine: 2, endColumn: 18 }],
      },
      {
        name: 'a quoted id is located with its quotes',
        code: replace('id: disk-pressure', 'id: "disk-pressure-2"'),
        filename: 'runbooks/disk-pressure.md',
        errors: [{ messageId: 'mismatch', data: { id: 'disk-pressure-2', file: 'disk-pressure.md', base: 'disk-pressure' }, line: 2, column: 5, endLine: 2, endColumn: 22 }],
      },
    ],
  });
});
