import { describe } from 'vitest';
import schema from '../../../src/lint/rules/schema.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { runbookText, VALID_FRONT_MATTER, VALID_RUNBOOK } from '../../helpers/sample.js';

const replace = (from: string, to: string): string => runbookText(VALID_FRONT_MATTER.replace(from, to));

describe('schema', () => {
  ruleTester(schema, {
    valid: [VALID_RUNBOOK],
    invalid: [
      {
        name: 'unknown field with a typo gets a suggestion',
        code: replace('severity: high', 'severty: high'),
        errors: [
          { messageId: 'required', data: { field: 'severity', where: 'the front-matter' }, line: 1, column: 1 },
          { messageId: 'unknown', data: { field: 'severty', where: 'the front-matter', hint: '; did you mean `severity`?' }, line: 5, column: 1, endLine: 5, endColumn: 8 },
        ],
      },
      {
        name: 'enum value is located at the value',
        code: replace('severity: high', 'severity: urgent'),
        errors: [{ messageId: 'enum', data: { field: 'severity', actual: 'urgent', expected: '`critical`, `high`, `medium`, `low`' }, line: 5, column: 11, endLine: 5, endColumn: 17 }],
      },
      {
        name: 'bad duration',
        code: replace('after: 15m', 'after: 15 minutes'),
        errors: [{ messageId: 'pattern', data: { field: 'escalation.after', actual: '15 minutes', expected: 'a duration such as `30s`, `15m`, `2h` or `90d`' }, line: 32, column: 10 }],
      },
      {
        name: 'wrong type inside a step',
        code: replace('    tier: 3', '    tier: high'),
        errors: [{ messageId: 'enum', data: { field: 'resolution[0].steps[0].tier', actual: 'high', expected: '`2`, `3`' }, line: 30, column: 15 }],
      },
      {
        name: 'diagnosis step without id',
        code: replace('  - id: evicted-pods\n    title', '  - title'),
        errors: [{ messageId: 'required', data: { field: 'id', where: '`diagnosis[1]`' }, line: 21, column: 5 }],
      },
    ],
  });
});

describe('schema, with values that are not plain text', () => {
  ruleTester(schema, {
    valid: [],
    invalid: [
      {
        name: 'a mapping whose `toString` key is not a function is shown, not thrown on',
        code: replace('severity: high', 'severity: { toString: "" }'),
        errors: [{ messageId: 'enum', data: { field: 'severity', actual: '{"toString":""}', expected: '`critical`, `high`, `medium`, `low`' }, line: 5, column: 11 }],
      },
    ],
  });
});

describe('schema, with a badly named variable', () => {
  ruleTester(schema, {
    valid: [],
    invalid: [
      {
        name: 'one message for a bad name, at the name',
        code: replace('  namespace: { description', '  Name-Space: { description'),
        errors: [{ messageId: 'pattern', data: { field: 'variables name', actual: 'Name-Space', expected: 'a lower-case name such as `namespace` or `pod_name`' }, line: 11, column: 3 }],
      },
    ],
  });
});
