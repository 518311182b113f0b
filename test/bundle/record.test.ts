/**
 * The bundle reads only the session record: the plan, the judgement of the evidence and the runbook's facts the
 * journal holds. Journals are written here event by event, so each case says exactly what the record has.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildBundle, type BundleOptions, type BuiltBundle } from '../../src/bundle/create-bundle.js';
import type { NewSessionEvent, Plan, SessionStartedEvent } from '../../src/session/events.js';
import { tempDir } from './fixtures.js';

const root = tempDir('record');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const START = Date.parse('2026-11-22T15:30:12.000Z');
const SESSION = '20261122T153012Z-0a1b2c';

/** Writes a session folder: the journal (seq and time filled in, one second apart), the stored outputs, and the runbook copy when given. */
function writeSession(name: string, events: NewSessionEvent[], outputs: Record<string, string>, runbookCopy?: string): string {
  const home = join(root, name);
  const dir = join(home, 'sessions', SESSION);
  mkdirSync(join(dir, 'steps'), { recursive: true, mode: 0o700 });
  const lines = events.map((event, i) => JSON.stringify({ ...event, seq: i + 1, at: new Date(START + i * 1000).toISOString() }));
  writeFileSync(join(dir, 'journal.jsonl'), `${lines.join('\n')}\n`, { mode: 0o600 });
  for (const [path, text] of Object.entries(outputs)) writeFileSync(join(dir, path), text, { mode: 0o600 });
  if (runbookCopy !== undefined) writeFileSync(join(dir, 'runbook.md'), runbookCopy, { mode: 0o600 });
  return home;
}

function bundle(home: string, overrides: Partial<BundleOptions> = {}): Promise<BuiltBundle> {
  return buildBundle({
    home,
    sessionId: SESSION,
    cwd: root,
    redaction: { enabled: true, values: [], patterns: [], env: { KUBECONFIG: join(root, 'no-kubeconfig') }, homeDir: root },
    toolVersion: '9.9.9-test',
    ...overrides,
  });
}

function fileOf(built: BuiltBundle, path: string): string {
  const file = built.files.find((f) => f.path === path);
  if (!file) throw new Error(`${path} is not in the bundle: ${built.files.map((f) => f.path).join(', ')}`);
  return file.content.toString('utf8');
}

const started = (extra: Partial<SessionStartedEvent> = {}): NewSessionEvent => ({
  type: 'session-started',
  sessionId: SESSION,
  runbook: { id: 'disk-full', path: 'runbooks/disk-full.md', sha256: 'c'.repeat(64), title: 'Node disk full' },
  operator: 'alice',
  host: 'ops-laptop',
  kube: { context: 'staging-1', namespace: 'default' },
  version: '0.0.9',
  options: { readOnly: true, yes: false },
  ...extra,
});

// A runbook copy whose front matter disagrees with the record, and whose evidence would match the outputs: the
// bundle must show what the record says, not what this file says.
const MISLEADING_COPY = `---
id: disk-full
title: Node disk full
severity: low
owner: somebody-else
diagnosis:
  - { id: pods, title: A title only the copy has, run: kubectl get pods }
resolution:
  - cause: logs
    title: The copy's log branch
    evidence: { step: pods, matches: "." }
    steps: [{ title: Rotate, tier: 3 }]
escalation: { after: 1m, when: [A criterion only the copy has], contact: "#copy-contact" }
---
# Node disk full

See [the disk dashboard](https://grafana.example.com/d/disk).
`;

describe('a session recorded before plans were', () => {
  const events: NewSessionEvent[] = [
    started(),
    { type: 'variables-set', values: { node: 'ip-10-0-1-7' }, sources: { node: 'prompt' } },
    { type: 'step-started', step: 'pods', phase: 'diagnosis', title: 'List the pods', command: 'kubectl get pods', attempt: 1 },
    { type: 'step-finished', step: 'pods', attempt: 1, status: 'ok', exitCode: 0, signal: null, durationMs: 120, outputFile: 'steps/07-pods-1.txt', bytes: 24, truncated: false },
    { type: 'step-skipped', step: 'usage', reason: 'no metrics server' },
    { type: 'note', step: 'df', text: 'checked by hand first' },
    { type: 'step-started', step: 'df', phase: 'diagnosis', title: 'Check the disk', command: 'df -h', attempt: 1 },
    { type: 'step-finished', step: 'df', attempt: 1, status: 'ok', exitCode: 0, signal: null, durationMs: 80, outputFile: 'steps/09-df-1.txt', bytes: 18, truncated: false },
    { type: 'escalated', criteria: ['It persists'] },
    { type: 'session-ended', outcome: 'escalated' },
  ];

  test('still bundles: steps in journal order, numbered so, no suggested cause, no fact taken from the runbook copy', async () => {
    const home = writeSession('old', events, { 'steps/07-pods-1.txt': 'web-abc Running\n', 'steps/09-df-1.txt': 'overlay 100% /var\n' }, MISLEADING_COPY);
    const built = await bundle(home);
    expect(built.files.map((f) => f.path).filter((p) => p.startsWith('steps/'))).toEqual(['steps/01-pods.txt', 'steps/03-df.txt']);
    expect(fileOf(built, 'steps/03-df.txt')).toBe('overlay 100% /var\n');
    const summary = built.summary;
    expect(summary).toMatch(/### 1\. List the pods \(`pods`\)[\s\S]*### 2\. usage \(`usage`\)\n\nStatus: \*\*skipped\*\*[\s\S]*### 3\. Check the disk \(`df`\)/);
    expect(summary).toContain('None identified: no branch was chosen, and this session was recorded before the runner kept its plan and its judgement of the evidence.');
    expect(summary).toContain('| Severity | **unknown** |');
    for (const fromCopy of ['somebody-else', 'A criterion only the copy has', '#copy-contact', "The copy's log branch", 'A title only the copy has', 'escalate after']) {
      expect(summary).not.toContain(fromCopy);
    }
    // The copy is still shipped, and the links in its prose still listed.
    expect(fileOf(built, 'runbook.md')).toBe(MISLEADING_COPY);
    expect(summary).toContain('- [the disk dashboard](https://grafana.example.com/d/disk)');
    expect(fileOf(built, 'report.html')).toContain('Check the disk');
  });

  test('bundles without any runbook copy, too', async () => {
    const home = writeSession('old-no-copy', events, { 'steps/07-pods-1.txt': 'web-abc Running\n', 'steps/09-df-1.txt': 'overlay 100% /var\n' });
    const built = await bundle(home);
    expect(built.files.map((f) => f.path)).not.toContain('runbook.md');
    expect(built.summary).toContain('### 3. Check the disk (`df`)');
  });
});

const PLAN: Plan = {
  diagnosis: [
    { id: 'pods', phase: 'diagnosis', title: 'List the pods', position: 1, kind: 'read-only', template: 'kubectl get pods', link: 'https://grafana.example.com/d/pods', timeoutMs: 60_000, sensitive: false },
    { id: 'df', phase: 'diagnosis', title: 'Check the disk', position: 2, kind: 'read-only', template: 'df -h', timeoutMs: 60_000, sensitive: false },
    { id: 'token', phase: 'diagnosis', title: 'Read the token', position: 3, kind: 'read-only', template: 'kubectl get secret', timeoutMs: 60_000, sensitive: true },
  ],
  branches: [
    {
      cause: 'logs',
      title: 'Logs fill the disk',
      when: 'One pod writes most of the logs',
      evidence: { step: 'df', matches: '100%' },
      steps: [{ id: 'rotate', phase: 'resolution', title: 'Rotate the logs', position: 4, kind: 'tier3', template: 'logrotate -f /etc/logrotate.conf', timeoutMs: 60_000, sensitive: false, cause: 'logs' }],
    },
    {
      cause: 'secret-leak',
      title: 'A leaked token',
      evidence: { step: 'token', matches: 'exposed' },
      steps: [{ id: 'revoke', phase: 'resolution', title: 'Revoke the token', position: 4, kind: 'manual', timeoutMs: 60_000, sensitive: false, cause: 'secret-leak' }],
    },
    { cause: 'images', title: 'Old images', evidence: { step: 'pods', matches: 'ImageGC' }, steps: [] },
  ],
  symptoms: ['Disk full'],
  collect: [],
};

const RECORDED_RUNBOOK = {
  id: 'disk-full',
  path: 'runbooks/disk-full.md',
  sha256: 'c'.repeat(64),
  title: 'Node disk full',
  severity: 'high',
  owner: 'storage-team',
  escalation: { afterMs: 900_000, when: ['More than 3 nodes'], contact: '#storage-oncall' },
} as const;

const DF_FIRST = 'Filesystem Use% Mounted\n/dev/root 41% /\noverlay 100% /var\ntmpfs 1% /run\n';
const DF_RERUN = 'Filesystem Use% Mounted\n/dev/root 41% /\noverlay 12% /var\ntmpfs 1% /run\n';

function judgedSession(name: string, tail: NewSessionEvent[]): string {
  return writeSession(
    name,
    [
      started({ runbook: { ...RECORDED_RUNBOOK, escalation: { ...RECORDED_RUNBOOK.escalation, when: [...RECORDED_RUNBOOK.escalation.when] } }, plan: PLAN }),
      // No position recorded: the plan's position names the file.
      { type: 'step-started', step: 'pods', phase: 'diagnosis', title: 'List the pods', command: 'kubectl get pods', attempt: 1 },
      { type: 'step-finished', step: 'pods', attempt: 1, status: 'ok', exitCode: 0, signal: null, durationMs: 50, outputFile: 'steps/01-pods-1.txt', bytes: 16, truncated: false },
      { type: 'step-started', step: 'df', phase: 'diagnosis', title: 'Check the disk', command: 'df -h', attempt: 1, position: 2 },
      { type: 'step-finished', step: 'df', attempt: 1, status: 'ok', exitCode: 0, signal: null, durationMs: 50, outputFile: 'steps/02-df-1.txt', bytes: DF_FIRST.length, truncated: false },
      { type: 'step-started', step: 'token', phase: 'diagnosis', title: 'Read the token', command: 'kubectl get secret', attempt: 1, position: 3 },
      { type: 'step-finished', step: 'token', attempt: 1, status: 'ok', exitCode: 0, signal: null, durationMs: 50, outputFile: null, bytes: 40, truncated: false },
      // The record says line 3: the bundle shows that line of the run it judged, whatever a pattern would find now.
      {
        type: 'causes-suggested',
        suggested: ['logs', 'secret-leak'],
        evidence: [
          { cause: 'logs', step: 'df', lineNumber: 3 },
          { cause: 'secret-leak', step: 'token', lineNumber: null },
        ],
      },
      { type: 'step-started', step: 'df', phase: 'diagnosis', title: 'Check the disk', command: 'df -h', attempt: 2, position: 2 },
      { type: 'step-finished', step: 'df', attempt: 2, status: 'ok', exitCode: 0, signal: null, durationMs: 50, outputFile: 'steps/02-df-2.txt', bytes: DF_RERUN.length, truncated: false },
      ...tail,
    ],
    { 'steps/01-pods-1.txt': 'web-abc Running\n', 'steps/02-df-1.txt': DF_FIRST, 'steps/02-df-2.txt': DF_RERUN },
    MISLEADING_COPY,
  );
}

describe('a session with its plan and judgement recorded', () => {
  test('the facts come from the record: runbook facts, step order and titles, suggested causes and the line each matched', async () => {
    const built = await bundle(judgedSession('judged', [{ type: 'escalated', criteria: ['More than 3 nodes'] }, { type: 'session-ended', outcome: 'escalated' }]));
    expect(built.files.map((f) => f.path).filter((p) => p.startsWith('steps/'))).toEqual(['steps/01-pods.txt', 'steps/02-df.attempt-1.txt', 'steps/02-df.txt']);
    const summary = built.summary;
    for (const fact of [
      '| Severity | **high** (owner storage-team) |',
      '(runbook says escalate after 15m 00s)',
      '**escalated** to #storage-oncall',
      '**Logs fill the disk** (`logs`), suggested by its evidence, not confirmed: One pod writes most of the logs',
      'Evidence: step `df` matched `100%` (steps/02-df.attempt-1.txt, line 3):\n\n```text\noverlay 100% /var\n```',
      '**A leaked token** (`secret-leak`), suggested by its evidence, not confirmed',
      'Evidence: step `token` matched `exposed`; its output was not stored (a sensitive step).',
      'Contact: #storage-oncall',
      '- [List the pods](https://grafana.example.com/d/pods)',
      '- [the disk dashboard](https://grafana.example.com/d/disk)',
      '| Evidence points to `logs` (`df` output, line 3), `secret-leak` (`token` output, not stored) |',
    ]) {
      expect(summary).toContain(fact);
    }
    expect(summary).not.toContain('`images`');
    expect(summary).toContain('### 3. Read the token (`token`)\n\nStatus: **ok**, exit code 0, took 50ms\n\n```sh\nkubectl get secret\n```\n\nOutput not stored: the step is sensitive (its output was shown on screen only).');
    expect(summary).toMatch(/### 1\. List the pods \(`pods`\)[\s\S]*### 2\. Check the disk \(`df`\)\n\nStatus: \*\*ok\*\*, exit code 0, took 50ms, 2 attempts[\s\S]*### 3\. Read the token \(`token`\)/);
    for (const fromCopy of ['somebody-else', 'A criterion only the copy has', '#copy-contact', "The copy's log branch", 'A title only the copy has']) {
      expect(summary).not.toContain(fromCopy);
    }
    const payload = JSON.parse(fileOf(built, 'escalation.json')) as { severity: string; group: string; details: { cause: { id: string; evidence: string | null }[] } };
    expect(payload.severity).toBe('error');
    expect(payload.group).toBe('storage-team');
    expect(payload.details.cause).toEqual([
      { id: 'logs', title: 'Logs fill the disk', chosen: false, evidence: 'overlay 100% /var' },
      { id: 'secret-leak', title: 'A leaked token', chosen: false, evidence: null },
    ]);
    const html = fileOf(built, 'report.html');
    expect(html).toContain('step <code>df</code> matched <code>100%</code> (steps/02-df.attempt-1.txt, line 3) <pre>overlay 100% /var</pre>');
    expect(html).toContain('step <code>token</code> matched <code>exposed</code>; its output was not stored (a sensitive step)');
    expect(html).toContain('Evidence points to <code>logs</code> (<code>df</code> output, line 3)');
  });

  test('a chosen cause the evidence did not suggest says so; its branch steps follow the diagnosis with their plan titles and templates', async () => {
    const built = await bundle(
      judgedSession('chosen', [
        { type: 'cause-chosen', cause: 'images', suggested: ['logs', 'secret-leak'] },
        { type: 'escalated', criteria: [] },
        { type: 'session-ended', outcome: 'escalated' },
      ]),
    );
    expect(built.summary).toContain('**Old images** (`images`), chosen by the operator');
    expect(built.summary).toContain('Evidence: step `pods` should match `ImageGC`; its output did not.');
    expect(built.summary).toContain('The evidence suggested `logs`, `secret-leak`; the operator chose `images` instead.');

    const logs = await bundle(
      judgedSession('chosen-logs', [
        { type: 'cause-chosen', cause: 'logs', suggested: ['logs', 'secret-leak'] },
        { type: 'step-tier3', step: 'rotate', title: 'Rotate the logs' },
        { type: 'session-ended', outcome: 'resolved' },
      ]),
    );
    expect(logs.summary).toContain('### 4. Rotate the logs (`rotate`)\n\nStatus: **tier3**');
    expect(logs.summary).toContain('## Tier 3 actions requested\n\n- **Rotate the logs** (`rotate`): `logrotate -f /etc/logrotate.conf`');
  });

  test('a matched line in the part of the output the bundle cut is named, not guessed', async () => {
    const long = Array.from({ length: 4000 }, (_, i) => `line ${String(i + 1).padStart(5, '0')} of df`).join('\n');
    const home = writeSession(
      'cut',
      [
        started({ runbook: { ...RECORDED_RUNBOOK, escalation: { when: [] } }, plan: PLAN }),
        { type: 'step-started', step: 'df', phase: 'diagnosis', title: 'Check the disk', command: 'df -h', attempt: 1, position: 2 },
        { type: 'step-finished', step: 'df', attempt: 1, status: 'ok', exitCode: 0, signal: null, durationMs: 50, outputFile: 'steps/02-df-1.txt', bytes: long.length, truncated: false },
        { type: 'causes-suggested', suggested: ['logs'], evidence: [{ cause: 'logs', step: 'df', lineNumber: 2000 }] },
      ],
      { 'steps/02-df-1.txt': `${long}\n` },
    );
    const cut = await bundle(home, { maxFileBytes: 8 * 1024 });
    expect(cut.summary).toContain('Evidence: step `df` matched `100%` at line 2000 of its output, a line this bundle does not keep (see steps/02-df.txt).');
    const whole = await bundle(home);
    expect(whole.summary).toContain('Evidence: step `df` matched `100%` (steps/02-df.txt, line 2000):\n\n```text\nline 02000 of df\n```');
    // The head the bundle keeps still has its lines where the record says they are.
    const early = writeSession(
      'cut-early',
      [
        started({ plan: PLAN }),
        { type: 'step-started', step: 'df', phase: 'diagnosis', title: 'Check the disk', command: 'df -h', attempt: 1, position: 2 },
        { type: 'step-finished', step: 'df', attempt: 1, status: 'ok', exitCode: 0, signal: null, durationMs: 50, outputFile: 'steps/02-df-1.txt', bytes: long.length, truncated: false },
        { type: 'causes-suggested', suggested: ['logs'], evidence: [{ cause: 'logs', step: 'df', lineNumber: 7 }] },
      ],
      { 'steps/02-df-1.txt': `${long}\n` },
    );
    expect((await bundle(early, { maxFileBytes: 8 * 1024 })).summary).toContain('(steps/02-df.txt, line 7):\n\n```text\nline 00007 of df\n```');
  });

  test('a resume with a changed runbook is in the timeline, and its new plan is the one the bundle follows', async () => {
    const inodes = { id: 'inodes', phase: 'diagnosis', title: 'Count the inodes', position: 4, kind: 'read-only', template: 'df -i', timeoutMs: 60_000, sensitive: false } as const;
    const changed: Plan = { ...PLAN, diagnosis: [...PLAN.diagnosis, inodes] };
    const built = await bundle(
      judgedSession('resumed', [
        { type: 'session-paused' },
        { type: 'session-resumed', operator: 'bob', host: 'bastion', mode: 'interactive', runbookChanged: true, sha256: 'd'.repeat(64), plan: changed },
        { type: 'session-ended', outcome: 'abandoned' },
      ]),
    );
    expect(built.summary).toContain('| Session resumed by bob on bastion; the runbook had changed, so the walk went on with its new plan (steps matched by id) |');
    expect(built.summary).toContain('| Session paused: the operator quit, to resume later |');
    expect(built.summary).toContain('### 4. Count the inodes (`inodes`)\n\nStatus: **not reached**');
  });
});
