import { describe, expect, test } from 'vitest';
import { startRunbookCommand } from '../../src/cli/alerts.js';
import { readRuleFile } from '../../src/library/alert-rules.js';
import { checkAlerts } from '../../src/library/alerts-check.js';
import { entryOf, type Catalog } from '../../src/library/catalog.js';
import { compileUrlPattern, matchRunbookUrl, type UrlPattern } from '../../src/library/runbook-urls.js';
import { asLooseRunbook } from '../../src/runbook/model.js';
import { parseRunbook } from '../../src/runbook/parse.js';
import { runbookText, VALID_FRONT_MATTER } from '../helpers/sample.js';

const NOW = new Date('2026-11-22T12:00:00Z');

const MANIFEST = `apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: node-rules
spec:
  groups:
  - name: node.rules
    rules:
    - record: node:cpu:rate5m
      expr: rate(node_cpu_seconds_total[5m])
    - alert: KubeNodeDiskPressure
      annotations:
        runbook_url: https://runbooks.example.com/disk-pressure
    - alert: KubeNodeNotReady
      annotations:
        runbook_url: https://runbooks.example.com/node-not-ready
---
apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: app-rules
spec:
  groups:
  - name: app
    rules:
    - alert: QueueStalled
      expr: queue_depth > 100
`;

const PLAIN = `groups:
  - name: mixin
    rules:
      - alert: KubeNodeDiskPressure
        annotations:
          runbook_url: https://github.com/example/mixin/blob/main/runbook.md#alert-name-kubenodediskpressure
      - alert: TargetDown
        annotations:
          runbook_url: https://wiki.example.com/TargetDown
`;

function catalogOf(files: Record<string, string>): Catalog {
  const catalog: Catalog = { entries: [], runbooks: new Map(), sources: new Map(), problems: [] };
  for (const [path, text] of Object.entries(files)) {
    const parsed = parseRunbook(path, text);
    const runbook = asLooseRunbook(parsed.data)!;
    catalog.entries.push(entryOf(path, runbook, NOW));
    catalog.runbooks.set(path, runbook);
    catalog.sources.set(path, parsed);
  }
  return catalog;
}

const patterns = ['https://runbooks.example.com/{id}', 'https://github.com/example/mixin/blob/main/runbook.md#alert-name-{alert}'].map((p) => compileUrlPattern(p) as UrlPattern);
// disk-pressure names KubeNodeDiskPressure (line 8), then a misspelt alert and one no rule defines.
const diskPressure = runbookText(VALID_FRONT_MATTER.replace('alerts: [KubeNodeDiskPressure]', 'alerts:\n  - KubeNodeDiskPressure\n  - KubeNodeDiskpressure\n  - GoneAlert'));

describe('readRuleFile', () => {
  test('reads every PrometheusRule document, skipping recording rules, with the place of each alert and URL', () => {
    const file = readRuleFile('rules.yaml', MANIFEST);
    expect(file.kind).toBe('PrometheusRule');
    expect(file.alerts.map((a) => [a.alert, a.group, a.span.start.line, a.span.start.column, a.runbookUrl?.span.start.line])).toEqual([
      ['KubeNodeDiskPressure', 'node.rules', 11, 14, 13],
      ['KubeNodeNotReady', 'node.rules', 14, 14, 16],
      ['QueueStalled', 'app', 26, 14, undefined],
    ]);
  });

  test('reads a plain Prometheus rule file', () => {
    const file = readRuleFile('mixin.yaml', PLAIN);
    expect(file.kind).toBe('rules');
    expect(file.alerts.map((a) => a.alert)).toEqual(['KubeNodeDiskPressure', 'TargetDown']);
  });

  test('invalid YAML and a wrong shape are located findings, not exceptions', () => {
    expect(readRuleFile('bad.yaml', 'groups:\n  - name: x\n    rules: [\n').problems[0]).toMatchObject({ ruleId: 'parse-error', severity: 2, line: 4 });
    expect(readRuleFile('bad.yaml', 'groups: 3\n').problems[0]).toMatchObject({ ruleId: 'invalid-rule-file', line: 1, column: 9 });
    expect(readRuleFile('empty.yaml', '')).toMatchObject({ kind: 'none', alerts: [], problems: [] });
  });
});

describe('runbook URL patterns', () => {
  const operator = compileUrlPattern('https://runbooks.prometheus-operator.dev/runbooks/{group}/{alert}') as UrlPattern;

  test('the id, mixin-anchor and prometheus-operator styles', () => {
    expect(matchRunbookUrl('https://runbooks.example.com/disk-pressure', patterns)).toEqual({ kind: 'id', id: 'disk-pressure' });
    expect(matchRunbookUrl('https://runbooks.example.com/disk-pressure/', patterns)).toEqual({ kind: 'id', id: 'disk-pressure' });
    expect(matchRunbookUrl('https://github.com/example/mixin/blob/main/runbook.md#alert-name-kubenodediskpressure', patterns)).toEqual({ kind: 'alert', alert: 'kubenodediskpressure' });
    expect(matchRunbookUrl('https://runbooks.prometheus-operator.dev/runbooks/kubernetes/kubepodcrashlooping', [operator])).toEqual({ kind: 'alert', alert: 'kubepodcrashlooping' });
    expect(matchRunbookUrl('https://runbooks.example.com/a/b', patterns)).toBeUndefined();
    const repo = compileUrlPattern('https://github.com/example/ops/blob/main/runbooks/{id}.md') as UrlPattern;
    expect(matchRunbookUrl('https://github.com/example/ops/blob/main/runbooks/disk-pressure.md', [repo])).toEqual({ kind: 'id', id: 'disk-pressure' });
    expect(matchRunbookUrl('https://evil.example/?u=https://runbooks.example.com/disk-pressure', patterns)).toBeUndefined();
  });

  test('a pattern without exactly one {id} or {alert} is refused with the reason', () => {
    expect(compileUrlPattern('https://runbooks.example.com/{group}')).toMatch(/exactly one `\{id\}` or `\{alert\}`/);
    expect(compileUrlPattern('https://x/{id}/{alert}')).toMatch(/exactly one/);
  });
});

describe('checkAlerts', () => {
  const run = () =>
    checkAlerts({
      ruleFiles: [readRuleFile('/repo/alerts/rules.yaml', MANIFEST), readRuleFile('/repo/alerts/mixin.yaml', PLAIN)],
      catalog: catalogOf({ '/repo/runbooks/disk-pressure.md': diskPressure }),
      patterns,
      runbooksDirShown: 'runbooks',
      startRunbookCommand,
    });
  const messages = (file: string) => run().results.find((r) => r.filePath === file)!.messages.map((m) => `${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warning'} ${m.ruleId}: ${m.message}`);

  test('rule files: URLs that lead nowhere, alerts with no runbook; resolved ones say nothing', () => {
    expect(messages('/repo/alerts/rules.yaml')).toEqual([
      '16:22 error runbook-url: `runbook_url` points at runbook `node-not-ready`, which is not in runbooks',
      '26:14 warning alert-without-runbook: Alert `QueueStalled` has no runbook: none in runbooks names it under `alerts:`; start one with `runbook new <id> --alert QueueStalled`',
    ]);
    expect(messages('/repo/alerts/mixin.yaml')).toEqual([
      '9:24 error runbook-url: Unexpected `runbook_url` https://wiki.example.com/TargetDown, expected a URL of the form `https://runbooks.example.com/{id}` or `https://github.com/example/mixin/blob/main/runbook.md#alert-name-{alert}` (`alerts.runbookUrls` in runbook.config.yaml)',
    ]);
  });

  test('runbooks: alerts no rule defines, with the spelling the rules use when only the case differs', () => {
    expect(messages('/repo/runbooks/disk-pressure.md')).toEqual([
      '9:5 warning unknown-alert: Unknown alert `KubeNodeDiskpressure`, expected `KubeNodeDiskPressure` as the rule files spell it',
      '10:5 warning unknown-alert: Alert `GoneAlert` is defined in none of the rule files checked; fix the name or remove it',
    ]);
  });

  test('counts for the summary line', () => {
    expect(run().counts).toEqual({ alerts: 5, withRunbook: 2, withUrl: 4, urlsResolved: 2, runbooks: 1 });
  });
});
