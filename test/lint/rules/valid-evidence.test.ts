import { describe } from 'vitest';
import rule from '../../../src/lint/rules/valid-evidence.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { runbookText, VALID_FRONT_MATTER, VALID_RUNBOOK } from '../../helpers/sample.js';

const replace = (from: string, to: string): string => runbookText(VALID_FRONT_MATTER.replace(from, to));
const EVIDENCE = '    evidence: { step: node-conditions, matches: DiskPressure\\s+True }';
// Line 27 of the sample: `step` starts at column 23, `matches` at column 49.
const evidence = (step: string, matches = 'DiskPressure\\s+True'): string => replace(EVIDENCE, `    evidence: { step: ${step}, matches: ${matches} }`);

describe('valid-evidence', () => {
  ruleTester(rule, {
    valid: [
      VALID_RUNBOOK,
      { name: 'the second diagnosis step, with groups', code: evidence('evicted-pods', '(Evicted|Failed)') },
      { name: 'no evidence', code: replace(`${EVIDENCE}\n`, '') },
      { name: 'evidence of the wrong shape is the schema rule\'s', code: replace(EVIDENCE, '    evidence: node-conditions') },
    ],
    invalid: [
      {
        name: 'a typo gets a suggestion',
        code: evidence('node-condition'),
        errors: [{ messageId: 'unknownStepTypo', data: { step: 'node-condition', suggestion: 'node-conditions' }, line: 27, column: 23, endLine: 27, endColumn: 37 }],
      },
      {
        name: 'no close match lists the diagnosis ids',
        code: evidence('disk-usage'),
        errors: [{ messageId: 'unknownStep', data: { step: 'disk-usage', expected: '`node-conditions`, `evicted-pods`' }, line: 27, column: 23, endLine: 27, endColumn: 33 }],
      },
      {
        name: 'a resolution step has no output to match',
        code: evidence('free-space-on-the-node'),
        errors: [{ messageId: 'resolutionStep', data: { step: 'free-space-on-the-node' }, line: 27, column: 23, endLine: 27, endColumn: 45 }],
      },
      {
        name: 'a pattern that does not compile',
        code: evidence('node-conditions', '(DiskPressure'),
        errors: [{ messageId: 'invalidRegex', data: { error: 'Unterminated group' }, line: 27, column: 49, endLine: 27, endColumn: 62 }],
      },
      {
        name: 'no diagnosis steps at all',
        code: runbookText(VALID_FRONT_MATTER.replace(/diagnosis:\n[\s\S]*?resolution:/, 'diagnosis: []\nresolution:')),
        errors: [{ messageId: 'noDiagnosis', data: { step: 'node-conditions' }, line: 20, column: 23, endLine: 20, endColumn: 38 }],
      },
    ],
  });
});
