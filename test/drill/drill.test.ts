import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, test } from 'vitest';
import { runDrill } from '../../src/drill/drill.js';
import { parseRunbook } from '../../src/runbook/parse.js';
import { listSessions } from '../../src/session/list.js';
import { ROOT } from '../helpers/cli.js';
import { pick, scriptedPrompter, sel } from '../helpers/scripted-prompts.js';
import { shopScenario } from '../sim/kubectl.js';

const root = mkdtempSync(join(tmpdir(), 'runbook-drill-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('runDrill', () => {
  test('quit at the first step: no resume command is offered, the session is closed, the score is out of every diagnosis step', { timeout: 60_000 }, async () => {
    const text = readFileSync(join(ROOT, 'runbooks', 'pod-oom-restart-loop.md'), 'utf8');
    const output = new PassThrough();
    const chunks: Buffer[] = [];
    output.on('data', (chunk: Buffer) => chunks.push(chunk));
    const home = join(root, 'home');
    const prompter = scriptedPrompter([pick('symptoms', []), sel('Check the deployment', 'quit')]);
    const { report, score } = await runDrill({
      scenario: shopScenario(),
      runbook: parseRunbook('pod-oom-restart-loop.md', text).data as Record<string, unknown>,
      runbookPath: join(ROOT, 'runbooks', 'pod-oom-restart-loop.md'),
      runbookText: text,
      home,
      vars: {},
      readOnly: false,
      maxOutputBytes: 1024 * 1024,
      operator: 'trainee',
      host: 'test-host',
      version: '0.0.0-test',
      prompter,
      output,
      onInterrupt: () => () => undefined,
    });
    const screen = Buffer.concat(chunks).toString('utf8');
    expect(report.open).toBe(true);
    expect(screen).not.toContain('runbook resume');
    expect(screen).toContain('a drill cannot be resumed');
    expect(listSessions(home).sessions.map((s) => s.status)).toEqual(['abandoned']);
    expect(score).toMatchObject({ diagnosisSteps: 7, diagnosisRun: 0, finished: false });
  });
});
