import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tempDir } from '../bundle/fixtures.js';
import { CLI, runCli } from '../helpers/cli.js';

// A real `runbook bundle` process and a real signal: the process ends on its own terms (130 or 143), quickly,
// even while its redaction is stuck in a pattern that never returns, and leaves no archive nor temporary file.
const work = tempDir('signals');
afterAll(() => rmSync(work, { recursive: true, force: true }));
const env = { RUNBOOK_HOME: join(work, 'home'), KUBECONFIG: join(work, 'no-kubeconfig') };

const runbook = (id: string, run: string): string => `---
id: ${id}
title: Signal drill
summary: Output for the signal tests.
severity: low
owner: test-team
symptoms: [Something]
diagnosis:
  - id: print
    title: Print the output
    run: ${JSON.stringify(run)}
    timeout: 60s
escalation: { after: 15m, when: [It persists] }
---
# Signal drill

## Prevention

Nothing.
`;

function record(id: string, run: string): string {
  writeFileSync(join(work, 'runbooks', `${id}.md`), runbook(id, run));
  // The walk shows the output live: a large one needs a large buffer here.
  const result = spawnSync(process.execPath, [CLI, 'run', id, '--yes', '--max-output', '64MiB'], { cwd: work, env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 60_000 });
  const session = /session (\S+): /.exec(result.stderr.slice(-2000))?.[1];
  if (!session) throw new Error(`no session recorded (exit ${result.status}): ${result.stderr.slice(-2000)}`);
  return session;
}

/** Starts `runbook bundle`, sends `signal` once `ready()` holds (polled), and resolves with how it ended, or fails after 20 s. */
function bundleAndSignal(args: string[], signal: NodeJS.Signals, ready: () => boolean): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; afterSignalMs: number }> {
  const child = spawn(process.execPath, [CLI, 'bundle', ...args], { cwd: work, env: { ...process.env, NO_COLOR: '1', ...env } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let sentAt = 0;
  const poll = setInterval(() => {
    if (sentAt === 0 && ready()) {
      sentAt = performance.now();
      child.kill(signal);
    }
  }, 5);
  return new Promise((resolve, reject) => {
    const limit = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`runbook bundle did not end within 20 s (signal sent: ${sentAt !== 0}); stderr: ${stderr}`));
    }, 20_000);
    child.on('exit', (code, exitSignal) => {
      clearInterval(poll);
      clearTimeout(limit);
      resolve({ code, signal: exitSignal, stderr, afterSignalMs: sentAt === 0 ? -1 : performance.now() - sentAt });
    });
  });
}

const leftovers = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.tmp') || name.endsWith('.tar.gz'));

let stuck = '';
let large = '';

beforeAll(() => {
  mkdirSync(join(work, 'runbooks'));
  mkdirSync(join(work, 'out'));
  stuck = record('stuck', "printf 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\\n'");
  // Some 27 MB of base64: gzip at level 9 takes long enough for the signal to land while the archive is written.
  large = record('large', 'head -c 20000000 /dev/urandom | base64');
}, 120_000);

describe('runbook bundle and signals', () => {
  // A config pattern that backtracks catastrophically on the step's output: redaction would never return.
  const stuckConfig = (): void => writeFileSync(join(work, 'runbook.config.yaml'), 'redact:\n  patterns:\n    - name: slow\n      regex: "(a+)+$"\n');

  test('SIGTERM while redaction is stuck ends the process with 143, no archive, no temporary file', { timeout: 60_000 }, async () => {
    stuckConfig();
    const started = performance.now();
    const ended = await bundleAndSignal([stuck, '-o', 'out/stuck.tar.gz'], 'SIGTERM', () => performance.now() - started > 4000);
    rmSync(join(work, 'runbook.config.yaml'));
    expect(ended.afterSignalMs).toBeGreaterThan(0);
    expect(ended, ended.stderr).toMatchObject({ code: 143, signal: null });
    expect(ended.stderr).toBe('Cancelled; no bundle was written\n');
    expect(ended.afterSignalMs, 'the process ends within a second of the signal').toBeLessThan(1000);
    expect(leftovers(join(work, 'out'))).toEqual([]);
  });

  test('SIGINT while redaction is stuck ends the process with 130', { timeout: 60_000 }, async () => {
    stuckConfig();
    const started = performance.now();
    const ended = await bundleAndSignal([stuck, '-o', 'out/'], 'SIGINT', () => performance.now() - started > 4000);
    rmSync(join(work, 'runbook.config.yaml'));
    expect(ended, ended.stderr).toMatchObject({ code: 130, signal: null });
    expect(ended.afterSignalMs).toBeLessThan(1000);
    expect(leftovers(join(work, 'out'))).toEqual([]);
  });

  test('SIGTERM while the archive is being written removes the temporary file', { timeout: 60_000 }, async () => {
    const ended = await bundleAndSignal([large, '-o', 'out/large.tar.gz', '--max-size', '64MiB', '--max-file-size', '64MiB'], 'SIGTERM', () => leftovers(join(work, 'out')).some((name) => name.endsWith('.tmp')));
    expect(ended.afterSignalMs, `stderr: ${ended.stderr}`).toBeGreaterThan(0);
    expect(ended, ended.stderr).toMatchObject({ code: 143, signal: null });
    expect(existsSync(join(work, 'out', 'large.tar.gz'))).toBe(false);
    expect(leftovers(join(work, 'out'))).toEqual([]);
  });

  test('without a signal, the same large session bundles', { timeout: 60_000 }, () => {
    const done = runCli(['bundle', large, '-o', 'out/large.tar.gz'], { cwd: work, env });
    expect(done.code, done.stderr).toBe(0);
    expect(leftovers(join(work, 'out'))).toEqual(['large.tar.gz']);
  });
});
