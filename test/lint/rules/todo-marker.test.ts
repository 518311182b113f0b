import { describe } from 'vitest';
import todoMarker from '../../../src/lint/rules/todo-marker.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { runbookText, VALID_RUNBOOK } from '../../helpers/sample.js';

// The sample's front-matter ends on line 38; the body starts on line 39.
const withBody = (body: string): string => runbookText(undefined, body);

describe('todo-marker', () => {
  ruleTester(todoMarker, {
    valid: [
      VALID_RUNBOOK,
      { name: 'lower case and parts of words are not markers', code: withBody('# Title\n\nThe todo list, TODOS and MASTODON are fine.\n') },
    ],
    invalid: [
      {
        name: 'a marker in the body, quoting the rest of its line',
        code: withBody('# Title\n\nTODO: say which dashboard to open\n'),
        errors: [{ messageId: 'marker', data: { text: ' (say which dashboard to open)' }, line: 41, column: 1, endLine: 41, endColumn: 5 }],
      },
      {
        name: 'a bare marker, and two on one line',
        code: withBody('TODO\n\n- owner (TODO), contact: TODO\n'),
        errors: [
          { messageId: 'marker', data: { text: '' }, line: 39, column: 1, endLine: 39, endColumn: 5 },
          { messageId: 'marker', data: { text: ' (), contact: TODO)' }, line: 41, column: 10 },
          { messageId: 'marker', data: { text: '' }, line: 41, column: 26 },
        ],
      },
      {
        name: 'a marker in a YAML comment of the front-matter',
        code: VALID_RUNBOOK.replace('owner: platform-team', 'owner: platform-team # TODO confirm the team'),
        errors: [{ messageId: 'marker', data: { text: ' (confirm the team)' }, line: 6, column: 24 }],
      },
      {
        name: 'a long line is cut in the message',
        code: withBody(`TODO ${'x'.repeat(80)}\n`),
        errors: [{ messageId: 'marker', data: { text: ` (${'x'.repeat(59)}…)` }, line: 39, column: 1 }],
      },
    ],
  });
});
