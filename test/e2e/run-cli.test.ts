import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { closedPortKubeconfig } from '../helpers/kubeconfig.js';

const root = mkdtempSync(join(tmpdir(), 'runbook-run-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const home = join(root, 'home');
const kubeconfig = closedPortKubeconfig(root, { context: 'prod-eu-1', namespace: 'payments' });
const env = { RUNBOOK_HOME: home, KUBECONFIG: kubeconfig };

interface Report {
  session: string;
  runbook: string;
  outcome: string;
  cause: string | null;
  defaults?: Record<string, string>;
  steps: { id: string; phase: string; status: string; command: string | null; exitCode: number | null; outputFile: string | null; truncated: boolean; durationMs: number | null; title: string }[];
}

describe('runbook run --yes', () => {
  test('walks the shipped OOM runbook unattended against the real kubectl and reports JSON', { timeout: 120_000 }, () => {
    const run = runCli(['run', 'pod-oom-restart-loop', '--yes', '--json', '--no-cluster-check', '--var', 'deployment=checkout'], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('kube context: !! prod-eu-1 (PRODUCTION) !!, namespace payments');
    const report = JSON.parse(run.stdout) as Report;
    expect(report.runbook).toBe('pod-oom-restart-loop');
    expect(report.steps[0]).toMatchObject({ id: 'workload', phase: 'diagnosis', status: 'failed', exitCode: 1 });
    // The context names namespace payments: that, not the runbook's default (production), is where commands go.
    expect(report.steps[0]!.command).toContain('-n payments');
    expect(report.defaults).toEqual({ namespace: 'payments' });
    const output = readFileSync(join(home, 'sessions', report.session, report.steps[0]!.outputFile!), 'utf8');
    expect(output).toMatch(/127\.0\.0\.1:1/);
    expect(Object.keys(report.steps[0]!).sort()).toEqual(['command', 'durationMs', 'exitCode', 'id', 'outputFile', 'phase', 'status', 'title', 'truncated']);
    expect(statSync(join(home, 'sessions', report.session, 'journal.jsonl')).mode & 0o777).toBe(0o600);
  });

  test('an alert file fills variables; sessions lists the runs newest first', { timeout: 120_000 }, () => {
    const alert = join(root, 'alert.json');
    writeFileSync(alert, JSON.stringify({ alerts: [{ labels: { alertname: 'KubePodCrashLooping', namespace: 'shop', deployment: 'cart' } }] }));
    const run = runCli(['run', 'pod-oom-restart-loop', '--yes', '--json', '--no-cluster-check', '--alert', alert], { env });
    const report = JSON.parse(run.stdout) as Report;
    expect(report.steps[0]!.command).toContain('-n shop');
    // The header names the namespace the commands use (the alert's), not the context's.
    expect(run.stderr).toContain('kube context: !! prod-eu-1 (PRODUCTION) !!, namespace shop');
    const list = runCli(['sessions', '--json'], { env });
    expect(list.code).toBe(0);
    const sessions = JSON.parse(list.stdout) as { id: string; runbook: string; status: string; context: string; operator: string; started: string }[];
    expect(sessions[0]).toMatchObject({ id: report.session, runbook: 'pod-oom-restart-loop', status: 'abandoned', context: 'prod-eu-1' });
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    expect(runCli(['sessions'], { env }).stdout).toMatch(/^SESSION\s+RUNBOOK\s+STARTED\s+OPERATOR\s+CONTEXT\s+STATUS/);
  });

  test('--alert warns about several alerts, another alert name and another cluster, and records the alert for the bundle', { timeout: 120_000 }, () => {
    const alert = join(root, 'alerts.json');
    const first = { labels: { alertname: 'NodeDiskFull', cluster: 'prod-us-9', deployment: 'cart' }, annotations: { summary: 'Disk almost full' }, startsAt: '2026-11-22T03:04:05Z' };
    writeFileSync(alert, JSON.stringify({ alerts: [first, { labels: { alertname: 'NodeDiskFull' } }] }));
    const run = runCli(['run', 'pod-oom-restart-loop', '--yes', '--json', '--no-cluster-check', '--alert', alert], { env });
    expect(run.stderr).toContain(`warning: ${alert} holds 2 alerts; the first (NodeDiskFull) fills the values`);
    expect(run.stderr).toMatch(/warning: the alert is NodeDiskFull, which is not one of this runbook's alerts \(KubePodCrashLooping[^)]*\): check it is the right runbook/);
    expect(run.stderr).toContain('warning: the alert comes from cluster prod-us-9, but the kube context is prod-eu-1: check you are on the right cluster');
    const report = JSON.parse(run.stdout) as Report;
    const journal = readFileSync(join(home, 'sessions', report.session, 'journal.jsonl'), 'utf8');
    const started = JSON.parse(journal.split('\n')[0]!) as { alert?: unknown };
    expect(started.alert).toEqual({ name: 'NodeDiskFull', labels: first.labels, startsAt: '2026-11-22T03:04:05Z', summary: 'Disk almost full' });
    const bundle = runCli(['bundle', report.session, '-o', join(root, 'alert-bundle.tar.gz')], { env });
    expect(bundle.code, bundle.stderr).toBe(0);
    const summary = spawnSync('tar', ['xzOf', join(root, 'alert-bundle.tar.gz'), '--wildcards', '*/SUMMARY.md'], { encoding: 'utf8' }).stdout;
    expect(summary).toContain('## Alert\n\n**NodeDiskFull**, firing since 2026-11-22T03:04:05Z: Disk almost full');
  });

  test('mistakes are usage errors with one line and exit 2', () => {
    const missing = runCli(['run', 'pod-oom-restart-loop', '--yes', '--no-cluster-check'], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/No value for `deployment`; pass --var name=value/);
    const typo = runCli(['run', 'pod-oom-restart-lop', '--yes'], { env });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/did you mean `pod-oom-restart-loop`\?/);
    expect(runCli(['run', 'pod-oom-restart-loop', '--yes', '--read-only', '--confirm-mutating'], { env }).code).toBe(2);
    const unknownVar = runCli(['run', 'pod-oom-restart-loop', '--yes', '--no-cluster-check', '--var', 'deployment=checkout', '--var', 'namespase=shop'], { env });
    expect(unknownVar.code).toBe(2);
    expect(unknownVar.stderr).toMatch(/^runbook: --var namespase: no such variable; did you mean `namespace`\?/m);
    expect(runCli(['run', 'pod-oom-restart-loop', '--yes', '--max-output', 'lots'], { env }).code).toBe(2);
  });

  test('a cluster that does not answer stops the run before step 1 with one message naming the context and server', { timeout: 60_000 }, () => {
    const before = existsSync(join(home, 'sessions')) ? readdirSync(join(home, 'sessions')).length : 0;
    const run = runCli(['run', 'pod-oom-restart-loop', '--yes', '--var', 'deployment=checkout'], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('The cluster does not answer, so no step could run: The connection to the server 127.0.0.1:1 was refused');
    expect(run.stderr).toContain('context: prod-eu-1, server: https://127.0.0.1:1');
    expect(run.stderr).toContain('`--no-cluster-check` walks anyway');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    // Nothing was started: no session to resume or list.
    expect(existsSync(join(home, 'sessions')) ? readdirSync(join(home, 'sessions')).length : 0).toBe(before);
    const noKubectl = runCli(['run', 'pod-oom-restart-loop', '--yes', '--var', 'deployment=checkout'], { env: { ...env, PATH: '/nonexistent' } });
    expect(noKubectl.code).toBe(2);
    expect(noKubectl.stderr).toContain('kubectl is not on PATH');
  });

  test('a runbook with blocking lint errors is not walked, and says where', () => {
    const dir = join(root, 'bad');
    mkdirSync(dir, { recursive: true });
    const bad = readFileSync(join(process.cwd(), 'runbooks/pod-oom-restart-loop.md'), 'utf8').replace('kubectl get jobs', 'kubectl delete jobs --all');
    writeFileSync(join(dir, 'pod-oom-restart-loop.md'), bad);
    const run = runCli(['run', join(dir, 'pod-oom-restart-loop.md'), '--yes', '--var', 'deployment=x'], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot be walked until these are fixed:\n.*pod-oom-restart-loop\.md:\d+:\d+: error: Unexpected mutating command/);
    expect(existsSync(join(home, 'sessions'))).toBe(true);
  });
});
