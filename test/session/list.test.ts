import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { NewSessionEvent, Plan, SessionEvent } from '../../src/session/events.js';
import { Journal } from '../../src/session/journal.js';
import { ensurePrivateDir, newSessionId, runbookHome, sessionsDir } from '../../src/session/home.js';
import { replay } from '../../src/session/state.js';
import { listSessions } from '../../src/session/list.js';
import { runCli } from '../helpers/cli.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'runbook-sessions-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function started(sessionId: string, runbook = 'disk-pressure', operator = 'alice', context: string | null = 'prod-eu-1'): NewSessionEvent {
  return {
    type: 'session-started',
    sessionId,
    runbook: { id: runbook, path: `runbooks/${runbook}.md`, sha256: '0'.repeat(64), title: 'Node under disk pressure' },
    operator,
    host: 'ops-laptop',
    kube: { context },
    version: '0.1.0',
    options: { readOnly: false, yes: false },
  };
}

function stamp(events: NewSessionEvent[]): SessionEvent[] {
  return events.map((event, i) => ({ ...event, seq: i + 1, at: new Date(Date.UTC(2026, 10, 22, 15, 30, i)).toISOString() }) as SessionEvent);
}

const finished = (step: string, attempt: number, status: 'ok' | 'failed'): NewSessionEvent => ({
  type: 'step-finished',
  step,
  attempt,
  status,
  exitCode: status === 'ok' ? 0 : 1,
  signal: null,
  durationMs: 10,
  outputFile: `steps/01-${step}-${attempt}.txt`,
  bytes: 5,
  truncated: false,
});
const startedStep = (step: string, attempt: number): NewSessionEvent => ({
  type: 'step-started',
  step,
  phase: 'diagnosis',
  title: `Run ${step}`,
  command: `echo ${step}`,
  attempt,
});

describe('replay', () => {
  test('rebuilds the state and marks a step that never finished as interrupted', () => {
    const state = replay(
      stamp([
        started('s1'),
        { type: 'symptoms-confirmed', seen: ['Pods evicted'] },
        { type: 'variables-set', values: { node: 'n1' }, sources: { node: 'flag' } },
        startedStep('check-node', 1),
        finished('check-node', 1, 'failed'),
        { type: 'note', step: 'check-node', text: 'flaky API' },
        startedStep('check-node', 2),
        finished('check-node', 2, 'ok'),
        { type: 'step-skipped', step: 'check-logs', reason: 'seen on the dashboard' },
        { type: 'variables-set', values: { pod: 'api-1' }, sources: { pod: 'capture' } },
        { type: 'cause-chosen', cause: 'log-flood', suggested: ['log-flood'] },
        { type: 'confirmation', step: 'log-flood-1', typed: 'payments' },
        { ...startedStep('log-flood-1', 1), phase: 'resolution' } as NewSessionEvent,
        { type: 'step-tier3', step: 'log-flood-2', title: 'Resize the volume' },
      ]),
    );
    expect(state).toMatchObject({
      sessionId: 's1',
      runbook: { id: 'disk-pressure' },
      operator: 'alice',
      host: 'ops-laptop',
      kube: { context: 'prod-eu-1' },
      started: '2026-11-22T15:30:00.000Z',
      lastEventAt: '2026-11-22T15:30:13.000Z',
      lastSeq: 14,
      status: 'running',
      symptoms: ['Pods evicted'],
      variables: { node: { value: 'n1', source: 'flag' }, pod: { value: 'api-1', source: 'capture' } },
      cause: { id: 'log-flood', suggested: ['log-flood'] },
      notes: [{ step: 'check-node', text: 'flaky API', at: '2026-11-22T15:30:05.000Z' }],
      escalation: null,
    });
    expect(state.steps.map((s) => [s.id, s.status, s.attempts])).toEqual([
      ['check-node', 'ok', 2],
      ['check-logs', 'skipped', 0],
      ['log-flood-1', 'interrupted', 1],
      ['log-flood-2', 'tier3', 0],
    ]);
    expect(state.steps[0]).toMatchObject({ exitCode: 0, outputFile: 'steps/01-check-node-2.txt', phase: 'diagnosis' });
    expect(state.steps[1]?.reason).toBe('seen on the dashboard');
    expect(state.steps[2]).toMatchObject({ phase: 'resolution', exitCode: null, confirmation: { typed: 'payments' } });
  });

  test('keeps the plan, the position of each step, the latest judgement of the evidence and every resume', () => {
    const plan = {
      diagnosis: [{ id: 'check-node', phase: 'diagnosis', title: 'Run check-node', position: 1, kind: 'read-only', template: 'echo check-node', timeoutMs: 60_000, sensitive: false }],
      branches: [],
      symptoms: [],
      collect: [],
    } satisfies Plan;
    const replanned = { ...plan, symptoms: ['Pods evicted'] } satisfies Plan;
    const state = replay(
      stamp([
        { ...started('s1'), plan } as NewSessionEvent,
        { ...startedStep('check-node', 1), position: 1 } as NewSessionEvent,
        finished('check-node', 1, 'ok'),
        { type: 'causes-suggested', suggested: ['log-flood'], evidence: [{ cause: 'log-flood', step: 'check-node', lineNumber: 4 }] },
        { type: 'session-paused' },
        { type: 'session-resumed', operator: 'bob', host: 'bastion', mode: 'unattended', runbookChanged: true, sha256: '1'.repeat(64), plan: replanned },
        { type: 'causes-suggested', suggested: [], evidence: [] },
      ]),
    );
    expect(state.plan).toEqual(replanned);
    expect(state.steps[0]?.position).toBe(1);
    expect(state.suggestion).toEqual({ seq: 7, suggested: [], evidence: [] });
    expect(state.resumes).toEqual([{ operator: 'bob', host: 'bastion', mode: 'unattended', at: '2026-11-22T15:30:05.000Z', runbookChanged: true }]);
    expect(state.status).toBe('running');
    // A journal from before plans and positions were recorded replays with neither.
    const old = replay(stamp([started('s2'), startedStep('check-node', 1)]));
    expect(old.plan).toBeNull();
    expect(old.steps[0]?.position).toBeNull();
    expect(old.suggestion).toBeNull();
  });

  test('takes the outcome from session-ended', () => {
    const state = replay(stamp([started('s1'), { type: 'escalated', criteria: ['3 nodes'] }, { type: 'session-ended', outcome: 'escalated' }]));
    expect(state.status).toBe('escalated');
    expect(state.escalation).toEqual({ criteria: ['3 nodes'] });
  });

  test('needs a session-started event', () => {
    expect(() => replay([])).toThrow(/session-started/);
  });
});

describe('runbookHome', () => {
  test('prefers $RUNBOOK_HOME, then $XDG_STATE_HOME/runbook, then ~/.local/state/runbook', () => {
    expect(runbookHome({ RUNBOOK_HOME: '/srv/rb', XDG_STATE_HOME: '/x' }, '/home/a')).toBe('/srv/rb');
    expect(runbookHome({ XDG_STATE_HOME: '/x/state' }, '/home/a')).toBe('/x/state/runbook');
    expect(runbookHome({}, '/home/a')).toBe('/home/a/.local/state/runbook');
  });

  test('ignores empty values and a relative $XDG_STATE_HOME, as the XDG spec says', () => {
    expect(runbookHome({ RUNBOOK_HOME: '', XDG_STATE_HOME: '' }, '/home/a')).toBe('/home/a/.local/state/runbook');
    expect(runbookHome({ XDG_STATE_HOME: 'state' }, '/home/a')).toBe('/home/a/.local/state/runbook');
  });
});

describe('session ids and folders', () => {
  test('ids sort by time and are safe folder names', () => {
    const id = newSessionId(new Date('2026-11-22T15:30:12.345Z'));
    expect(id).toMatch(/^20261122T153012Z-[0-9a-f]{6}$/);
    expect(newSessionId(new Date('2026-11-22T15:30:13Z')) > id).toBe(true);
    expect(new Set(Array.from({ length: 50 }, () => newSessionId(new Date(0)))).size).toBe(50);
  });

  test('ensurePrivateDir creates 0700 and tightens an existing folder', () => {
    const dir = join(tempDir(), 'loose');
    mkdirSync(dir, { mode: 0o755 });
    chmodSync(dir, 0o777);
    ensurePrivateDir(dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    ensurePrivateDir(join(dir, 'a', 'b'));
    expect(statSync(join(dir, 'a', 'b')).mode & 0o777).toBe(0o700);
  });
});

describe('listSessions', () => {
  test('lists sessions newest first and reports unreadable folders apart', () => {
    const home = tempDir();
    expect(listSessions(home)).toEqual({ sessions: [], unreadable: [] });

    const make = (id: string, at: string, events: NewSessionEvent[]): void => {
      const journal = Journal.create(home, id, { now: () => new Date(at) });
      for (const event of events) journal.append(event);
      journal.close();
    };
    make('20261122T090000Z-aaaaaa', '2026-11-22T09:00:00.000Z', [started('20261122T090000Z-aaaaaa'), { type: 'session-ended', outcome: 'resolved' }]);
    make('20261122T110000Z-cccccc', '2026-11-22T11:00:00.000Z', [started('20261122T110000Z-cccccc', 'oom-kill', 'bob', null)]);
    make('20261122T100000Z-bbbbbb', '2026-11-22T10:00:00.000Z', [started('20261122T100000Z-bbbbbb'), { type: 'session-ended', outcome: 'abandoned' }]);
    make('20261122T120000Z-dddddd', '2026-11-22T12:00:00.000Z', []);
    mkdirSync(join(sessionsDir(home), '20261122T130000Z-eeeeee'));
    writeFileSync(join(sessionsDir(home), '.DS_Store'), '');

    const { sessions, unreadable } = listSessions(home);
    expect(sessions.map(({ dir: _dir, ...rest }) => rest)).toEqual([
      { id: '20261122T110000Z-cccccc', runbook: 'oom-kill', started: '2026-11-22T11:00:00.000Z', operator: 'bob', context: null, status: 'running', drill: false, openIn: null },
      { id: '20261122T100000Z-bbbbbb', runbook: 'disk-pressure', started: '2026-11-22T10:00:00.000Z', operator: 'alice', context: 'prod-eu-1', status: 'abandoned', drill: false, openIn: null },
      { id: '20261122T090000Z-aaaaaa', runbook: 'disk-pressure', started: '2026-11-22T09:00:00.000Z', operator: 'alice', context: 'prod-eu-1', status: 'resolved', drill: false, openIn: null },
    ]);
    expect(unreadable.map((u) => [u.id, u.message.replace(/,.*$/, '')])).toEqual([
      ['20261122T120000Z-dddddd', 'Unexpected journal without a `session-started` event'],
      ['20261122T130000Z-eeeeee', 'ENOENT: no such file or directory'],
    ]);
  });

  test('says which process has a session open: its journal lock, while the holder lives', () => {
    const home = tempDir();
    const id = '20261122T090000Z-aaaaaa';
    const journal = Journal.create(home, id, { now: () => new Date('2026-11-22T09:00:00.000Z') });
    journal.append(started(id));
    const open = listSessions(home).sessions[0]?.openIn;
    expect(open).toMatchObject({ pid: process.pid, host: hostname() });
    expect(Number.isNaN(Date.parse(open?.since ?? ''))).toBe(false);
    // The command line shows it in the status column (this test process is the live holder).
    const listed = runCli(['sessions'], { env: { RUNBOOK_HOME: home } });
    expect(listed.stdout).toMatch(new RegExp(`running, open in pid ${process.pid} on ${hostname()} since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ\n$`));
    expect((JSON.parse(runCli(['sessions', '--json'], { env: { RUNBOOK_HOME: home } }).stdout) as { openIn: unknown }[])[0]?.openIn).toMatchObject({ pid: process.pid });
    journal.close();
    expect(listSessions(home).sessions[0]?.openIn).toBeNull();

    // A lock left by a process that died is nobody's.
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(join(sessionsDir(home), id, 'journal.lock'), `${JSON.stringify({ pid: gone, host: hostname(), since: '2026-11-22T09:00:01.000Z' })}\n`);
    expect(listSessions(home).sessions[0]?.openIn).toBeNull();
    expect(runCli(['sessions'], { env: { RUNBOOK_HOME: home } }).stdout).toMatch(/ running\n$/);
  });
});
