import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CLI, runCli } from '../helpers/cli.js';
import { hasTmux, Terminal } from '../helpers/terminal.js';

// A real terminal: tmux runs the CLI, keystrokes go in with send-keys, the screen is read with capture-pane.
if (!hasTmux) console.warn('terminal tests skipped: tmux is not installed (.ci/run installs it)');

const root = mkdtempSync(join(tmpdir(), 'runbook-tty-'));
afterAll(() => {
  Terminal.stopAll(root);
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


describe.skipIf(!hasTmux)('runbook run in a real terminal', () => {
  test('keystrokes walk the runbook; Ctrl-C stops a command, then at a prompt saves and exits 130; resume finishes', { timeout: 90_000 }, async () => {
    mkdirSync(join(root, 'runbooks'), { recursive: true });
    writeFileSync(join(root, 'runbooks', 'echo-drill.md'), runbook);
    const command = `cd ${root} && RUNBOOK_HOME=${home} KUBECONFIG=${join(root, 'none')} ${process.execPath} ${CLI} run echo-drill; echo EXIT=$?; sleep 60`;
    const terminal = Terminal.start(root, 'rb', command);

    await terminal.waitFor('Which symptoms do you see?');
    terminal.keys('Space', 'Enter');
    await terminal.waitFor('name: Who to greet');
    terminal.keys('web-1; touch pwned', 'Enter');
    await terminal.waitFor('must be a Kubernetes name');
    terminal.keys('C-u', 'web-1', 'Enter');
    await terminal.waitFor('Greet: what now?');
    terminal.keys('Enter'); // Run
    await terminal.waitFor(/hello web-1\s*\n.*ok/);
    terminal.keys('Enter'); // Next step
    await terminal.waitFor('Wait a while: what now?');
    terminal.keys('Enter'); // Run: sleep 30
    await terminal.waitFor('$ sleep 30');
    await new Promise((resolve) => setTimeout(resolve, 800));
    terminal.keys('C-c');
    await terminal.waitFor('cancelled (Ctrl-C)');
    await terminal.waitFor(/Wait a while: what now\?[\s\S]*Next step/);
    terminal.keys('C-c'); // at a prompt: save and exit
    await terminal.waitFor('EXIT=130');

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


describe.skipIf(!hasTmux)('runbook resume in a real terminal', () => {
  test('walk, Quit at the second step; `runbook resume` continues at that step without asking again and finishes, exit 0', { timeout: 90_000 }, async () => {
    const dir = join(root, 'quit');
    const quitHome = join(dir, 'home');
    mkdirSync(join(dir, 'runbooks'), { recursive: true });
    writeFileSync(join(dir, 'runbooks', 'quit-drill.md'), quitDrill);
    const env = `export RUNBOOK_HOME=${quitHome} KUBECONFIG=${join(dir, 'none')}`;
    const command = `cd ${dir} && ${env} && ${process.execPath} ${CLI} run quit-drill; echo EXIT1=$?; ${process.execPath} ${CLI} resume; echo EXIT2=$?; sleep 60`;
    const terminal = Terminal.start(root, 'rb2', command);

    await terminal.waitFor('Which symptoms do you see?');
    terminal.keys('Space', 'Enter');
    await terminal.waitFor('name: Who to greet');
    terminal.keys('web-1', 'Enter');
    await terminal.waitFor('Greet: what now?');
    terminal.keys('Enter'); // Run
    await terminal.waitFor(/hello web-1\s*\n.*ok/);
    terminal.keys('Enter'); // Next step
    await terminal.waitFor('Check again: what now?');
    // Run, Skip, Note, Change a value, Back, Escalate now, Quit
    terminal.keys('Down', 'Down', 'Down', 'Down', 'Down', 'Down');
    await terminal.waitFor(/❯ Quit \(save, resume later\)/);
    terminal.keys('Enter');
    await terminal.waitFor('Saved. Continue with: runbook resume');
    await terminal.waitFor('EXIT1=0');

    const marker = 'Resuming session';
    const resumed = await terminal.waitFor(/Resuming session \S+: 1 step done, continuing at Check again/, { after: marker });
    await terminal.waitFor('Check again: what now?', { after: marker });
    terminal.keys('Enter'); // Run
    await terminal.waitFor(/again web-1\s*\n.*ok/, { after: marker });
    terminal.keys('Enter'); // Next step
    // The evidence comes from the first step's output, read back from the session folder.
    await terminal.waitFor(/Which cause fits what you found\?[\s\S]*All fine \(suggested\)/, { after: marker });
    terminal.keys('Enter');
    await terminal.waitFor('Say done: what now?', { after: marker });
    terminal.keys('Enter'); // Run
    await terminal.waitFor(/done\s*\n.*ok/, { after: marker });
    terminal.keys('Enter'); // Next step
    await terminal.waitFor(/Session \S+ ended: resolved\./, { after: marker });
    const end = await terminal.waitFor('EXIT2=0', { after: marker });
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
