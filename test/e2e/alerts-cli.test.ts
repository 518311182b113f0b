import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { useProjects } from '../helpers/project.js';

const project = useProjects('runbook-alerts-');
const oom = readFileSync(join(ROOT, 'runbooks/pod-oom-restart-loop.md'), 'utf8');
// kube-prometheus's alerting rules, kept beside the repository rather than in it.
const ALERTS = join(ROOT, '..', 'shared', 'corpus', 'alerts');
const present = existsSync(ALERTS);
if (!present) console.warn(`alerts corpus tests skipped: ${relative(ROOT, ALERTS)} is not beside this clone`);

const OPERATOR_PATTERN = 'alerts:\n  runbookUrls:\n    - https://runbooks.prometheus-operator.dev/runbooks/{group}/{alert}\n';

interface Result {
  filePath: string;
  messages: { ruleId: string; severity: number; message: string; line: number; column: number }[];
}

describe('runbook alerts check', () => {
  test('a clean cross-check exits 0; a broken runbook_url exits 1 with a located finding', () => {
    const rules = `groups:\n  - name: app\n    rules:\n      - alert: KubePodCrashLooping\n        annotations:\n          runbook_url: https://runbooks.example.com/pod-oom-restart-loop\n      - alert: KubeContainerOOMKilled\n      - alert: PodRestartRateHigh\n`;
    const dir = project({ 'runbook.config.yaml': 'alerts:\n  runbookUrls: ["https://runbooks.example.com/{id}"]\n', 'runbooks/pod-oom-restart-loop.md': oom, 'rules.yaml': rules });
    const clean = runCli(['alerts', 'check', 'rules.yaml'], { cwd: dir });
    expect(clean.stdout).toBe('');
    expect(clean.stderr).toBe('3 alerts in 1 rule files: 3 with a runbook; 1 with a runbook_url, 1 of them resolved; 1 runbooks in runbooks\n');
    expect(clean.code).toBe(0);

    const broken = project({ 'runbook.config.yaml': 'alerts:\n  runbookUrls: ["https://runbooks.example.com/{id}"]\n', 'runbooks/pod-oom-restart-loop.md': oom, 'rules.yaml': rules.replace('/pod-oom-restart-loop', '/pod-oom') });
    const run = runCli(['alerts', 'check', 'rules.yaml', '--format', 'github'], { cwd: broken });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error file=rules.yaml,line=6,col=24');
    expect(run.stdout).toContain('`runbook_url` points at runbook `pod-oom`, which is not in runbooks');
    // SARIF describes the checks and links to where they are documented.
    const sarif = JSON.parse(runCli(['alerts', 'check', 'rules.yaml', '--format', 'sarif'], { cwd: broken }).stdout) as { runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } } }[] };
    const check = sarif.runs[0]!.tool.driver.rules.find((rule) => rule.id === 'runbook-url')!;
    expect(check.helpUri).toBe('https://github.com/runbook-dev/runbook/blob/main/docs/ci-guide.md#alerts-and-runbooks-in-step-runbook-alerts-check');
    expect(readFileSync(join(ROOT, 'docs/ci-guide.md'), 'utf8')).toContain('## Alerts and runbooks in step: `runbook alerts check`');
  });

  test('a bad pattern in the config, and a file that holds no rules, are reported plainly', () => {
    const dir = project({ 'runbook.config.yaml': 'alerts:\n  runbookUrls: ["https://x/{group}"]\n', 'runbooks/pod-oom-restart-loop.md': oom, 'rules.yaml': 'groups: []\n' });
    const bad = runCli(['alerts', 'check', 'rules.yaml'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/runbook\.config\.yaml:2:\d+: `alerts\.runbookUrls\.0` must match pattern/);
    const plain = project({ 'runbooks/pod-oom-restart-loop.md': oom, 'kustomization.yaml': 'resources: [a.yaml]\n' });
    const none = runCli(['alerts', 'check', 'kustomization.yaml', '-f', 'json'], { cwd: plain });
    expect(none.code).toBe(1);
    expect((JSON.parse(none.stdout) as Result[])[0]!.messages[0]).toMatchObject({ ruleId: 'invalid-rule-file', line: 1 });
    expect(runCli(['alerts', 'check', 'nowhere'], { cwd: plain }).stderr).toBe('runbook: No such file or folder: nowhere\n');
  });

  describe.skipIf(!present)(`on kube-prometheus's rules${present ? '' : ' (skipped: ../shared/corpus is not beside this clone)'}`, () => {
    test('every alert is read and every finding is located in the rule files or the runbooks', () => {
      const dir = project({ 'runbook.config.yaml': OPERATOR_PATTERN, 'runbooks/pod-oom-restart-loop.md': oom });
      const run = runCli(['alerts', 'check', ALERTS, '--format', 'json'], { cwd: dir });
      expect(run.code).toBe(1);
      const results = JSON.parse(run.stdout) as Result[];
      const ruleFiles = results.filter((r) => r.filePath.endsWith('.yaml'));
      expect(ruleFiles.length).toBeGreaterThanOrEqual(8);
      const summary = /^(\d+) alerts in (\d+) rule files: (\d+) with a runbook; (\d+) with a runbook_url, (\d+) of them resolved/.exec(run.stderr);
      expect(summary).not.toBeNull();
      const [alerts, , withRunbook, withUrl, resolved] = summary!.slice(1).map(Number);
      expect(alerts).toBeGreaterThan(100);
      // KubePodCrashLooping's URL leads to the one runbook here that names it.
      expect(withRunbook).toBe(1);
      expect(resolved).toBe(1);
      // Every other URL is an error on its own line, pointing at the annotation.
      const urlErrors = ruleFiles.flatMap((r) => r.messages.filter((m) => m.ruleId === 'runbook-url'));
      expect(urlErrors).toHaveLength(withUrl! - resolved!);
      for (const message of urlErrors) {
        expect(message.severity).toBe(2);
        expect(message.line).toBeGreaterThan(1);
        expect(message.message).toMatch(/^`runbook_url` leads to the runbook for alert `[A-Z]\w+`, and no runbook in runbooks names it/);
      }
      // The runbook names an alert kube-prometheus does not define.
      const runbook = results.find((r) => r.filePath.endsWith('pod-oom-restart-loop.md'))!;
      expect(runbook.messages.map((m) => m.message)).toContain('Alert `KubeContainerOOMKilled` is defined in none of the rule files checked; fix the name or remove it');
    });
  });
});
