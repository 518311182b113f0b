import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { offerBundle } from '../../src/cli/bundle-offer.js';
import { writeBundle } from '../../src/bundle/create-bundle.js';
import type { RunReport } from '../../src/runner/unattended.js';
import { scriptedPrompter, yes } from '../helpers/scripted-prompts.js';
import { escalatedSession, tempDir } from './fixtures.js';

const root = tempDir('offer');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function collect(): { stderr: NodeJS.WritableStream; text: () => string } {
  let text = '';
  return { stderr: { write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WritableStream, text: () => text };
}

describe('offerBundle at the end of a walk', () => {
  test('an escalated walk-through asks (default yes) and writes the bundle', async () => {
    const home = join(root, 'home-yes');
    const session = await escalatedSession(home);
    const prompter = scriptedPrompter([yes('Write the escalation bundle', true)]);
    const out = collect();
    const path = await offerBundle({
      report: { session, runbook: 'web-escalation', outcome: 'escalated', cause: null, steps: [], open: false },
      prompter,
      io: { cwd: root, stderr: out.stderr },
      write: async (id) => (await writeBundle({ home, sessionId: id, cwd: root, redaction: { enabled: true, values: [], patterns: [], env: {}, homeDir: root }, toolVersion: 't' })).path,
    });
    expect(prompter.asked[0]).toMatchObject({ kind: 'confirm', default: true });
    expect(path && existsSync(path)).toBe(true);
    expect(out.text()).toContain(`Escalation bundle written: ${path}`);
  }, 60_000);

  test('answering no prints the command for later; a resolved walk is not offered one', async () => {
    const report: RunReport = { session: 's-1', runbook: 'r', outcome: 'escalated', cause: null, steps: [], open: false };
    const out = collect();
    expect(await offerBundle({ report, prompter: scriptedPrompter([yes('Write the escalation bundle', false)]), io: { cwd: root, stderr: out.stderr } })).toBeUndefined();
    expect(out.text()).toBe('Write it later with: runbook bundle s-1\n');
    const quiet = collect();
    await offerBundle({ report: { ...report, outcome: 'resolved' }, prompter: scriptedPrompter([]), io: { cwd: root, stderr: quiet.stderr } });
    expect(quiet.text()).toBe('');
  });

  test('an unattended run that did not resolve prints the command to run', async () => {
    const out = collect();
    await offerBundle({ report: { session: 's-2', runbook: 'r', outcome: 'abandoned', cause: null, steps: [], open: false }, io: { cwd: root, stderr: out.stderr } });
    expect(out.text()).toBe('To hand this over to Tier 3, write the escalation bundle: runbook bundle s-2\n');
    expect(readdirSync(root).filter((f) => f.endsWith('.tar.gz'))).toHaveLength(1);
  });
});
