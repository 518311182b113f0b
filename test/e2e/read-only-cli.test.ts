/**
 * The case that opened the hole, end to end with the real CLI and kubectl against the simulated cluster:
 * `kubectl delete --raw … --dry-run=client` in a diagnosis step fails lint, and `runbook run --yes
 * --read-only` refuses to start the walk. The simulated pod is still there afterwards.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SimServer } from '../../src/sim/server.js';
import { CLI, type CliRun, ROOT, runCli } from '../helpers/cli.js';
import { runbookText, VALID_FRONT_MATTER } from '../helpers/sample.js';
import { kubectl, startShop } from '../sim/kubectl.js';

/** The CLI run without blocking this process, which serves the simulated cluster the CLI's kubectl talks to. */
function runCliAsync(args: string[], env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

const RAW_DELETE = 'kubectl delete --raw /api/v1/namespaces/shop/pods/cache-0 --dry-run=client';

describe('a dry run kubectl ignores, in a diagnosis step', () => {
  const root = mkdtempSync(join(tmpdir(), 'runbook-read-only-cli-'));
  const file = join(root, 'disk-pressure.md');
  let server: SimServer;
  beforeAll(async () => {
    server = await startShop();
    writeFileSync(file, runbookText(VALID_FRONT_MATTER.replace('    run: kubectl get pods -n {{namespace}} --field-selector=status.phase=Failed', `    run: ${RAW_DELETE}`)));
  });
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('fails lint as a mutating command', () => {
    const lint = runCli(['lint', '--format', 'json', file]);
    expect(lint.code).toBe(1);
    const [result] = JSON.parse(lint.stdout) as { messages: { ruleId: string; message: string; line: number }[] }[];
    expect(result!.messages).toContainEqual(expect.objectContaining({ ruleId: 'read-only-commands', line: 23 }));
    expect(result!.messages.find((m) => m.ruleId === 'read-only-commands')?.message).toContain('with `--raw` kubectl sends the request whatever `--dry-run` says');
  });

  test('`runbook run --yes --read-only` refuses it, and the pod is still there', { timeout: 60_000 }, async () => {
    const run = runCli(['run', file, '--yes', '--read-only', '--json', '--var', 'node=node-a', '--var', 'namespace=shop'], {
      env: { RUNBOOK_HOME: join(root, 'home'), ...server.env },
    });
    // The classifier stops it before any step runs: the walk does not start, and says where and why.
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/disk-pressure\.md:23:10: error: Unexpected mutating command in a diagnosis step: `kubectl delete` changes the cluster: with `--raw`/);
    const pod = await kubectl(server, ['get', 'pod', 'cache-0', '-n', 'shop']);
    expect(pod.code).toBe(0);
  });

  test('in a resolution step, `--read-only` refuses that step; the diagnosis runs through the guard', { timeout: 60_000 }, async () => {
    const inResolution = join(root, 'resolution', 'disk-pressure.md');
    mkdirSync(join(root, 'resolution'));
    writeFileSync(inResolution, runbookText(VALID_FRONT_MATTER.replace('        tier: 3\n', `        run: ${RAW_DELETE}\n`)));
    const run = await runCliAsync(['run', inResolution, '--yes', '--read-only', '--json', '--cause', 'logs-fill-disk', '--var', 'node=node-b', '--var', 'namespace=shop'], { RUNBOOK_HOME: join(root, 'home'), ...server.env });
    const report = JSON.parse(run.stdout) as { steps: { id: string; phase: string; status: string }[] };
    expect(report.steps.filter((s) => s.phase === 'diagnosis').map((s) => s.status)).toEqual(['ok', 'ok']);
    expect(report.steps.find((s) => s.phase === 'resolution')?.status).toBe('refused');
    expect((await kubectl(server, ['get', 'pod', 'cache-0', '-n', 'shop'])).code).toBe(0);
  });
});
