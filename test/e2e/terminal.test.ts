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

const quitDrill = `---
id: quit-drill
title: Quit drill
summary: A drill to quit half way and resume.
severity: low
owner: test
symptoms: [Something looks off]
variables:
  name: { description: Who to greet, type: k8s-name }
diagnosis:
  - id: greet
    title: Greet
    run: echo hello {{name}}
    expect: hello
  - id: again
    title: Check again
    run: echo again {{name}}
resolution:
  - cause: fine
    title: All fine
    evidence: { step: greet, matches: hello }
    steps:
      - title: Say done
        run: echo done
escalation: { after: 15m, when: [It persists] }
---
# Quit drill

## Prevention

None.
`;

// The same terminal helpers for a second tmux window, reading only what came after `marker` when given.
const screenOf = (target: string): string => tmux('capture-pane', '-p', '-J', '-S', '-1000', '-t', target);
async function waitOn(target: string, text: string | RegExp, marker?: string, ms = 15_000): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    const whole = screenOf(target);
    const at = marker === undefined ? 0 : whole.indexOf(marker);
    const shown = at === -1 ? '' : whole.slice(at);
    if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) return shown;
    if (Date.now() > until) throw new Error(`screen never showed ${String(text)}${marker ? ` after ${marker}` : ''}:\n${whole}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
const keysTo = (target: string, ...k: string[]): void => void tmux('send-keys', '-t', target, ...k);

describe.skipIf(!hasTmux)('runbook resume in a real terminal', () => {
  test('walk, Quit at the second step; `runbook resume` continues at that step without asking again and finishes, exit 0', { timeout: 90_000 }, async () => {
    const dir = join(root, 'quit');
    const quitHome = join(dir, 'home');
    mkdirSync(join(dir, 'runbooks'), { recursive: true });
    writeFileSync(join(dir, 'runbooks', 'quit-drill.md'), quitDrill);
    const env = `export RUNBOOK_HOME=${quitHome} KUBECONFIG=${join(dir, 'none')}`;
    const command = `cd ${dir} && ${env} && ${process.execPath} ${CLI} run quit-drill; echo EXIT1=$?; ${process.execPath} ${CLI} resume; echo EXIT2=$?; sleep 60`;
    tmux('new-session', '-d', '-s', 'rb2', '-x', '120', '-y', '50', command);
    const t = 'rb2';

    await waitOn(t, 'Which symptoms do you see?');
    keysTo(t, 'Space', 'Enter');
    await waitOn(t, 'name: Who to greet');
    keysTo(t, 'web-1', 'Enter');
    await waitOn(t, 'Greet: what now?');
    keysTo(t, 'Enter'); // Run
    await waitOn(t, /hello web-1\s*\n.*ok/);
    keysTo(t, 'Enter'); // Next step
    await waitOn(t, 'Check again: what now?');
    // Run, Skip, Note, Back, Escalate now, Quit
    keysTo(t, 'Down', 'Down', 'Down', 'Down', 'Down');
    await waitOn(t, /❯ Quit \(save, resume later\)/);
    keysTo(t, 'Enter');
    await waitOn(t, 'Saved. Continue with: runbook resume');
    await waitOn(t, 'EXIT1=0');

    const marker = 'Resuming session';
    const resumed = await waitOn(t, /Resuming session \S+: 1 step done, continuing at Check again/, marker);
    await waitOn(t, 'Check again: what now?', marker);
    keysTo(t, 'Enter'); // Run
    await waitOn(t, /again web-1\s*\n.*ok/, marker);
    keysTo(t, 'Enter'); // Next step
    // The evidence comes from the first step's output, read back from the session folder.
    await waitOn(t, /Which cause fits what you found\?[\s\S]*All fine \(suggested\)/, marker);
    keysTo(t, 'Enter');
    await waitOn(t, 'Say done: what now?', marker);
    keysTo(t, 'Enter'); // Run
    await waitOn(t, /done\s*\n.*ok/, marker);
    keysTo(t, 'Enter'); // Next step
    await waitOn(t, /Session \S+ ended: resolved\./, marker);
    const end = await waitOn(t, 'EXIT2=0', marker);
    // Nothing recorded before is asked again.
    expect(resumed).not.toContain('Which symptoms');
    expect(end).not.toContain('Which symptoms');
    expect(end).not.toContain('Who to greet');
    expect(end).not.toContain('Greet: what now?');

    const [session] = readdirSync(join(quitHome, 'sessions'));
    const events = readFileSync(join(quitHome, 'sessions', session!, 'journal.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; step?: string; outcome?: string });
    expect(events.filter((e) => e.type === 'session-started')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'step-started').map((e) => e.step)).toEqual(['greet', 'again', 'say-done']);
    expect(events.at(-1)).toMatchObject({ type: 'session-ended', outcome: 'resolved' });
  });
});
