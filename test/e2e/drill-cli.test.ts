import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

// What a drill refuses before it starts anything; the drill itself is walked in drill-terminal.test.ts.
const root = mkdtempSync(join(tmpdir(), 'runbook-drill-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('runbook drill refuses clearly', () => {
  test('a runbook without a scenario names where the scenario should be', () => {
    const cwd = join(root, 'no-scenario');
    mkdirSync(join(cwd, 'runbooks'), { recursive: true });
    cpSync(join(ROOT, 'runbooks', 'pod-oom-restart-loop.md'), join(cwd, 'runbooks', 'pod-oom-restart-loop.md'));
    const run = runCli(['drill', 'pod-oom-restart-loop'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('No scenario for `pod-oom-restart-loop`: expected runbooks/scenarios/pod-oom-restart-loop.yaml');
  });

  test("a scenario written for another runbook, and a scenario with a mistake, are located errors", () => {
    const other = runCli(['drill', 'pod-oom-restart-loop', '--scenario', 'runbooks/scenarios/report-service-timeout.yaml']);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('runbooks/scenarios/report-service-timeout.yaml is a scenario for `report-service-timeout`, not `pod-oom-restart-loop`');
    const broken = join(root, 'broken.yaml');
    writeFileSync(broken, 'runbook: pod-oom-restart-loop\nobjects: []\nexpect:\n  cause: 42\n');
    const run = runCli(['drill', 'pod-oom-restart-loop', '--scenario', broken]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.yaml:4:\d+: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test('from a folder with no runbooks, the shipped runbook and its scenario are the embedded default', () => {
    const cwd = join(root, 'empty');
    mkdirSync(cwd, { recursive: true });
    const run = runCli(['drill', 'pod-oom-restart-loop'], { cwd });
    expect(run.stderr).toContain(`runbooks has no \`pod-oom-restart-loop\`: using the one shipped with runbook (${join(ROOT, 'runbooks', 'pod-oom-restart-loop.md')})`);
    // Found, checked and its scenario loaded: only the missing terminal stops it here.
    expect(run.stderr).toContain('a drill is a walk-through for a person at a terminal');
    expect(run.code).toBe(2);
    expect(runCli(['drill', 'pod-oom-restart-lop'], { cwd }).stderr).toContain('No runbook `pod-oom-restart-lop` in runbooks');
  });

  test('without a terminal it points to `runbook test`; without kubectl it says how to install it', () => {
    const noTty = runCli(['drill', 'pod-oom-restart-loop']);
    expect(noTty.code).toBe(2);
    expect(noTty.stderr).toContain('a drill is a walk-through for a person at a terminal; in CI, `runbook test`');
    const noKubectl = runCli(['drill', 'pod-oom-restart-loop'], { env: { PATH: '/nonexistent' } });
    expect(noKubectl.code).toBe(2);
    expect(noKubectl.stderr).toContain('kubectl is not on PATH');
    expect(runCli(['drill', 'pod-oom-restart-loop', '--port', '70000']).stderr).toContain('--port: expected a port number from 1 to 65535');
  });
});
