import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CLI, runCli } from '../helpers/cli.js';

// A real terminal: tmux runs the CLI, keystrokes go in with send-keys, the screen is read with capture-pane.
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) console.warn('terminal tests skipped: tmux is not installed (.ci/run installs it)');

const root = mkdtempSync(join(tmpdir(), 'runbook-tty-'));
const socket = join(root, 'tmux.sock');
afterAll(() => {
  spawnSync('tmux', ['-S', socket, 'kill-server']);
  rmSync(root, { recursive: true, force: true });
});
const home = join(root, 'home');

const runbook = `---
id: echo-drill
title: Echo drill
summary: A drill with harmless commands.
severity: low
owner: test
symptoms: [Something looks off, Another thing]
variables:
  name: { description: Who to greet, type: k8s-name }
diagnosis:
  - id: greet
    title: Greet
    run: echo hello {{name}}
    expect: hello
  - id: slow
    title: Wait a while
    run: sleep 30
    timeout: 3s
resolution:
  - cause: fine
    title: All fine
    evidence: { step: greet, matches: hello }
    steps:
      - title: Say done
        run: echo done
escalation: { after: 15m, when: [It persists] }
---
# Echo drill

## Prevention

None.
`;

const tmux = (...args: string[]): string => execFileSync('tmux', ['-S', socket, ...args], { encoding: 'utf8' });
const screen = (): string => tmux('capture-pane', '-p', '-J', '-S', '-200', '-t', 'rb');
async function waitFor(text: string | RegExp, ms = 15_000): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    const shown = screen();
    if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) return shown;
    if (Date.now() > until) throw new Error(`screen never showed ${String(text)}:\n${shown}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
const keys = (...k: string[]): void => void tmux('send-keys', '-t', 'rb', ...k);

describe.skipIf(!hasTmux)('runbook run in a real terminal', () => {
  test('keystrokes walk the runbook; Ctrl-C stops a command, then at a prompt saves and exits 130; resume finishes', { timeout: 90_000 }, async () => {
    mkdirSync(join(root, 'runbooks'), { recursive: true });
    writeFileSync(join(root, 'runbooks', 'echo-drill.md'), runbook);
    const command = `cd ${root} && RUNBOOK_HOME=${home} KUBECONFIG=${join(root, 'none')} ${process.execPath} ${CLI} run echo-drill; echo EXIT=$?; sleep 60`;
    tmux('new-session', '-d', '-s', 'rb', '-x', '120', '-y', '50', command);

    await waitFor('Which symptoms do you see?');
    keys('Space', 'Enter');
    await waitFor('name: Who to greet');
    keys('web-1; touch pwned', 'Enter');
    await waitFor('must be a Kubernetes name');
    keys('C-u', 'web-1', 'Enter');
    await waitFor('Greet: what now?');
    keys('Enter'); // Run
    await waitFor(/hello web-1\s*\n.*ok/);
    keys('Enter'); // Next step
    await waitFor('Wait a while: what now?');
    keys('Enter'); // Run: sleep 30
    await waitFor('$ sleep 30');
    await new Promise((resolve) => setTimeout(resolve, 800));
    keys('C-c');
    await waitFor('cancelled (Ctrl-C)');
    await waitFor(/Wait a while: what now\?[\s\S]*Next step/);
    keys('C-c'); // at a prompt: save and exit
    await waitFor('EXIT=130');

    const [session] = readdirSync(join(home, 'sessions'));
    const events = readFileSync(join(home, 'sessions', session!, 'journal.jsonl'), 'utf8');
    expect(events).not.toContain('session-ended');
    expect(events).toContain('"status":"cancelled"');

    const resumed = runCli(['resume', '--yes', '--json'], { cwd: root, env: { RUNBOOK_HOME: home, KUBECONFIG: join(root, 'none') } });
    const report = JSON.parse(resumed.stdout) as { outcome: string; steps: { id: string; status: string }[] };
    expect(report.steps.find((s) => s.id === 'greet')?.status).toBe('ok');
    expect(report.steps.find((s) => s.id === 'slow')?.status).toBe('timed-out');
    expect(report.outcome).toBe('resolved');
    expect(readdirSync(root)).not.toContain('pwned');
  });
});
