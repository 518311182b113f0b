// Shared by the benchmarks: run a command many times, report median wall time and peak memory (RSS).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const GNU_TIME = ['/usr/bin/time', '/bin/time'].find((path) => existsSync(path) && spawnSync(path, ['-f', '%M', 'true']).status === 0);

/** One run: wall time in ms and peak RSS in MiB (from GNU time, or by polling /proc when it is missing). */
export function runOnce(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const wrapped = GNU_TIME ? [GNU_TIME, ['-f', '__peak_kb=%M', command, ...args]] : [command, args];
    const child = spawn(wrapped[0], wrapped[1], { cwd: options.cwd, env: { ...process.env, NO_COLOR: '1', ...options.env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let polledKb = 0;
    const poll = GNU_TIME
      ? undefined
      : setInterval(() => {
          try {
            const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (match) polledKb = Math.max(polledKb, Number(match[1]));
          } catch {
            // the process has just exited
          }
        }, 2);
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const kb = Number(/__peak_kb=(\d+)/.exec(stderr)?.[1] ?? polledKb);
      if (options.expectCodes && !options.expectCodes.includes(code)) {
        reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(0, 500)}`));
        return;
      }
      resolve({ ms, mib: kb / 1024, code });
    });
  });
}

/** Runs each command `runs` times, interleaved so that machine noise hits both alike; returns medians. */
export async function compare(commands, runs) {
  const samples = commands.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [index, command] of commands.entries()) {
      if (command.before) command.before();
      samples[index].push(await runOnce(command.command, command.args, command));
    }
  }
  return commands.map((command, index) => ({
    name: command.name,
    ms: median(samples[index].map((s) => s.ms)),
    mib: Math.max(...samples[index].map((s) => s.mib)),
  }));
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Prints a table of rows ({ name, ms, mib, ...extra }) and returns it. */
export function printTable(title, rows, extraColumns = []) {
  const columns = ['name', 'ms', 'mib', ...extraColumns];
  const cells = rows.map((row) => columns.map((c) => (typeof row[c] === 'number' ? row[c].toFixed(c === 'ms' ? 0 : 1) : String(row[c] ?? ''))));
  const header = ['', 'median ms', 'peak MiB', ...extraColumns];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  const line = (values) => values.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  for (const row of cells) console.log(line(row));
}

/** Prints a verdict line and returns whether the target was met. */
export function verdict(label, ratio, target, betterWhen = 'lower') {
  const ok = betterWhen === 'lower' ? ratio <= target : ratio >= target;
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${label}: ${ratio.toFixed(2)}× (target ${betterWhen === 'lower' ? '≤' : '≥'} ${target}×)`);
  return ok;
}
