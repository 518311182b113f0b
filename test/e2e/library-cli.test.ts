import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { useProjects } from '../helpers/project.js';
import { runbookText, VALID_FRONT_MATTER, VALID_RUNBOOK } from '../helpers/sample.js';

const project = useProjects('runbook-library-cli-');
const oom = readFileSync(join(ROOT, 'runbooks/pod-oom-restart-loop.md'), 'utf8');
const webhook = (labels: Record<string, string>): string =>
  JSON.stringify({ version: '4', status: 'firing', receiver: 'tier2', commonLabels: { alertname: labels.alertname }, alerts: [{ status: 'firing', labels, annotations: {} }] });

describe('runbook list', () => {
  test('one line per runbook, overdue reviews called out; --json for scripts', () => {
    const dir = project({
      'runbooks/disk-pressure.md': VALID_RUNBOOK,
      'runbooks/old.md': runbookText(VALID_FRONT_MATTER.replace('id: disk-pressure', 'id: old').replace('reviewed: 2026-11-01', 'reviewed: 2024-01-01')),
    });
    const run = runCli(['list'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^ID\s+SEVERITY\s+OWNER\s+REVIEWED\s+ALERTS\s+TITLE$/);
    expect(run.stdout).toMatch(/^old\s+high\s+platform-team\s+2024-01-01 OVERDUE\s+KubeNodeDiskPressure\s+Node under disk pressure$/m);
    const json = JSON.parse(runCli(['list', '--json'], { cwd: dir }).stdout) as { id: string; overdue: boolean; path: string; alerts: string[] }[];
    expect(json.map((e) => [e.id, e.overdue, e.path])).toEqual([
      ['disk-pressure', false, 'runbooks/disk-pressure.md'],
      ['old', true, 'runbooks/old.md'],
    ]);
  });

  test('without a runbooks folder: a usage error saying how to start one', () => {
    const run = runCli(['list'], { cwd: project({}) });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('runbook: No runbooks folder at runbooks; set `runbooksDir` in runbook.config.yaml, or start one with `runbook new <id>`\n');
  });
});

describe('runbook show', () => {
  test('renders a shipped runbook by id, plain when NO_COLOR is set', () => {
    const run = runCli(['show', 'pod-oom-restart-loop']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Pod OOMKilled restart loop\nid pod-oom-restart-loop · severity critical · owner platform-team/);
    expect(run.stdout).toContain('DIAGNOSIS\n  1. Check the deployment and note its replica count and selector [workload]\n     $ kubectl get deployment');
    expect(run.stdout).not.toMatch(/\u001b\[/);
    expect(runCli(['show', 'pod-oom-restart-loop'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[1m/);
  });

  test('an unknown id suggests the closest; a file that is not a runbook gets a located error', () => {
    const typo = runCli(['show', 'pod-oom-restart']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/No runbook `pod-oom-restart` in runbooks; did you mean `pod-oom-restart-loop`\?/);
    const dir = project({ 'notes.md': '# just notes\n' });
    const broken = runCli(['show', 'notes.md'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^runbook: notes\.md:1:1: .*; run `runbook lint notes\.md`\n$/);
  });
});

describe('runbook for-alert', () => {
  test('names the runbooks for an alert; exit 1 when none does', () => {
    const dir = project({ 'runbooks/pod-oom-restart-loop.md': oom, 'runbooks/disk-pressure.md': VALID_RUNBOOK });
    const found = runCli(['for-alert', 'KubeContainerOOMKilled'], { cwd: dir });
    expect(found.code).toBe(0);
    expect(found.stdout).toBe('pod-oom-restart-loop\tPod OOMKilled restart loop\trunbooks/pod-oom-restart-loop.md\n');
    const none = runCli(['for-alert', 'KubeletDown'], { cwd: dir });
    expect(none.code).toBe(1);
    expect(none.stderr).toBe('No runbook in runbooks names the alert `KubeletDown` under `alerts:`\n');
  });

  test('with a webhook payload, prints the run command with the labels as variables', () => {
    const dir = project({ 'runbooks/pod-oom-restart-loop.md': oom, 'alert.json': webhook({ alertname: 'KubePodCrashLooping', namespace: 'shop', deployment: 'checkout', severity: 'critical' }) });
    const run = runCli(['for-alert', '--alert', 'alert.json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('runbook run pod-oom-restart-loop --var namespace=shop --var deployment=checkout\n');
    // A single alert object (amtool, the API) works the same.
    writeFileSync(join(dir, 'one.json'), JSON.stringify({ labels: { alertname: 'KubePodCrashLooping', namespace: 'shop' } }));
    expect(runCli(['for-alert', 'KubePodCrashLooping', '--alert', 'one.json'], { cwd: dir }).stdout).toBe('runbook run pod-oom-restart-loop --var namespace=shop\n');
    const json = JSON.parse(runCli(['for-alert', '--alert', 'alert.json', '--json'], { cwd: dir }).stdout) as { run: { vars: Record<string, string>; asked: string[] } }[];
    expect(json[0]!.run.vars).toEqual({ namespace: 'shop', deployment: 'checkout' });
  });

  test('bad payloads are usage errors naming the file', () => {
    const dir = project({ 'runbooks/pod-oom-restart-loop.md': oom, 'bad.json': '{ nope', 'empty.json': '{"alerts":[]}' });
    expect(runCli(['for-alert', '--alert', 'bad.json'], { cwd: dir }).stderr).toMatch(/^runbook: bad\.json: not valid JSON/);
    const empty = runCli(['for-alert', '--alert', 'empty.json'], { cwd: dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^runbook: empty\.json: no alert labels found/);
  });
});

describe('runbook run --alert without a runbook', () => {
  test('refuses several runbooks for the alert by name, and an alert no runbook names', () => {
    const other = oom.replace('id: pod-oom-restart-loop', 'id: other-loop');
    const dir = project({
      'runbooks/pod-oom-restart-loop.md': oom,
      'runbooks/other-loop.md': other,
      'alert.json': webhook({ alertname: 'KubePodCrashLooping', namespace: 'shop' }),
      'unknown.json': webhook({ alertname: 'KubeletDown' }),
    });
    const several = runCli(['run', '--alert', 'alert.json', '--yes', '--read-only'], { cwd: dir });
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('runbook: 2 runbooks name the alert `KubePodCrashLooping`: other-loop, pod-oom-restart-loop; name the one to run: runbook run <id> --alert FILE');
    const none = runCli(['run', '--alert', 'unknown.json', '--yes'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('No runbook in runbooks names the alert `KubeletDown`');
    const neither = runCli(['run', '--yes'], { cwd: dir });
    expect(neither.stderr).toMatch(/Name the runbook to run/);
  });

  test('walks the one runbook that names the alert, with its labels', () => {
    const dir = project({ 'runbooks/pod-oom-restart-loop.md': oom, 'alert.json': webhook({ alertname: 'KubePodCrashLooping', namespace: 'shop', deployment: 'checkout' }) });
    // No cluster: the steps fail, but the runbook is picked and its variables are filled from the alert.
    const run = runCli(['run', '--alert', 'alert.json', '--yes', '--read-only', '--json', '--no-cluster-check'], { cwd: dir, env: { KUBECONFIG: join(dir, 'no-kubeconfig'), RUNBOOK_HOME: join(dir, 'home') } });
    expect(run.stderr).toContain('Alert `KubePodCrashLooping`: running pod-oom-restart-loop (runbooks/pod-oom-restart-loop.md)');
    const report = JSON.parse(run.stdout) as { runbook: string; steps: { command?: string }[] };
    expect(report.runbook).toBe('pod-oom-restart-loop');
    expect(report.steps[0]!.command).toBe('kubectl get deployment checkout -n shop -o wide');
  });
});
