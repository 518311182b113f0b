import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CLI } from '../helpers/cli.js';
import { hasTmux, Terminal } from '../helpers/terminal.js';

// Back across the phases of a walk, with real keystrokes in a real terminal (tmux).
if (!hasTmux) console.warn('Back terminal test skipped: tmux is not installed (.ci/run installs it)');

const root = mkdtempSync(join(tmpdir(), 'runbook-back-tty-'));
afterAll(() => {
  Terminal.stopAll(root);
  rmSync(root, { recursive: true, force: true });
});

const runbook = `---
id: back-drill
title: Back drill
summary: A walk that goes back from a branch to the diagnosis.
severity: low
owner: test
symptoms: [Something looks off]
variables:
  name: { description: Who to greet, type: k8s-name }
diagnosis:
  - id: greet
    title: Greet
    run: echo hello {{name}}
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
  - cause: other
    title: Something else
    steps:
      - title: Look around
        run: echo looked
escalation: { after: 15m, when: [It persists] }
---
# Back drill

## Prevention

None.
`;

const count = (shown: string, text: string): number => shown.split(text).length - 1;

describe.skipIf(!hasTmux)('Back in a real terminal', () => {
  test('from the first step of a branch to the choice of cause, from there to the diagnosis; another cause is journaled', { timeout: 90_000 }, async () => {
    const home = join(root, 'home');
    mkdirSync(join(root, 'runbooks'), { recursive: true });
    writeFileSync(join(root, 'runbooks', 'back-drill.md'), runbook);
    const command = `cd ${root} && RUNBOOK_HOME=${home} KUBECONFIG=${join(root, 'none')} NO_COLOR=1 ${process.execPath} ${CLI} run back-drill; echo EXIT=$?; sleep 60`;
    const terminal = Terminal.start(root, 'back', command);

    await terminal.waitFor('Which symptoms do you see?');
    terminal.keys('Space', 'Enter');
    await terminal.waitFor('name: Who to greet');
    terminal.keys('web-1', 'Enter');
    for (const [title, printed] of [['Greet', 'hello web-1'], ['Check again', 'again web-1']] as const) {
      await terminal.waitFor(`${title}: what now?`);
      terminal.keys('Enter'); // Run
      await terminal.waitFor(new RegExp(`${printed}\\s*\\n.*ok`));
      terminal.keys('Enter'); // Next step
    }
    await terminal.waitFor((shown) => count(shown, 'Which cause fits what you found?') === 1);
    terminal.keys('Enter'); // All fine (suggested)
    await terminal.waitFor('Say done: what now?');
    // Run, Skip, Note, Change a value, Back to the choice of cause
    terminal.keys('Down', 'Down', 'Down', 'Down');
    await terminal.waitFor('❯ Back to the choice of cause');
    terminal.keys('Enter');

    await terminal.waitFor((shown) => count(shown, 'Which cause fits what you found?') === 2);
    // All fine (chosen before), Something else, None fits — escalate, Back to the diagnosis
    terminal.keys('Down', 'Down', 'Down');
    await terminal.waitFor('❯ Back to the diagnosis');
    terminal.keys('Enter');
    await terminal.waitFor((shown) => count(shown, 'Check again: what now?') === 3);
    terminal.keys('Enter'); // Next step (it ran already)

    await terminal.waitFor((shown) => count(shown, 'Which cause fits what you found?') === 3);
    terminal.keys('Down');
    await terminal.waitFor('❯ Something else');
    terminal.keys('Enter');
    await terminal.waitFor('Look around: what now?');
    terminal.keys('Enter'); // Run
    await terminal.waitFor(/looked\s*\n.*ok/);
    terminal.keys('Enter'); // Next step
    const end = await terminal.waitFor('EXIT=');
    expect(end).toMatch(/Session \S+ ended: resolved\./);
    expect(end).toContain('EXIT=0');

    const [session] = readdirSync(join(home, 'sessions'));
    const events = readFileSync(join(home, 'sessions', session!, 'journal.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; step?: string; cause?: string });
    expect(events.filter((e) => e.type === 'cause-chosen').map((e) => e.cause)).toEqual(['fine', 'other']);
    expect(events.filter((e) => e.type === 'step-started').map((e) => e.step)).toEqual(['greet', 'again', 'look-around']);
  });
});
