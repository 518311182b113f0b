import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CLI, ROOT, runCli } from '../helpers/cli.js';
import { hasTmux, Terminal } from '../helpers/terminal.js';

// A whole drill in a real terminal: tmux runs `runbook drill`, keystrokes go in with send-keys, the screen is
// read with capture-pane; the real kubectl talks to the simulated cluster the drill started.
if (!hasTmux) console.warn('drill terminal test skipped: tmux is not installed (.ci/run installs it)');

const root = mkdtempSync(join(tmpdir(), 'runbook-drill-tty-'));
afterAll(() => {
  Terminal.stopAll(root);
  rmSync(root, { recursive: true, force: true });
});

const count = (shown: string, text: string): number => shown.split(text).length - 1;

/** The OOM runbook's diagnosis, in order: each title as its prompt shows it, and whether it is a manual check. */
const DIAGNOSIS: [string, boolean][] = [
  ['Check the deployment and note its replica count and selector', false],
  ["List the deployment's pods by restart count", false],
  ['Confirm why the container was killed', false],
  ['Compare current memory use with the limit', false],
  ['Read the memory trend for the past hour', true],
  ['Read the last log lines before the kill', false],
  ['Look for batch jobs running in the namespace', false],
];

describe.skipIf(!hasTmux)('runbook drill in a real terminal', () => {
  test('an operator diagnoses the OOM loop, escalates, is scored, and hands over a bundle; their kubeconfig is untouched', { timeout: 120_000 }, async () => {
    const cwd = join(root, 'project');
    cpSync(join(ROOT, 'runbooks'), join(cwd, 'runbooks'), { recursive: true });
    const home = join(root, 'user');
    mkdirSync(home);
    const kubeconfig = join(root, 'my-kubeconfig');
    const mine = 'apiVersion: v1\nkind: Config\ncurrent-context: prod-eu-1\ncontexts: []\nclusters: []\nusers: []\n';
    writeFileSync(kubeconfig, mine);
    const env = `HOME=${home} RUNBOOK_HOME=${join(root, 'sessions')} KUBECONFIG=${kubeconfig} NO_COLOR=1`;
    const terminal = Terminal.start(root, 'drill', `cd ${cwd} && ${env} ${process.execPath} ${CLI} drill pod-oom-restart-loop; echo EXIT=$?; sleep 60`, { columns: 160, rows: 50 });

    const intro = await terminal.waitFor('Which symptoms do you see?');
    expect(intro).toMatch(/DRILL: a simulated cluster \(drill-[0-9a-f]+, http:\/\/127\.0\.0\.1:\d+\); nothing here touches a real cluster\./);
    expect(intro).toContain('Paged by: KubePodCrashLooping');
    expect(intro).not.toContain('512Mi'); // the scenario's description is the answer: kept for the debrief
    expect(intro).toMatch(/context drill-[0-9a-f]+ {2}namespace shop/);
    expect(intro).not.toContain('outside this runbook');
    terminal.keys('a', 'Enter');

    let ran = 0;
    for (const [title, manual] of DIAGNOSIS) {
      await terminal.waitFor(`${title}: what now?`);
      terminal.keys('Enter'); // Run (or Done, for a manual check)
      if (manual) continue;
      ran++;
      await terminal.waitFor((shown) => count(shown, '-> ok') === ran);
      await terminal.waitFor((shown) => count(shown, `${title}: what now? Next step`) === 0 && shown.trimEnd().endsWith('↑↓ navigate • ⏎ select'));
      terminal.keys('Enter'); // Next step
    }
    const output = terminal.screen();
    expect(output).toContain('See: https://grafana.example.com/d/service-health/service-health?viewPanel=memory');
    expect(output).toContain('In this drill, that shows: Each checkout container climbs to about 500Mi');
    expect(output).toMatch(/checkout +1\/3 +3 +1 /);
    expect(output).toMatch(/Reason: +OOMKilled/);
    expect(output).toMatch(/Exit Code: +137/);

    const causes = await terminal.waitFor('Which cause fits what you found?');
    expect(causes).toContain('Memory limit too low for the normal workload (suggested)');
    terminal.keys('Enter');
    await terminal.waitFor('Record the current memory requests and limits of each container: what now?');
    terminal.keys('Down', 'Down', 'Down', 'Down', 'Down', 'Enter'); // Run, Skip, Note, Change a value, Back to the choice of cause, Escalate now
    await terminal.waitFor('Which escalation criteria apply?');
    terminal.keys('Down', 'Space', 'Enter');

    const scored = await terminal.waitFor('Write the escalation bundle for Tier 3 now?');
    expect(scored).toContain('Drill score: pod-oom-restart-loop');
    // The step shown when the operator escalated was not skipped: only what was decided counts.
    expect(scored).toMatch(/steps done +7 of 7 diagnosis steps, 7 in all\n/);
    expect(scored).toMatch(/cause +limit-too-low ✓/);
    expect(scored).toMatch(/escalation +escalated ✓/);
    expect(scored).toMatch(/result +PASS/);
    expect(scored).toMatch(/What was going on\n +Late-morning traffic/);
    terminal.keys('Enter');
    const end = await terminal.waitFor('EXIT=');
    expect(end).toContain('EXIT=0');
    expect(end).toContain('Escalation bundle written:');
    expect(readdirSync(cwd).filter((name) => name.startsWith('escalation-pod-oom-restart-loop-') && name.endsWith('.tar.gz'))).toHaveLength(1);

    // The operator's own kubeconfig and ~/.kube are never read into the drill nor written.
    expect(readFileSync(kubeconfig, 'utf8')).toBe(mine);
    expect(existsSync(join(home, '.kube'))).toBe(false);
    const sessions = runCli(['sessions'], { env: { RUNBOOK_HOME: join(root, 'sessions') } });
    expect(sessions.stdout).toMatch(/pod-oom-restart-loop .* drill-[0-9a-f]+ +escalated \(drill\)/);
  });
});
