import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { useProjects } from '../helpers/project.js';

const project = useProjects('runbook-new-');

describe('runbook new', () => {
  test('writes a runbook that lints with only TODO warnings, and offers the scenario', () => {
    const dir = project({ 'runbook.config.yaml': 'runbooksDir: ops/runbooks\n' });
    const run = runCli(['new', 'checkout-crash', '--template', 'workload-crash', '--alert', 'KubePodCrashLooping'], { cwd: dir });
    expect(run.stderr).toContain('Wrote ops/runbooks/checkout-crash.md from template `workload-crash`.');
    expect(run.stderr).toContain('runbook new checkout-crash --scenario');
    expect(run.stdout).toBe('ops/runbooks/checkout-crash.md\n');
    expect(run.code).toBe(0);
    const text = readFileSync(join(dir, 'ops/runbooks/checkout-crash.md'), 'utf8');
    expect(text).toMatch(/^alerts: \[KubePodCrashLooping\]$/m);
    expect(text).toContain(`reviewed: "${new Date().toISOString().slice(0, 10)}"`);
    expect(existsSync(join(dir, 'ops/runbooks/scenarios/checkout-crash.yaml'))).toBe(false);

    const lint = runCli(['lint', '--format', 'json', 'ops/runbooks'], { cwd: dir });
    expect(lint.code).toBe(0);
    const [result] = JSON.parse(lint.stdout) as { messages: { ruleId: string }[]; errorCount: number }[];
    expect(result!.errorCount).toBe(0);
    expect(new Set(result!.messages.map((m) => m.ruleId))).toEqual(new Set(['todo-marker']));
    // CI can keep drafts out.
    expect(runCli(['lint', '--max-warnings', '0', 'ops/runbooks'], { cwd: dir }).code).toBe(1);
  });

  test('refuses to overwrite, and leaves the file as it was', () => {
    const dir = project({ 'runbooks/checkout-crash.md': 'my own words\n' });
    const run = runCli(['new', 'checkout-crash'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('runbook: runbooks/checkout-crash.md already exists; edit it, or pick another id (add --scenario to write only its scenario skeleton)\n');
    expect(readFileSync(join(dir, 'runbooks/checkout-crash.md'), 'utf8')).toBe('my own words\n');
  });

  test('--scenario writes both, or only the scenario for an existing runbook; never over an existing scenario', () => {
    const dir = project({});
    const both = runCli(['new', 'orders-db', '-t', 'database-connectivity', '--scenario'], { cwd: dir });
    expect(both.code).toBe(0);
    expect(both.stdout).toBe('runbooks/orders-db.md\n');
    expect(readFileSync(join(dir, 'runbooks/scenarios/orders-db.yaml'), 'utf8')).toMatch(/^runbook: orders-db$/m);

    const own = project({ 'runbooks/queue.md': readFileSync(join(dir, 'runbooks/orders-db.md'), 'utf8').replace('id: orders-db', 'id: queue') });
    const scenarioOnly = runCli(['new', 'queue', '--scenario'], { cwd: own });
    expect(scenarioOnly.code).toBe(0);
    expect(scenarioOnly.stdout).toBe('runbooks/scenarios/queue.yaml\n');
    expect(readFileSync(join(own, 'runbooks/scenarios/queue.yaml'), 'utf8')).toMatch(/db_port: 3\n/);

    writeFileSync(join(own, 'runbooks/scenarios/queue.yaml'), 'mine\n');
    const again = runCli(['new', 'queue', '--scenario'], { cwd: own });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('runbooks/scenarios/queue.yaml already exists');
    expect(readFileSync(join(own, 'runbooks/scenarios/queue.yaml'), 'utf8')).toBe('mine\n');
  });

  test('a bad id or template is a one-line usage error and writes nothing', () => {
    const dir = project({});
    const badId = runCli(['new', 'Checkout Crash'], { cwd: dir });
    expect(badId.code).toBe(2);
    expect(badId.stderr).toMatch(/^runbook: Invalid runbook id `Checkout Crash`: .* for example `checkout-crash`\n$/);
    const badTemplate = runCli(['new', 'x', '--template', 'crash'], { cwd: dir });
    expect(badTemplate.code).toBe(2);
    expect(badTemplate.stderr).toMatch(/Unknown template `crash`, expected one of `capacity`, /);
    expect(existsSync(join(dir, 'runbooks'))).toBe(false);
  });

  test('a template in the project folder is offered before the shipped ones', () => {
    const shipped = project({});
    runCli(['new', 'base', '--template', 'capacity'], { cwd: shipped });
    const text = readFileSync(join(shipped, 'runbooks/base.md'), 'utf8').replace('owner: "TODO: the team that maintains this runbook"', 'owner: storage-team');
    const dir = project({ 'templates/storage.md': text.replace('id: base', 'id: storage') });
    const run = runCli(['new', 'disk-full', '--template', 'storage'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'runbooks/disk-full.md'), 'utf8')).toMatch(/^owner: storage-team$/m);
    expect(statSync(join(dir, 'runbooks/disk-full.md')).isFile()).toBe(true);
  });
});
