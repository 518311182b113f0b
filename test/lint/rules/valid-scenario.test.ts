import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe } from 'vitest';
import validScenario from '../../../src/lint/rules/valid-scenario.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { runbookText, VALID_FRONT_MATTER } from '../../helpers/sample.js';

// Runbooks are linted as files of this folder, with their scenarios in scenarios/ beside them.
const dir = mkdtempSync(join(tmpdir(), 'runbook-valid-scenario-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'scenarios'));
const deployment = 'objects:\n  - apiVersion: apps/v1\n    kind: Deployment\n    metadata: { name: web }\n';
const scenario = (id: string, text: string): void => writeFileSync(join(dir, 'scenarios', `${id}.yaml`), text);
scenario('disk-pressure', `runbook: disk-pressure\n${deployment}observations:\n  node-conditions: The disk is 97% full.\nexpect:\n  cause: logs-fill-disk\n  steps: { evicted-pods: Evicted }\n`);
scenario('typo', `runbook: typo\n${deployment}    sepc: { replicas: 2 }\n`);
scenario('other', `runbook: someone-else\n${deployment}`);
scenario('names', `runbook: names\n${deployment}observations:\n  dashboard: flat\nexpect:\n  cause: log-flood\n  steps: { node-condition: DiskPressure }\n`);

const withId = (id: string): string => runbookText(VALID_FRONT_MATTER.replace('id: disk-pressure', `id: ${id}`));
const at = (id: string): string => join(dir, `${id}.md`);

describe('valid-scenario', () => {
  ruleTester(validScenario, {
    valid: [
      { name: 'a scenario naming the runbook, its cause and its steps', code: withId('disk-pressure'), filename: at('disk-pressure') },
      { name: 'no scenario at all', code: withId('no-scenario'), filename: at('no-scenario') },
    ],
    invalid: [
      {
        name: 'a misspelt field of a manifest, at its line in the scenario',
        code: withId('typo'),
        filename: at('typo'),
        errors: [{ messageId: 'invalid', data: { problem: 'scenarios/typo.yaml:6:5: unknown key `sepc` in objects[0]' }, line: 2, column: 5 }],
      },
      {
        name: 'a scenario for another runbook',
        code: withId('other'),
        filename: at('other'),
        errors: [{ messageId: 'otherRunbook', data: { file: 'scenarios/other.yaml', other: 'someone-else', id: 'other' }, line: 2, column: 5 }],
      },
      {
        name: 'a cause and steps the runbook does not have',
        code: withId('names'),
        filename: at('names'),
        errors: [
          { messageId: 'unknownCause', data: { file: 'scenarios/names.yaml', cause: 'log-flood', expected: '`logs-fill-disk`' }, line: 2, column: 5 },
          { messageId: 'unknownStep', data: { file: 'scenarios/names.yaml', where: 'expect.steps', step: 'node-condition' }, line: 2, column: 5 },
          { messageId: 'unknownStep', data: { file: 'scenarios/names.yaml', where: 'observations', step: 'dashboard' }, line: 2, column: 5 },
        ],
      },
    ],
  });
});
