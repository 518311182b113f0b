import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CLI } from '../helpers/cli.js';
import { hasTmux, Terminal } from '../helpers/terminal.js';

// What an operator sees on the smallest common terminal, 80 columns by 24 lines, in a real terminal (tmux).
if (!hasTmux) console.warn('80x24 terminal test skipped: tmux is not installed (.ci/run installs it)');

const root = mkdtempSync(join(tmpdir(), 'runbook-screen-tty-'));
afterAll(() => {
  Terminal.stopAll(root);
  rmSync(root, { recursive: true, force: true });
});

const LOOK_FOR =
  'Eight numbered lines, one per replica of the deployment, each with its restart count beside it; compare the restart counts with the ones from step "count-others" before you decide whether the restarts are spreading.';

const runbook = `---
id: small-screen
title: Small screen
summary: A step whose output and prose must stay readable on 80x24.
severity: low
owner: test
symptoms: [Something looks off]
diagnosis:
  - id: list
    title: List the replicas
    run: printf 'replica-1 0\\nreplica-2 0\\nreplica-3 1\\nreplica-4 0\\nreplica-5 4\\nreplica-6 0\\nreplica-7 0\\nreplica-8 2\\n'
    expect: '${LOOK_FOR}'
  - id: count-others
    title: Count restarts elsewhere
    run: echo none
resolution:
  - cause: fine
    title: All fine
    steps: [{ title: Say done, run: echo done }]
escalation: { after: 15m, when: [It persists] }
---
# Small screen

## Prevention

None.
`;

describe.skipIf(!hasTmux)('an 80x24 terminal', () => {
  test('prose wraps at words, a step id in "Look for" comes with its title, and output is not pushed off by the step reprinted', { timeout: 60_000 }, async () => {
    mkdirSync(join(root, 'runbooks'), { recursive: true });
    writeFileSync(join(root, 'runbooks', 'small-screen.md'), runbook);
    const command = `cd ${root} && RUNBOOK_HOME=${join(root, 'home')} KUBECONFIG=${join(root, 'none')} NO_COLOR=1 ${process.execPath} ${CLI} run small-screen; echo EXIT=$?; sleep 60`;
    const terminal = Terminal.start(root, 'small', command, { columns: 80, rows: 24 });

    await terminal.waitFor('Which symptoms do you see?');
    terminal.keys('Space', 'Enter');
    await terminal.waitFor('List the replicas: what now?');
    const step = terminal.visible().split('\n');
    const start = step.findIndex((line) => line.startsWith('  Look for: '));
    expect(start).toBeGreaterThan(-1);
    const prose: string[] = [];
    for (let i = start; i < step.length && (i === start || step[i]!.startsWith('            ')); i++) prose.push(step[i]!);
    expect(prose.length).toBeGreaterThan(1);
    for (const line of prose) expect(line.length, line).toBeLessThanOrEqual(80);
    // Joined back, the lines are the text word for word: nothing cut inside a word.
    expect(prose.map((line) => line.trim()).join(' ')).toBe(`Look for: ${LOOK_FOR.replace('"count-others"', '"count-others" ("Count restarts elsewhere")')}`);

    terminal.keys('Enter'); // Run
    await terminal.waitFor(/-> ok[\s\S]*List the replicas: what now\?/);
    await terminal.waitFor((shown) => shown.trimEnd().endsWith('↑↓ navigate • ⏎ select'));
    const after = terminal.visible();
    for (let i = 1; i <= 8; i++) expect(after).toContain(`replica-${i} `);
    expect(after).toContain('List the replicas: what now?');
    const whole = terminal.screen();
    expect(whole.slice(whole.lastIndexOf('$ printf')).includes('== Small screen ==')).toBe(false);
  });
});
