import { describe } from 'vitest';
import requirePrevention from '../../../src/lint/rules/require-prevention.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { runbookText, VALID_RUNBOOK } from '../../helpers/sample.js';

// The sample's front-matter ends on line 38; the body starts on line 39.
const withBody = (body: string): string => runbookText(undefined, body);

describe('require-prevention', () => {
  ruleTester(requirePrevention, {
    valid: [
      VALID_RUNBOOK,
      { name: 'trailing words after Prevention', code: withBody('# Title\n\n## Prevention and follow-up\n\nAlert earlier.\n') },
      { name: 'any case', code: withBody('# Title\n\n## PREVENTION\n') },
      { name: 'setext level 2 heading', code: withBody('# Title\n\nPrevention\n----------\n\nAlert earlier.\n') },
      { name: 'a leading emoji', code: withBody('# Title\n\n## 🛡️ Prevention\n') },
    ],
    invalid: [
      {
        name: 'no Prevention heading: reported at the last line, where the section belongs',
        code: withBody('# Node under disk pressure\n\nSome background.\n\n## Background\n'),
        errors: [{ messageId: 'missing', line: 43, column: 1, endLine: 43, endColumn: 14 }],
      },
      {
        name: 'no heading at all: reported at the last line',
        code: withBody('Some background.\n\nMore text.\n\n'),
        errors: [{ messageId: 'missing', line: 41, column: 1, endLine: 41, endColumn: 11 }],
      },
      {
        name: 'Prevention at the wrong level',
        code: withBody('# Title\n\n### Prevention\n\nAlert earlier.\n'),
        errors: [{ messageId: 'level', data: { depth: 3, text: 'Prevention' }, line: 41, column: 1, endLine: 41, endColumn: 15 }],
      },
      {
        name: 'a word that only starts like Prevention',
        code: withBody('# Title\n\n## Preventions\n\n## Preventive maintenance\n'),
        errors: [{ messageId: 'missing', line: 43, column: 1, endLine: 43, endColumn: 26 }],
      },
      {
        name: 'a heading inside a block quote does not count',
        code: withBody('# Title\n\n> ## Prevention\n'),
        errors: [{ messageId: 'missing', line: 41, column: 1, endLine: 41, endColumn: 16 }],
      },
      {
        name: 'empty body: reported at the closing front-matter line',
        code: withBody(''),
        errors: [{ messageId: 'missing', line: 38, column: 1, endLine: 38, endColumn: 4 }],
      },
    ],
  });
});
