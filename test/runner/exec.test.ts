import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCommand, type RunCommandOptions, type RunCommandResult } from '../../src/runner/exec.js';
import { cutMarker } from '../../src/runner/output-capture.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'runbook-exec-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const out = (): string => join(dir, 'output');

function run(command: string, extra: Partial<RunCommandOptions> = {}): Promise<RunCommandResult> {
  return runCommand({ command, timeoutMs: 10_000, outputFile: out(), maxOutputBytes: 1024 * 1024, ...extra });
}

/**
 * Whether a process is still running. A killed orphan may linger as a zombie when PID 1 does not reap
 * (as in some containers): it is dead, only its table entry is left, so it counts as gone.
 */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    expect((error as NodeJS.ErrnoException).code).toBe('ESRCH');
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Reads the pid a command wrote, waiting briefly for it to appear. */
async function readPid(file: string): Promise<number> {
  for (let i = 0; i < 100 && !(existsSync(file) && readFileSync(file, 'utf8').endsWith('\n')); i++) await new Promise((r) => setTimeout(r, 10));
  const pid = Number(readFileSync(file, 'utf8').trim());
  expect(pid).toBeGreaterThan(1);
  return pid;
}

describe('runCommand: exit status as data', () => {
  it('reports the exit code', async () => {
    const result = await run('exit 3');
    expect(result).toMatchObject({ exitCode: 3, signal: null, timedOut: false, cancelled: false, bytes: 0, truncated: false, outputFile: out() });
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
  }, 10_000);

  it('reports a signal that killed the command', async () => {
    const result = await run('kill -KILL $$');
    expect(result).toMatchObject({ exitCode: null, signal: 'SIGKILL', timedOut: false, cancelled: false });
  }, 10_000);

  it('captures stdout and stderr interleaved in arrival order, and shows them live', async () => {
    const seen: string[] = [];
    const result = await run('echo out; sleep 0.1; echo err >&2; sleep 0.1; echo out2', {
      onOutput: (chunk) => seen.push(Buffer.from(chunk).toString()),
    });
    expect(result.exitCode).toBe(0);
    expect(readFileSync(out(), 'utf8')).toBe('out\nerr\nout2\n');
    expect(seen).toEqual(['out\n', 'err\n', 'out2\n']);
    expect(result.bytes).toBe(13);
  }, 10_000);

  it('gives a missing program exit code 127 as data, with the shell saying so', async () => {
    const result = await run('no-such-program-runbook-test --flag');
    expect(result).toMatchObject({ exitCode: 127, signal: null, timedOut: false });
    expect(readFileSync(out(), 'utf8')).toMatch(/no-such-program-runbook-test.*not found/);
  }, 10_000);

  it('passes env over process.env and cwd; stdin is closed so nothing waits for input', async () => {
    const result = await run('echo "$RUNBOOK_TEST_VALUE"; echo "$HOME"; pwd; cat; read -r line || echo no-input', {
      env: { RUNBOOK_TEST_VALUE: 'drill' },
      cwd: dir,
      timeoutMs: 5000,
    });
    expect(result.exitCode).toBe(0);
    expect(readFileSync(out(), 'utf8')).toBe(`drill\n${process.env.HOME ?? ''}\n${dir}\nno-input\n`);
  }, 10_000);

  it('runs a command line exactly once, quotes and $(...) as written (quoting values is the caller\'s job)', async () => {
    const counter = join(dir, 'counter');
    const result = await run(`echo "a'b" 'c"d $(not run)' $(echo sub) "$(printf x)"; echo ran >> '${counter}'`);
    expect(result.exitCode).toBe(0);
    expect(readFileSync(out(), 'utf8')).toBe(`a'b c"d $(not run) sub x\n`);
    expect(readFileSync(counter, 'utf8')).toBe('ran\n');
  }, 10_000);
});

describe('runCommand: stopping the whole process tree', () => {
  it('kills the group on timeout, grandchildren included, at the timeout rather than at the end', async () => {
    const pidFile = join(dir, 'pid');
    const result = await run(`sleep 30 & echo $! > '${pidFile}'; wait`, { timeoutMs: 500 });
    const grandchild = await readPid(pidFile);
    expect(isRunning(process.pid)).toBe(true);
    expect(result).toMatchObject({ timedOut: true, cancelled: false, exitCode: null, signal: 'SIGTERM' });
    expect(result.durationMs).toBeGreaterThanOrEqual(480);
    expect(result.durationMs).toBeLessThan(2500);
    expect(isRunning(grandchild)).toBe(false);
  }, 10_000);

  it('stops the command when aborted, grandchildren included, and reports it cancelled', async () => {
    const pidFile = join(dir, 'pid');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const result = await run(`echo started; sleep 30 & echo $! > '${pidFile}'; wait`, { signal: controller.signal });
    const grandchild = await readPid(pidFile);
    expect(result).toMatchObject({ cancelled: true, timedOut: false, exitCode: null, signal: 'SIGTERM' });
    expect(result.durationMs).toBeLessThan(2500);
    expect(readFileSync(out(), 'utf8')).toBe('started\n');
    expect(isRunning(grandchild)).toBe(false);
  }, 10_000);

  it('SIGKILLs a group that ignores SIGTERM after the grace period', async () => {
    const pidFile = join(dir, 'pid');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const result = await run(`trap "" TERM; sleep 30 & echo $! > '${pidFile}'; wait`, { signal: controller.signal, killGraceMs: 600 });
    const grandchild = await readPid(pidFile);
    expect(result).toMatchObject({ cancelled: true, exitCode: null, signal: 'SIGKILL' });
    expect(result.durationMs).toBeGreaterThanOrEqual(750);
    expect(result.durationMs).toBeLessThan(3000);
    expect(isRunning(grandchild)).toBe(false);
  }, 10_000);

  it('does not start a command whose signal is already aborted', async () => {
    const marker = join(dir, 'ran');
    const controller = new AbortController();
    controller.abort();
    const result = await run(`touch '${marker}'`, { signal: controller.signal });
    expect(result).toMatchObject({ cancelled: true, exitCode: null, signal: null, bytes: 0 });
    expect(existsSync(marker)).toBe(false);
    expect(readFileSync(out(), 'utf8')).toBe('');
  }, 10_000);

  it('stops what the shell left running in its group when it exits, keeping what it printed in time', async () => {
    const pidFile = join(dir, 'pid');
    const result = await run(`(sleep 0.05; echo late) & sleep 30 >/dev/null 2>&1 & echo $! > '${pidFile}'; echo early`);
    const leftover = await readPid(pidFile);
    expect(result).toMatchObject({ exitCode: 0, timedOut: false, cancelled: false });
    expect(readFileSync(out(), 'utf8')).toBe('early\nlate\n');
    expect(result.durationMs).toBeLessThan(2500);
    expect(isRunning(leftover)).toBe(false);
  }, 10_000);

  it('never lets a process that left the group write into a later command\'s output', async () => {
    const pidFile = join(dir, 'escaped-pid');
    // setsid takes the process out of the step's group: stopping the group cannot reach it, and it keeps
    // the output open past the end of its step, printing while the next commands run.
    const first = await run(`setsid sh -c 'echo $$ > "${pidFile}"; sleep 1.6; echo late; sleep 0.4; echo later' & echo first`, { outputFile: join(dir, 'first') });
    const escaped = await readPid(pidFile);
    try {
      const second = await run('echo second; sleep 1', { outputFile: join(dir, 'second') });
      const rest = [];
      for (let i = 0; i < 10; i++) rest.push(await run(`echo step ${i}`, { outputFile: join(dir, `rest-${i}`) }));
      expect(first.exitCode).toBe(0);
      expect(readFileSync(join(dir, 'first'), 'utf8')).toBe('first\n');
      expect(second.exitCode).toBe(0);
      expect(readFileSync(join(dir, 'second'), 'utf8')).toBe('second\n');
      rest.forEach((result, i) => expect(readFileSync(result.outputFile, 'utf8')).toBe(`step ${i}\n`));
    } finally {
      process.kill(escaped, 'SIGKILL');
    }
  }, 15_000);
});

describe('runCommand: stored output', () => {
  it('keeps head and tail around one marker line past the cap; the live view sees every byte', async () => {
    const source = join(dir, 'source');
    const printed = randomBytes(5_000_000);
    writeFileSync(source, printed);
    const chunks: Buffer[] = [];
    const cap = 1_000_000;
    const result = await run(`cat '${source}'`, { maxOutputBytes: cap, onOutput: (chunk) => chunks.push(Buffer.from(chunk)) });
    expect(result).toMatchObject({ exitCode: 0, bytes: 5_000_000, truncated: true });
    expect(Buffer.concat(chunks).equals(printed)).toBe(true);
    const stored = readFileSync(out());
    const marker = '\n[runbook: 4000000 bytes cut from the middle of 4.8 MiB of output]\n';
    expect(cutMarker(4_000_000, 5_000_000)).toBe(marker);
    expect(stored.length).toBe(cap + marker.length);
    expect(stored.subarray(0, cap / 2).equals(printed.subarray(0, cap / 2))).toBe(true);
    expect(stored.subarray(cap / 2, cap / 2 + marker.length).toString('latin1')).toBe(marker);
    expect(stored.subarray(stored.length - cap / 2).equals(printed.subarray(printed.length - cap / 2))).toBe(true);
  }, 20_000);

  it('stores output at or under the cap exactly, and cuts from one byte over', async () => {
    const source = join(dir, 'source');
    for (const [size, cap] of [
      [100_000, 1_000_000],
      [1001, 1001],
      [0, 10],
    ] as const) {
      const printed = randomBytes(size);
      writeFileSync(source, printed);
      const result = await run(`cat '${source}'`, { maxOutputBytes: cap });
      expect(result).toMatchObject({ exitCode: 0, bytes: size, truncated: false });
      expect(readFileSync(out()).equals(printed)).toBe(true);
    }
    const printed = randomBytes(1002);
    writeFileSync(source, printed);
    const result = await run(`cat '${source}'`, { maxOutputBytes: 1001 });
    expect(result).toMatchObject({ bytes: 1002, truncated: true });
    const marker = '\n[runbook: 1 bytes cut from the middle of 1002 B of output]\n';
    expect(readFileSync(out()).equals(Buffer.concat([printed.subarray(0, 500), Buffer.from(marker), printed.subarray(501)]))).toBe(true);
  }, 20_000);

  it('keeps up with a fast producer and stays exact at 200 MB', async () => {
    const result = await run('head -c 200000000 /dev/zero; printf END', { maxOutputBytes: 4096 });
    expect(result).toMatchObject({ exitCode: 0, bytes: 200_000_003, truncated: true });
    const stored = readFileSync(out(), 'latin1');
    expect(stored.startsWith('\0'.repeat(2048))).toBe(true);
    expect(stored.endsWith(`]\n${'\0'.repeat(2045)}END`)).toBe(true);
  }, 20_000);

  it('creates the file with mode 0600, even over an existing file with a wider mode', async () => {
    writeFileSync(out(), 'old content that is longer', { mode: 0o644 });
    const result = await run('echo new');
    expect(result.exitCode).toBe(0);
    expect(statSync(out()).mode & 0o777).toBe(0o600);
    expect(readFileSync(out(), 'utf8')).toBe('new\n');
  }, 10_000);

  it('throws when the output file cannot be created, without running the command', async () => {
    const marker = join(dir, 'ran');
    await expect(runCommand({ command: `touch '${marker}'`, timeoutMs: 1000, outputFile: join(dir, 'missing', 'output'), maxOutputBytes: 10 })).rejects.toThrow(/ENOENT/);
    expect(existsSync(marker)).toBe(false);
  }, 10_000);
});
