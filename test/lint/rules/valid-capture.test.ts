import { describe } from 'vitest';
import rule from '../../../src/lint/rules/valid-capture.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { runbookText, VALID_FRONT_MATTER, VALID_RUNBOOK } from '../../helpers/sample.js';

const replace = (from: string, to: string): string => runbookText(VALID_FRONT_MATTER.replace(from, to));
// Puts a `capture` on line 20, in place of the first step's `expect`.
const capture = (mapping: string): string => replace('    expect: "DiskPressure True"\n', `    capture: ${mapping}\n`);

describe('valid-capture', () => {
  ruleTester(rule, {
    valid: [
      VALID_RUNBOOK,
      { name: 'one capturing group', code: capture("{ node: '^node/(\\S+)' }") },
      { name: 'a named group', code: capture("{ node: '^node/(?<name>\\S+)' }") },
      { name: 'a value of the wrong type is the schema rule\'s', code: capture('{ node: 42 }') },
      { name: 'a capture that is not a mapping', code: capture('node') },
    ],
    invalid: [
      {
        name: 'the engine\'s reason is reported at the value',
        code: capture("{ node: '^node/(\\S+' }"),
        errors: [{ messageId: 'invalid', data: { name: 'node', error: 'Unterminated group' }, line: 20, column: 22, endLine: 20, endColumn: 34 }],
      },
      {
        name: 'no group to take the value from',
        code: capture("{ node: '^node/\\S+' }"),
        errors: [{ messageId: 'noGroup', data: { name: 'node' }, line: 20, column: 22, endLine: 20, endColumn: 33 }],
      },
      {
        name: 'a non-capturing group does not count',
        code: capture("{ node: '(?:node/)\\S+' }"),
        errors: [{ messageId: 'noGroup', data: { name: 'node' }, line: 20, column: 22, endLine: 20, endColumn: 36 }],
      },
      {
        name: 'in a resolution step, in block style',
        code: replace('        tier: 3\n', "        tier: 3\n        capture:\n          pod: '(?<p>\\S+) (?<p>\\S+)'\n"),
        errors: [{ messageId: 'invalid', data: { name: 'pod', error: 'Duplicate capture group name' }, line: 32, column: 16, endLine: 32, endColumn: 37 }],
      },
    ],
  });
});
