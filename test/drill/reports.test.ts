import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { formatJunit } from '../../src/drill/report-junit.js';
import { formatTap } from '../../src/drill/report-tap.js';
import type { ScenarioTestResult } from '../../src/drill/scenario-test.js';

const cwd = '/repo';
const results: ScenarioTestResult[] = [
  {
    runbookPath: '/repo/runbooks/pod-oom.md',
    runbookId: 'pod-oom',
    scenarioPath: '/repo/runbooks/scenarios/pod-oom.yaml',
    status: 'passed',
    checks: [
      { name: 'diagnosis step workload exits 0', ok: true },
      { name: 'evidence selects limit-too-low', ok: true },
    ],
    durationMs: 1234,
  },
  {
    runbookPath: '/repo/runbooks/slow.md',
    runbookId: 'slow',
    scenarioPath: '/repo/runbooks/scenarios/slow.yaml',
    status: 'failed',
    checks: [
      { name: 'diagnosis step logs exits 0', ok: false, detail: '`kubectl logs x` exited 1\nError from server (NotFound): pods "x" not found' },
      { name: 'evidence selects db-pool', ok: false, detail: 'evidence selects none' },
      { name: 'output of hpa matches /92%/', ok: true },
    ],
    durationMs: 800,
  },
  { runbookPath: '/repo/runbooks/new.md', runbookId: 'new', scenarioPath: '/repo/runbooks/scenarios/new.yaml', status: 'skipped', checks: [], durationMs: 1 },
];

describe('TAP report', () => {
  const tap = formatTap(results, cwd);
  const lines = tap.trimEnd().split('\n');

  test('a plan line, a line per runbook and a closing count', () => {
    expect(lines.slice(0, 3)).toEqual(['TAP version 14', '1..3', 'ok 1 - pod-oom (runbooks/pod-oom.md, 2/2 checks, 1.2s)']);
    expect(lines).toContain('not ok 2 - slow (runbooks/slow.md, 1/3 checks, 0.8s)');
    expect(lines).toContain('ok 3 - new # SKIP no scenario at runbooks/scenarios/new.yaml');
    expect(lines.at(-1)).toBe('# 1 passed, 1 failed, 1 skipped (no scenario)');
  });

  test('failed checks are a YAML block with the output that shows why', () => {
    const start = lines.indexOf('  ---');
    const end = lines.indexOf('  ...');
    const block = parse(lines.slice(start + 1, end).map((line) => line.slice(2)).join('\n')) as { scenario: string; failed: { check: string; detail: string }[] };
    expect(block.scenario).toBe('runbooks/scenarios/slow.yaml');
    expect(block.failed.map((f) => f.check)).toEqual(['diagnosis step logs exits 0', 'evidence selects db-pool']);
    expect(block.failed[0]!.detail).toContain('pods "x" not found');
  });
});

describe('JUnit report', () => {
  const xml = formatJunit(results, cwd);

  test('counts tests, failures and skipped runbooks', () => {
    expect(xml).toMatch(/<testsuites name="runbook-test" tests="3" failures="1" errors="0" skipped="1">/);
    expect(xml).toContain('<testcase name="pod-oom" classname="runbooks/pod-oom.md" time="1.234"/>');
    expect(xml).toContain('<skipped message="no scenario at runbooks/scenarios/new.yaml"/>');
  });

  test('a failure names every failed check and escapes the output', () => {
    expect(xml).toContain('<failure message="2 of 3 checks failed: diagnosis step logs exits 0; evidence selects db-pool" type="scenario">');
    expect(xml).toContain('Error from server (NotFound): pods &quot;x&quot; not found');
  });
});
