import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, closeSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { SESSION_EVENT_TYPES, type NewSessionEvent, type Plan, type SessionEvent, type SessionEventType } from '../../src/session/events.js';
import { journalPath, openOutputFile, sessionDir, stepOutputFile } from '../../src/session/files.js';
import { Journal, parseJournal, readJournal } from '../../src/session/journal.js';
import { ROOT } from '../helpers/cli.js';

const dirs: string[] = [];
function tempHome(): string {
  const dir = mkdtempSync(join(tmpdir(), 'runbook-journal-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function mode(path: string): number {
  return statSync(path).mode & 0o777;
}

const AT = '2026-11-22T15:30:12.000Z';
const fixedClock = (): Date => new Date(AT);
const note = (text: string): NewSessionEvent => ({ type: 'note', text });

// A sample of every event type with every optional field, and one without them. The `satisfies` clauses are
// type-checked by the last test in this file, so a field added to the schema or the types alone fails here.
type SampleOf = { [K in SessionEventType]: Extract<SessionEvent, { type: K }> };
const base = { seq: 1, at: AT };
const PLAN: Plan = {
  diagnosis: [
    {
      id: 'check-node',
      phase: 'diagnosis',
      title: 'Check the node',
      position: 1,
      kind: 'read-only',
      template: 'kubectl describe node {{node}}',
      expect: 'DiskPressure True',
      link: 'https://grafana.example.com/d/nodes',
      timeoutMs: 60_000,
      sensitive: false,
      capture: { pod: 'pod/(\\S+)' },
    },
  ],
  branches: [
    {
      cause: 'log-flood',
      title: 'A pod floods its logs',
      when: 'One container writes gigabytes an hour',
      evidence: { step: 'check-node', matches: 'DiskPressure' },
      steps: [
        { id: 'restart-pods-1', phase: 'resolution', title: 'Restart the pods', position: 2, kind: 'mutating', template: 'kubectl rollout restart deployment/api', reason: '`kubectl rollout` changes the cluster', timeoutMs: 60_000, approval: 'the service owner', sensitive: false, cause: 'log-flood', testSkip: true },
      ],
    },
  ],
  symptoms: ['Pods evicted with DiskPressure'],
  collect: ['kubectl get events -A'],
};
const FULL = {
  'session-started': {
    type: 'session-started',
    ...base,
    sessionId: '20261122T153012Z-7f3a9c',
    runbook: {
      id: 'disk-pressure',
      path: 'runbooks/disk-pressure.md',
      sha256: 'a'.repeat(64),
      title: 'Node under disk pressure',
      severity: 'high',
      owner: 'team-storage',
      escalation: { afterMs: 1_800_000, when: ['More than 3 nodes affected'], contact: '#team-storage' },
    },
    operator: 'alice',
    host: 'ops-laptop',
    kube: { context: 'prod-eu-1', namespace: 'payments', contextMatches: true },
    version: '0.1.0',
    alert: { name: 'KubeNodeDiskPressure', labels: { alertname: 'KubeNodeDiskPressure', node: 'ip-10-0-1-7' }, startsAt: '2026-11-22T15:00:00Z', summary: 'Node ip-10-0-1-7 is under disk pressure' },
    options: { readOnly: false, yes: true, confirmMutating: true, maxOutput: 16_777_216, cause: 'log-flood', alertFile: 'alert.json', drill: 'runbooks/scenarios/log-flood.yaml' },
    plan: PLAN,
  },
  'variables-set': { type: 'variables-set', ...base, values: { node: 'ip-10-0-1-7', namespace: 'payments' }, sources: { node: 'alert', namespace: 'flag' } },
  'symptoms-confirmed': { type: 'symptoms-confirmed', ...base, seen: ['Pods evicted with DiskPressure'] },
  'step-started': { type: 'step-started', ...base, step: 'check-node', phase: 'diagnosis', title: 'Check the node', command: "kubectl describe node 'ip-10-0-1-7'", attempt: 1, position: 1 },
  'step-finished': {
    type: 'step-finished',
    ...base,
    step: 'check-node',
    attempt: 1,
    status: 'ok',
    exitCode: 0,
    signal: null,
    durationMs: 412,
    outputFile: 'steps/01-check-node-1.txt',
    bytes: 2048,
    truncated: false,
    refusedRequests: [{ method: 'DELETE', path: '/api/v1/namespaces/shop/pods/web-1', reason: 'DELETE can change the cluster' }],
  },
  'step-skipped': { type: 'step-skipped', ...base, step: 'check-logs', reason: 'dashboard already shows it' },
  'step-refused': { type: 'step-refused', ...base, step: 'restart-pods-1', reason: 'read-only mode' },
  'step-needs-confirmation': { type: 'step-needs-confirmation', ...base, step: 'restart-pods-1' },
  'step-tier3': { type: 'step-tier3', ...base, step: 'resize-volume-1', title: 'Resize the volume' },
  'step-done': { type: 'step-done', ...base, step: 'check-dashboard' },
  note: { type: 'note', ...base, step: 'check-node', text: 'Node was cordoned by someone else' },
  confirmation: { type: 'confirmation', ...base, step: 'restart-pods-1', typed: 'payments', dryRun: 'deployment.apps/api restarted (server dry run)' },
  approval: { type: 'approval', ...base, step: 'restart-pods-1', approver: 'bob', reason: 'customer impact' },
  'causes-suggested': { type: 'causes-suggested', ...base, suggested: ['log-flood'], evidence: [{ cause: 'log-flood', step: 'check-node', lineNumber: 12 }] },
  'cause-chosen': { type: 'cause-chosen', ...base, cause: 'log-flood', suggested: ['log-flood'] },
  escalated: { type: 'escalated', ...base, criteria: ['More than 3 nodes affected'], reason: 'the customer asked for Tier 3', contact: '#team-storage' },
  collected: { type: 'collected', ...base, command: 'kubectl get events -A', outputFile: 'collected/01.txt', exitCode: 1 },
  'secrets-learned': { type: 'secrets-learned', ...base, step: 'db-password', values: ['an-example-value'] },
  'session-paused': { type: 'session-paused', ...base },
  'session-resumed': { type: 'session-resumed', ...base, operator: 'bob', host: 'ops-desktop', mode: 'unattended', runbookChanged: true, sha256: 'b'.repeat(64), plan: PLAN },
  'session-ended': { type: 'session-ended', ...base, outcome: 'escalated' },
} satisfies SampleOf;
const MINIMAL: SessionEvent[] = [
  {
    ...FULL['session-started'],
    kube: { context: null },
    options: { readOnly: true, yes: false },
  } satisfies SessionEvent,
  { type: 'variables-set', ...base, values: {}, sources: {} },
  { type: 'symptoms-confirmed', ...base, seen: [] },
  { ...FULL['step-finished'], status: 'interrupted', exitCode: null, signal: 'SIGKILL', outputFile: null, truncated: true },
  { type: 'note', ...base, text: 'Paged the storage team' },
  { type: 'confirmation', ...base, step: 'restart-pods-1', typed: 'payments' },
  { type: 'cause-chosen', ...base, cause: 'log-flood', suggested: [] },
  { type: 'escalated', ...base, criteria: [] },
  { type: 'causes-suggested', ...base, suggested: [], evidence: [] },
  { type: 'session-resumed', ...base, operator: 'bob', host: 'ops-desktop', mode: 'interactive', runbookChanged: false },
];

describe('the session schema', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/session.schema.json'), 'utf8')) as {
    oneOf: { $ref: string }[];
    $defs: Record<string, { properties?: Record<string, { const?: string }>; required?: string[] }>;
  };
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  const validate = ajv.compile(schema);

  test('has one definition per event type, the same types as SessionEvent', () => {
    const types = schema.oneOf.map((ref) => schema.$defs[ref.$ref.replace('#/$defs/', '')]?.properties?.type?.const);
    expect(types.toSorted()).toEqual([...SESSION_EVENT_TYPES].sort());
  });

  test.each(Object.values(FULL))('accepts a full `$type` event, and names the same fields as the type', (event) => {
    expect(validate(event), JSON.stringify(validate.errors)).toBe(true);
    const ref = schema.oneOf.find((r) => schema.$defs[r.$ref.replace('#/$defs/', '')]?.properties?.type?.const === event.type);
    const def = schema.$defs[ref?.$ref.replace('#/$defs/', '') ?? ''];
    expect(Object.keys(def?.properties ?? {}).sort()).toEqual(Object.keys(event).sort());
  });

  test.each(MINIMAL)('accepts a `$type` event without its optional fields', (event) => {
    expect(validate(event), JSON.stringify(validate.errors)).toBe(true);
  });

  test('rejects unknown fields, wrong values and missing fields', () => {
    expect(validate({ ...FULL.note, colour: 'red' })).toBe(false);
    expect(validate({ ...FULL['step-finished'], status: 'skipped' })).toBe(false);
    expect(validate({ ...FULL['step-started'], attempt: 0 })).toBe(false);
    expect(validate({ ...FULL['step-started'], step: '../etc' })).toBe(false);
    expect(validate({ ...FULL['session-ended'], at: '2026-11-22 15:30:12' })).toBe(false);
    expect(validate({ ...FULL['variables-set'], sources: { node: 'guess' } })).toBe(false);
    const { reason: _reason, ...noReason } = FULL.approval;
    expect(validate(noReason)).toBe(false);
  });

  test('every event a journal writes is valid', () => {
    const home = tempHome();
    const journal = Journal.create(home, 'schema-check');
    for (const event of Object.values(FULL)) {
      const { seq: _seq, at: _at, ...fields } = event;
      journal.append(fields as NewSessionEvent);
    }
    journal.close();
    const { events } = readJournal(journalPath(home, 'schema-check'));
    expect(events).toHaveLength(SESSION_EVENT_TYPES.length);
    for (const event of events) expect(validate(event), JSON.stringify(validate.errors)).toBe(true);
  });

  // vitest strips types without checking them, so the samples above are checked here with the project's settings.
  test('the samples type-check against SessionEvent', { timeout: 60_000 }, () => {
    const flags = ['--ignoreConfig', '--noEmit', '--strict', '--noUncheckedIndexedAccess', '--skipLibCheck', '--resolveJsonModule', '--target', 'es2023'];
    const run = spawnSync(
      process.execPath,
      ['node_modules/typescript/bin/tsc', ...flags, '--module', 'nodenext', '--moduleResolution', 'nodenext', '--types', 'node', 'test/session/journal.test.ts'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('Journal', () => {
  let savedUmask: number | undefined;
  afterEach(() => {
    if (savedUmask !== undefined) process.umask(savedUmask);
    savedUmask = undefined;
  });

  test.each([
    ['the usual umask', 0o022],
    ['a permissive umask', 0o000],
  ])('creates the session folder 0700 and the journal 0600 under %s', (_name, umask) => {
    savedUmask = process.umask(umask);
    const home = join(tempHome(), 'state', 'runbook');
    const journal = Journal.create(home, 's1');
    journal.append(note('hello'));
    journal.close();
    expect(mode(home)).toBe(0o700);
    expect(mode(join(home, 'sessions'))).toBe(0o700);
    expect(mode(sessionDir(home, 's1'))).toBe(0o700);
    expect(mode(journalPath(home, 's1'))).toBe(0o600);
    const fd = openOutputFile(sessionDir(home, 's1'), stepOutputFile(1, 'check-node', 1));
    writeSync(fd, 'output\n');
    closeSync(fd);
    expect(mode(join(sessionDir(home, 's1'), 'steps'))).toBe(0o700);
    expect(mode(join(sessionDir(home, 's1'), 'steps/01-check-node-1.txt'))).toBe(0o600);
  });

  test('refuses to create a session that exists, or an id that is not a plain name', () => {
    const home = tempHome();
    Journal.create(home, 's1').close();
    expect(() => Journal.create(home, 's1')).toThrow(/EEXIST/);
    expect(() => Journal.create(home, '../escape')).toThrow(/session id/);
  });

  test('appends events in order, one line each, with seq and at filled in', () => {
    const home = tempHome();
    const journal = Journal.create(home, 's1', { now: fixedClock });
    const first = journal.append(note('one'));
    const second = journal.append({ type: 'step-skipped', step: 'check-node', reason: 'not needed' });
    expect(first).toEqual({ type: 'note', seq: 1, at: AT, text: 'one' });
    expect(second.seq).toBe(2);
    // Each acknowledged event is already in the file, before close.
    const text = readFileSync(journalPath(home, 's1'), 'utf8');
    expect(text.split('\n')).toEqual([JSON.stringify(first), JSON.stringify(second), '']);
    journal.close();
    expect(() => journal.append(note('late'))).toThrow(/closed/);
  });

  test("a 'soon' event is in the file when append returns, and closing waits for no one and loses nothing", async () => {
    const home = tempHome();
    const journal = Journal.create(home, 's1', { now: fixedClock });
    const first = journal.append(note('one'), 'soon');
    // In the file at once: a crash of the process loses nothing; only the flush to disk runs in the background.
    expect(readFileSync(journalPath(home, 's1'), 'utf8')).toBe(`${JSON.stringify(first)}\n`);
    const second = journal.append(note('two'), 'soon');
    const third = journal.append(note('three'));
    journal.append(note('four'), 'soon');
    // Closed while a background flush may still be running: the descriptor is closed after it, once.
    journal.close();
    expect(() => journal.append(note('late'), 'soon')).toThrow(/closed/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const read = readJournal(journalPath(home, 's1'));
    expect(read).toEqual({ events: read.events, tornTail: false, errors: [] });
    expect(read.events.slice(0, 3)).toEqual([first, second, third]);
    expect(read.events.map((e) => (e.type === 'note' ? e.text : e.type))).toEqual(['one', 'two', 'three', 'four']);
    const reopened = Journal.open(home, 's1');
    expect(reopened.append(note('five'), 'soon').seq).toBe(5);
    reopened.close();
  });

  test('seq carries on after reopening', () => {
    const home = tempHome();
    const journal = Journal.create(home, 's1');
    journal.append(note('one'));
    journal.append(note('two'));
    journal.close();
    const reopened = Journal.open(home, 's1');
    expect(reopened.recovered.events.map((e) => e.seq)).toEqual([1, 2]);
    expect(reopened.seq).toBe(3);
    expect(reopened.append(note('three')).seq).toBe(3);
    reopened.close();
    const read = readJournal(journalPath(home, 's1'));
    expect(read).toEqual({ events: read.events, tornTail: false, errors: [] });
    expect(read.events.map((e) => (e.type === 'note' ? e.text : e.type))).toEqual(['one', 'two', 'three']);
  });

  test.each([
    ['half a line without a newline', '{"type":"note","seq":3,"at":"2026-'],
    ['a last line that is not JSON', '{"type":"note","se\n'],
  ])('tolerates a torn last line (%s) and cuts it off when reopened', (_name, torn) => {
    const home = tempHome();
    const journal = Journal.create(home, 's1');
    journal.append(note('one'));
    journal.append(note('two'));
    journal.close();
    appendFileSync(journalPath(home, 's1'), torn);

    const read = readJournal(journalPath(home, 's1'));
    expect(read.tornTail).toBe(true);
    expect(read.errors).toEqual([]);
    expect(read.events.map((e) => e.seq)).toEqual([1, 2]);

    const reopened = Journal.open(home, 's1');
    expect(reopened.recovered.tornTail).toBe(true);
    expect(reopened.append(note('three')).seq).toBe(3);
    reopened.close();
    const after = readJournal(journalPath(home, 's1'));
    expect(after).toEqual({ events: after.events, tornTail: false, errors: [] });
    expect(after.events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(mode(journalPath(home, 's1'))).toBe(0o600);
  });

  test('reports a corrupt line in the middle with its line number and reads on', () => {
    const home = tempHome();
    const path = journalPath(home, 's1');
    const journal = Journal.create(home, 's1');
    journal.append(note('one'));
    appendFileSync(path, 'garbage\n["an array"]\n{"type":"launch","seq":9,"at":"x"}\n');
    journal.append(note('two'));
    journal.close();
    const read = readJournal(path);
    expect(read.tornTail).toBe(false);
    expect(read.events.map((e) => e.seq)).toEqual([1, 2]);
    expect(read.errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(read.errors[0]?.message).toMatch(/^Unexpected text, expected a JSON event/);
    expect(read.errors[2]?.message).toBe('Unexpected event type "launch"');
  });

  test('reports a seq that goes backwards, and never throws on odd bytes', () => {
    const line = (seq: number): string => `${JSON.stringify({ type: 'note', seq, at: AT, text: 'x' })}\n`;
    const parsed = parseJournal(Buffer.from(line(1) + line(2) + line(2) + '\n' + line(3)));
    expect(parsed.errors).toEqual([{ line: 3, message: 'Unexpected seq 2, expected more than 2' }]);
    expect(parsed.events).toHaveLength(4);
    expect(parseJournal(Buffer.from([0xff, 0xfe, 0x0a, 0x00]))).toMatchObject({ events: [], tornTail: true, cleanLength: 3 });
    expect(parseJournal(Buffer.alloc(0))).toEqual({ events: [], tornTail: false, errors: [], cleanLength: 0 });
  });

  test('names step outputs by position, step and attempt', () => {
    expect(stepOutputFile(3, 'check-node', 2)).toBe('steps/03-check-node-2.txt');
    expect(stepOutputFile(112, 'a', 1)).toBe('steps/112-a-1.txt');
    expect(() => stepOutputFile(1, '../x', 1)).toThrow(/kebab-case/);
    expect(() => stepOutputFile(0, 'a', 1)).toThrow(RangeError);
  });
});

describe('a crash', () => {
  let bundleDir: string;
  beforeAll(async () => {
    bundleDir = tempHome();
    await build({
      entryPoints: [join(ROOT, 'src/session/journal.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      outfile: join(bundleDir, 'journal.mjs'),
      logLevel: 'silent',
    });
    writeFileSync(
      join(bundleDir, 'child.mjs'),
      [
        "import { Journal } from './journal.mjs';",
        'const [home, id, flush] = process.argv.slice(2);',
        'const journal = Journal.create(home, id);',
        "const padding = 'x'.repeat(300);",
        // stdout is a pipe, written synchronously on Linux: a printed seq is an acknowledged append.
        // `mixed`: every other event is flushed in the background, as a read-only step's start is.
        "const flushOf = (i) => (flush === 'mixed' && i % 2 === 0 ? 'soon' : 'now');",
        "for (let i = 1; ; i++) process.stdout.write(`${journal.append({ type: 'note', text: `event ${i} ${padding}` }, flushOf(i)).seq}\\n`);",
      ].join('\n'),
    );
  });

  test.each([
    ['every event flushed before append returns', 'now'],
    ["every other event flushed in the background ('soon')", 'mixed'],
  ])('SIGKILL mid-way loses no acknowledged event, and the journal carries on: %s', async (_name, flush) => {
    const home = tempHome();
    const child = spawn(process.execPath, [join(bundleDir, 'child.mjs'), home, 'crash', flush], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.split('\n').length > 300) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => resolve());
    });
    expect(await exited, stderr).toBe('SIGKILL');

    const acknowledged = stdout
      .split('\n')
      .filter((line) => /^\d+$/.test(line))
      .map(Number);
    const last = acknowledged.at(-1) ?? 0;
    expect(last).toBeGreaterThanOrEqual(300);
    const read = readJournal(journalPath(home, 'crash'));
    expect(read.errors).toEqual([]);
    const seqs = read.events.map((e) => e.seq);
    expect(seqs.length).toBeGreaterThanOrEqual(last);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    for (const event of read.events) expect(event.type === 'note' && event.text.startsWith(`event ${event.seq} `)).toBe(true);

    const reopened = Journal.open(home, 'crash');
    expect(reopened.append(note('after the crash')).seq).toBe(seqs.length + 1);
    reopened.close();
    const after = readJournal(journalPath(home, 'crash'));
    expect(after.tornTail).toBe(false);
    expect(after.errors).toEqual([]);
    expect(after.events.at(-1)).toMatchObject({ type: 'note', text: 'after the crash' });
  });
});
