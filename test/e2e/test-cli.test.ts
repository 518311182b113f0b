import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { ROOT, runCli } from '../helpers/cli.js';

// `runbook test` drives the real kubectl against the simulated cluster, so these runs take a few seconds each.
const root = mkdtempSync(join(tmpdir(), 'runbook-test-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const OOM = 'pod-oom-restart-loop';
/** The shipped runbooks, in the order `runbook test` reports them (by file name). */
const SHIPPED = readdirSync(join(ROOT, 'runbooks'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.slice(0, -'.md'.length))
  .sort();
const shippedScenario = (): Record<string, unknown> => parse(readFileSync(join(ROOT, 'runbooks', 'scenarios', `${OOM}.yaml`), 'utf8')) as Record<string, unknown>;

/** A project folder with the OOM runbook and a scenario changed by `edit`. */
function project(name: string, edit: (scenario: Record<string, unknown>) => void): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'runbooks', 'scenarios'), { recursive: true });
  cpSync(join(ROOT, 'runbooks', `${OOM}.md`), join(dir, 'runbooks', `${OOM}.md`));
  const scenario = shippedScenario();
  edit(scenario);
  writeFileSync(join(dir, 'runbooks', 'scenarios', `${OOM}.yaml`), stringify(scenario));
  return dir;
}

describe('runbook test', () => {
  test('every shipped runbook passes against its scenario', { timeout: 600_000 }, () => {
    expect(SHIPPED).toEqual(expect.arrayContaining([OOM, 'report-service-timeout']));
    // Sixteen walks against sixteen simulated clusters: minutes on a loaded two-core machine, not seconds.
    const run = runCli(['test'], { env: { RUNBOOK_HOME: join(root, 'home') }, timeoutMs: 540_000 });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(new RegExp(`^TAP version 14\\n1\\.\\.${SHIPPED.length}\\n`));
    SHIPPED.forEach((id, index) => {
      expect(run.stdout).toMatch(new RegExp(`^ok ${index + 1} - ${id} \\(runbooks/${id}\\.md, (\\d+)/\\1 checks, `, 'm'));
    });
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(`# ${SHIPPED.length} passed, 0 failed, 0 skipped (no scenario)`);
    expect(run.code).toBe(0);
  });

  test('a scenario whose evidence leads elsewhere, or whose expected output is missing, fails with the output that shows it', { timeout: 120_000 }, () => {
    const cwd = project('wrong-cause', (scenario) => {
      const expectations = scenario.expect as { cause?: string; steps: Record<string, string> };
      expectations.cause = 'memory-leak';
      expectations.steps = { ...expectations.steps, workload: 'this text is not in the output' };
    });
    const run = runCli(['test', '--format', 'junit', '-o', 'reports/test.xml'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^not ok 1 - pod-oom-restart-loop/m);
    expect(run.stdout).toContain('check: evidence selects memory-leak');
    expect(run.stdout).toMatch(/detail: evidence selects (limit-too-low|workload-burst)/);
    expect(run.stdout).toContain('check: output of workload matches /this text is not in the output/');
    expect(run.stdout).toMatch(/NAME +READY +UP-TO-DATE +AVAILABLE/);
    const xml = readFileSync(join(cwd, 'reports', 'test.xml'), 'utf8');
    expect(xml).toMatch(/<testsuites name="runbook-test" tests="1" failures="1"/);
    expect(xml).toContain('evidence selects memory-leak');
  });

  test('a command that fails against the scenario fails the runbook, and names the step', { timeout: 120_000 }, () => {
    const cwd = project('no-deployment', (scenario) => {
      scenario.objects = (scenario.objects as { kind: string }[]).filter((object) => object.kind !== 'Deployment');
    });
    const run = runCli(['test'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('check: diagnosis step workload exits 0');
    expect(run.stdout).toMatch(/NotFound|not found/);
  });

  test('an observation for a step the runbook does not have fails, so a drill never hides it', { timeout: 120_000 }, () => {
    const cwd = project('stray-observation', (scenario) => {
      scenario.observations = { ...(scenario.observations as Record<string, string>), 'memory-graph': 'Flat.' };
    });
    const run = runCli(['test'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('check: observations name steps of the runbook');
    expect(run.stdout).toContain('detail: no step `memory-graph` in the runbook');
  });

  test('a runbook without a scenario is reported as skipped, never silently left out', { timeout: 60_000 }, () => {
    const cwd = join(root, 'no-scenario');
    mkdirSync(join(cwd, 'runbooks'), { recursive: true });
    cpSync(join(ROOT, 'runbooks', `${OOM}.md`), join(cwd, 'runbooks', `${OOM}.md`));
    // A README beside the runbooks is no runbook: not tested, not counted.
    writeFileSync(join(cwd, 'runbooks', 'README.md'), '# Runbooks\n\nOne per alert.\n');
    const run = runCli(['test'], { cwd });
    expect(run.stdout).toMatch(/^TAP version 14\n1\.\.1\n/);
    expect(run.stdout).toContain(`ok 1 - ${OOM} # SKIP no scenario at runbooks/scenarios/${OOM}.yaml`);
    expect(run.stdout).toContain('# 0 passed, 0 failed, 1 skipped (no scenario)');
    expect(run.code).toBe(0);
  });

  test('a broken scenario is a located failure, not a crash', { timeout: 60_000 }, () => {
    const cwd = project('broken', () => {});
    writeFileSync(join(cwd, 'runbooks', 'scenarios', `${OOM}.yaml`), `runbook: ${OOM}\nobjects:\n  - kind: Pod\n    apiVersion: v1\n    metadata: { name: web }\ncolour: blue\n`);
    const run = runCli(['test'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('check: scenario loads');
    expect(run.stdout).toMatch(/detail: "?runbooks\/scenarios\/pod-oom-restart-loop\.yaml:6:1: .*colour/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test('an expect.cause the runbook does not have is located at expect.cause, with the closest cause', { timeout: 60_000 }, () => {
    const cwd = project('unknown-cause', (scenario) => {
      (scenario.expect as { cause?: string }).cause = 'limit-to-low';
    });
    const run = runCli(['test'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('check: expect.cause names a branch of the runbook');
    expect(run.stdout).toMatch(/detail: "?runbooks\/scenarios\/pod-oom-restart-loop\.yaml:\d+:10: expect\.cause `limit-to-low` is not a cause of pod-oom-restart-loop; did you mean `limit-too-low`\?/);
  });

  test('usage mistakes exit 2 before anything runs', () => {
    const both = runCli(['test', '--scenario', 'x.yaml', 'runbooks/']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain(`--scenario names the scenario of one runbook, but ${SHIPPED.length} runbooks were found`);
    const noKubectl = runCli(['test'], { env: { PATH: '/nonexistent' } });
    expect(noKubectl.code).toBe(2);
    expect(noKubectl.stderr).toContain('kubectl is not on PATH');
  });
});
