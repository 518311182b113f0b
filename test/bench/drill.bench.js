// From `runbook drill` to its first prompt on a real terminal (tmux), against `kubectl version --client`, the
// start-up of the one tool every command in the drill runs, in the same run.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare, median, printTable, verdict } from './measure.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');
const RUNS = 7;
const FIRST_PROMPT = 'Which symptoms do you see?';
const LIMIT_MS = 1000;

export async function run() {
  if (spawnSync('tmux', ['-V']).status !== 0) throw new Error('tmux is not installed (.ci/run installs it): the drill needs a real terminal');
  const work = mkdtempSync(join(tmpdir(), 'runbook-drill-bench-'));
  const socket = join(work, 'tmux.sock');
  const tmux = (...args) => execFileSync('tmux', ['-S', socket, ...args], { encoding: 'utf8' });
  try {
    tmux('new-session', '-d', '-s', 'idle', 'sleep 600');
    const drill = [];
    for (let i = 0; i < RUNS; i++) drill.push(await timeToPrompt(tmux, `drill-${i}`, `cd ${ROOT} && RUNBOOK_HOME=${join(work, 'home')} NO_COLOR=1 ${process.execPath} ${CLI} drill pod-oom-restart-loop`));
    const [kubectl] = await compare([{ name: 'kubectl version --client', command: 'kubectl', args: ['version', '--client'], expectCodes: [0] }], RUNS);
    const drillMs = median(drill);
    printTable(`Drill start-up on a real terminal (median of ${RUNS})`, [
      { name: 'runbook drill: start to first prompt', ms: drillMs, ratio: (drillMs / kubectl.ms).toFixed(2) },
      { ...kubectl, ratio: '1.00' },
    ], ['ratio']);
    return verdict(`drill to first prompt / ${LIMIT_MS} ms`, drillMs / LIMIT_MS, 1);
  } finally {
    spawnSync('tmux', ['-S', socket, 'kill-server']);
    rmSync(work, { recursive: true, force: true });
  }
}

// Starts the drill in a new tmux window and polls the screen until the first question is on it; Ctrl-C then
// ends the drill (at a prompt it saves and exits).
async function timeToPrompt(tmux, name, command) {
  const started = process.hrtime.bigint();
  tmux('new-window', '-d', '-n', name, '-t', 'idle', command);
  const until = Date.now() + 15_000;
  for (;;) {
    if (tmux('capture-pane', '-p', '-t', `idle:${name}`).includes(FIRST_PROMPT)) break;
    if (Date.now() > until) throw new Error(`the drill showed no prompt within 15 s:\n${tmux('capture-pane', '-p', '-t', `idle:${name}`)}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  tmux('send-keys', '-t', `idle:${name}`, 'C-c');
  return ms;
}
