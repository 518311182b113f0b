import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CLI, runCli } from '../helpers/cli.js';

const root = mkdtempSync(join(tmpdir(), 'runbook-crash-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const home = join(root, 'home');
const counter = join(root, 'counter');
const mark = join(root, 'mark');
const env = { RUNBOOK_HOME: home, KUBECONFIG: join(root, 'none') };

const text = `---
id: crash-drill
title: Crash drill
summary: A walk that is killed in the middle of a step.
severity: low
owner: test
symptoms: [None]
diagnosis:
  - id: start
    title: Start
    run: echo start
resolution:
  - cause: crash
    title: Crash in the middle
    steps:
      - id: first
        title: Count once
        run: echo one >> ${counter}
      - id: slow
        title: Take a while the first time
        run: if [ -e ${mark} ]; then echo second-attempt; else touch ${mark}; sleep 5; fi
      - id: last
        title: Count again
        run: echo three >> ${counter}
escalation: { after: 15m, when: [Never] }
---
# Crash drill

## Prevention

None.
`;

function waitFor(check: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  return new Promise((resolve, reject) => {
    // A check that throws fails the wait at once, instead of escaping from a timer and leaving it pending.
    const tick = (): void => {
      try {
        if (check()) resolve();
        else if (Date.now() > until) reject(new Error('timed out waiting'));
        else setTimeout(tick, 20);
      } catch (error) {
        reject(error as Error);
      }
    };
    tick();
  });
}

describe('a runner killed with SIGKILL mid-step', () => {
  test('a second resume of the live session is refused; after the kill, resume finishes the walk with every step done exactly once', { timeout: 60_000 }, async () => {
    mkdirSync(join(root, 'runbooks'), { recursive: true });
    writeFileSync(join(root, 'runbooks', 'crash-drill.md'), text);
    const childTmp = join(root, 'tmp');
    mkdirSync(childTmp);
    const child = spawn(process.execPath, [CLI, 'run', 'crash-drill', '--yes', '--confirm-mutating', '--cause', 'crash', '--json'], {
      cwd: root,
      env: { ...process.env, ...env, TMPDIR: childTmp },
      stdio: 'ignore',
    });
    // Listened for from the start: on a loaded machine the walk could end before the kill, and a late listener would wait forever.
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // The session folder appears a moment before its journal: until both exist there is nothing to read.
    const journal = (): string => {
      const sessions = existsSync(join(home, 'sessions')) ? readdirSync(join(home, 'sessions')) : [];
      const file = sessions.length ? join(home, 'sessions', sessions[0]!, 'journal.jsonl') : undefined;
      return file && existsSync(file) ? readFileSync(file, 'utf8') : '';
    };
    await waitFor(() => /"type":"step-started"[^\n]*"step":"slow"/.test(journal()), 20_000);
    // While the walk lives, its session is its own: a second process may not append to the same journal.
    const events = (): number => journal().trim().split('\n').length;
    const before = events();
    const newest = runCli(['resume', '--yes', '--confirm-mutating', '--json'], { cwd: root, env });
    expect(newest.code).toBe(2);
    expect(newest.stderr).toMatch(new RegExp(`^runbook: No unfinished session to resume under .+: the newest, (\\S+), is open in pid ${child.pid} on .+; finish or quit it there\\n$`));
    const id = /the newest, (\S+), is open/.exec(newest.stderr)![1]!;
    const second = runCli(['resume', id, '--yes', '--confirm-mutating', '--json'], { cwd: root, env });
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(new RegExp(`^runbook: Session ${id} is open in another runbook process \\(pid ${child.pid} on .+\\): finish or quit it there first\\. If that process is gone for good, delete \\S+journal\\.lock\\n$`));
    expect(events()).toBe(before);
    child.kill('SIGKILL');
    await exited;
    // The FIFO that carried the step's output has no name on disk: a killed runner leaves nothing in the temp folder.
    expect(readdirSync(childTmp).filter((name) => name.startsWith('runbook-output-'))).toEqual([]);
    expect(journal()).not.toMatch(/"step":"slow"[^\n]*"type":"step-finished"|"type":"step-finished"[^\n]*"step":"slow"/);

    const resumed = runCli(['resume', '--yes', '--confirm-mutating', '--json'], { cwd: root, env });
    expect(resumed.stderr).toBe('');
    expect(resumed.code).toBe(0);
    const report = JSON.parse(resumed.stdout) as { outcome: string; steps: { id: string; status: string; outputFile: string | null }[] };
    expect(report.outcome).toBe('resolved');
    expect(report.steps.map((s) => [s.id, s.status])).toEqual([
      ['start', 'ok'],
      ['first', 'ok'],
      ['slow', 'ok'],
      ['last', 'ok'],
    ]);
    expect(readFileSync(counter, 'utf8')).toBe('one\nthree\n');
    const recorded = journal()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; step?: string; attempt?: number });
    const starts = (id: string) => recorded.filter((e) => e.type === 'step-started' && e.step === id).map((e) => e.attempt);
    expect(starts('first')).toEqual([1]);
    expect(starts('slow')).toEqual([1, 2]);
    expect(starts('last')).toEqual([1]);
    expect(recorded.at(-1)?.type).toBe('session-ended');
    expect(runCli(['resume', '--yes'], { cwd: root, env }).stderr).toMatch(/No unfinished session/);
  });
});
