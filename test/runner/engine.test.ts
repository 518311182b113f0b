/**
 * The walk engine decides without a shell: each row is a plan, a state built from journal events, a policy,
 * and the action the engine must answer with.
 */
import { describe, expect, test } from 'vitest';
import { back, forward, next, startAt, stepChoices, type Action, type Cursor, type Policy } from '../../src/runner/engine.js';
import type { NewSessionEvent, Plan, PlannedStep, SessionEvent } from '../../src/session/events.js';
import { replay } from '../../src/session/state.js';

const step = (id: string, phase: PlannedStep['phase'], position: number, extra: Partial<PlannedStep> = {}): PlannedStep => ({
  id,
  phase,
  title: id,
  position,
  kind: 'read-only',
  template: `echo ${id}`,
  timeoutMs: 60_000,
  sensitive: false,
  ...extra,
});

const PLAN: Plan = {
  diagnosis: [step('list', 'diagnosis', 1), step('look', 'diagnosis', 2, { kind: 'manual', template: undefined }), step('describe', 'diagnosis', 3, { template: 'echo {{pod}}' })],
  branches: [
    {
      cause: 'oom',
      title: 'Out of memory',
      evidence: { step: 'describe', matches: 'OOMKilled' },
      steps: [step('scale', 'resolution', 4, { kind: 'mutating', template: 'kubectl scale deploy/web --replicas=3', reason: 'scales', cause: 'oom' }), step('verify', 'resolution', 5, { cause: 'oom' }), step('limit', 'resolution', 6, { kind: 'tier3', cause: 'oom' })],
    },
    { cause: 'other', title: 'Something else', steps: [step('approve', 'resolution', 4, { kind: 'mutating', approval: 'the owner', cause: 'other' })] },
  ],
  symptoms: ['Pods restart'],
  collect: ['echo collect'],
};

let seq = 0;
const at = '2026-12-02T10:00:00.000Z';
function stateOf(...events: NewSessionEvent[]): ReturnType<typeof replay> {
  seq = 0;
  const start: NewSessionEvent = {
    type: 'session-started',
    sessionId: 's1',
    runbook: { id: 'web', path: 'web.md', sha256: '0'.repeat(64), title: 'Web' },
    operator: 'o',
    host: 'h',
    kube: { context: null },
    version: '0',
    options: { readOnly: false, yes: true },
    plan: PLAN,
  };
  return replay([start, ...events].map((e) => ({ ...e, seq: ++seq, at }) as SessionEvent));
}
const finished = (id: string, status: 'ok' | 'failed' | 'cancelled' = 'ok', attempt = 1): NewSessionEvent[] => [
  { type: 'step-started', step: id, phase: 'diagnosis', title: id, command: `echo ${id}`, attempt, position: 1 },
  { type: 'step-finished', step: id, attempt, status, exitCode: status === 'ok' ? 0 : 1, signal: null, durationMs: 1, outputFile: null, bytes: 0, truncated: false },
];
const unattended = (extra: Partial<Policy> = {}): Policy => ({ mode: 'unattended', readOnly: false, since: 1, ...extra });
const interactive = (extra: Partial<Policy> = {}): Policy => ({ mode: 'interactive', readOnly: false, since: 1, ...extra });
const kind = (action: Action): string => (action.type === 'record' ? `record ${action.event.type}` : action.type);

describe('unattended: the first step this walk has not decided', () => {
  const rows: [string, NewSessionEvent[], Partial<Policy>, string, Record<string, unknown>?][] = [
    ['runs the first diagnosis step', [], {}, 'run', { command: 'echo list', attempt: 1 }],
    ['skips a manual check', finished('list'), {}, 'record step-skipped', { event: expect.objectContaining({ step: 'look' }) }],
    ['skips a step whose value nothing captured', [...finished('list'), { type: 'step-skipped', step: 'look', reason: 'manual' }], {}, 'record step-skipped', { event: expect.objectContaining({ step: 'describe', reason: expect.stringContaining('{{pod}}') }) }],
    ['judges the evidence once the diagnosis is done', [...finished('list'), { type: 'step-done', step: 'look' }, ...finished('describe')], {}, 'suggest-causes'],
    ['takes the one suggested cause', [...finished('list'), { type: 'step-done', step: 'look' }, ...finished('describe'), { type: 'causes-suggested', suggested: ['oom'], evidence: [] }], {}, 'record cause-chosen', { event: expect.objectContaining({ cause: 'oom', suggested: ['oom'] }) }],
    ['ends unresolved, collecting, when nothing is suggested', [...finished('list'), { type: 'step-done', step: 'look' }, ...finished('describe'), { type: 'causes-suggested', suggested: [], evidence: [] }], {}, 'end', { outcome: 'abandoned', collect: ['echo collect'], note: expect.stringContaining("no branch's evidence matched") }],
    ['the policy cause wins over the evidence', [...finished('list'), { type: 'step-done', step: 'look' }, ...finished('describe'), { type: 'causes-suggested', suggested: ['oom'], evidence: [] }], { cause: 'other' }, 'record cause-chosen', { event: expect.objectContaining({ cause: 'other' }) }],
    ['a change waits for a person', [{ type: 'cause-chosen', cause: 'oom', suggested: [] }, ...finished('list'), { type: 'step-done', step: 'look' }, ...finished('describe')], {}, 'record step-needs-confirmation'],
    ['a change runs with what confirmed it', [{ type: 'cause-chosen', cause: 'oom', suggested: [] }, ...finished('list'), { type: 'step-done', step: 'look' }, ...finished('describe')], { confirmChanges: 'the flag' }, 'run', { confirmedBy: 'the flag' }],
    ['a read-only walk refuses a change', [{ type: 'cause-chosen', cause: 'oom', suggested: [] }, ...finished('list'), { type: 'step-done', step: 'look' }, ...finished('describe')], { readOnly: true, confirmChanges: 'x' }, 'record step-refused'],
    ['nobody can approve', [{ type: 'cause-chosen', cause: 'other', suggested: [] }, ...finished('list'), { type: 'step-done', step: 'look' }, ...finished('describe')], { confirmChanges: 'x' }, 'record step-refused', { event: expect.objectContaining({ reason: expect.stringContaining('approval (the owner)') }) }],
    ['in a test, a step after a refused change is skipped', [{ type: 'cause-chosen', cause: 'oom', suggested: [] }, ...finished('list'), { type: 'step-done', step: 'look' }, ...finished('describe'), { type: 'step-refused', step: 'scale', reason: 'x' }], { testing: true }, 'record step-skipped', { event: expect.objectContaining({ step: 'verify', reason: expect.stringContaining('`scale`') }) }],
    ['records a Tier 3 step', [{ type: 'cause-chosen', cause: 'oom', suggested: [] }, ...finished('list'), { type: 'step-done', step: 'look' }, ...finished('describe'), { type: 'step-refused', step: 'scale', reason: 'x' }, ...finished('verify')], {}, 'record step-tier3'],
    ['ends abandoned when a change did not go through', [{ type: 'cause-chosen', cause: 'oom', suggested: [] }, ...finished('list'), { type: 'step-done', step: 'look' }, ...finished('describe'), { type: 'step-refused', step: 'scale', reason: 'x' }, ...finished('verify'), { type: 'step-tier3', step: 'limit', title: 'limit' }], {}, 'end', { outcome: 'abandoned' }],
    ['ends resolved when every step went through', [{ type: 'cause-chosen', cause: 'oom', suggested: [] }, ...finished('list'), { type: 'step-done', step: 'look' }, ...finished('describe'), ...finished('scale'), ...finished('verify'), { type: 'step-tier3', step: 'limit', title: 'limit' }], {}, 'end', { outcome: 'resolved', collect: [] }],
    ['a command cancelled in this walk stops it', finished('list', 'cancelled'), {}, 'stop'],
  ];
  test.each(rows)('%s', (_name, events, policy, expected, fields) => {
    const action = next(PLAN, { session: stateOf(...events), at: { phase: 'diagnosis', index: 0 } }, unattended(policy));
    expect(kind(action)).toBe(expected);
    if (fields) expect(action).toMatchObject(fields);
  });

  test('a resumed walk reruns what was interrupted or cancelled before it, as the next attempt, and keeps what settled', () => {
    const events: NewSessionEvent[] = [...finished('list', 'cancelled'), { type: 'step-started', step: 'look', phase: 'diagnosis', title: 'look', command: 'x', attempt: 1, position: 2 }];
    const session = stateOf(...events);
    const action = next(PLAN, { session, at: { phase: 'diagnosis', index: 0 } }, unattended({ since: session.lastSeq + 1 }));
    expect(action).toMatchObject({ type: 'run', step: { id: 'list' }, attempt: 2 });
    const settled = stateOf(...finished('list', 'failed'));
    expect(next(PLAN, { session: settled, at: { phase: 'diagnosis', index: 0 } }, unattended({ since: settled.lastSeq + 1 }))).toMatchObject({ type: 'record', event: { step: 'look' } });
  });

  test('an ended session has nothing next', () => {
    expect(next(PLAN, { session: stateOf({ type: 'session-ended', outcome: 'resolved' }), at: { phase: 'diagnosis', index: 0 } }, unattended())).toEqual({ type: 'stop' });
  });
});

describe('interactive: what the cursor points at', () => {
  const symptomsSeen: NewSessionEvent = { type: 'symptoms-confirmed', seen: [] };
  const rows: [string, NewSessionEvent[], Cursor, Partial<Policy>, string, Record<string, unknown>?][] = [
    ['asks the symptoms first', [], { phase: 'diagnosis', index: 0 }, {}, 'ask-symptoms', { symptoms: ['Pods restart'] }],
    ['offers a step not run yet', [symptomsSeen], { phase: 'diagnosis', index: 0 }, {}, 'offer-step', { choices: ['run', 'skip', 'note', 'escalate', 'quit'], command: 'echo list' }],
    ['a step lacking a value offers to set it, and Back after the first step', [symptomsSeen, ...finished('describe')], { phase: 'diagnosis', index: 2 }, {}, 'offer-step', { choices: ['set', 'skip', 'note', 'back', 'escalate', 'quit'], missing: 'pod' }],
    ['a manual check is Done or Skip', [symptomsSeen], { phase: 'diagnosis', index: 1 }, {}, 'offer-step', { choices: ['done', 'skip', 'note', 'back', 'escalate', 'quit'] }],
    ['past the diagnosis, the evidence is judged', [symptomsSeen, ...finished('describe')], { phase: 'cause' }, {}, 'suggest-causes'],
    ['then the causes are offered', [symptomsSeen, ...finished('describe'), { type: 'causes-suggested', suggested: ['oom'], evidence: [] }], { phase: 'cause' }, {}, 'choose-cause', { suggested: ['oom'], current: null, canGoBack: true }],
    ['a read-only walk records a change as refused when it is shown', [symptomsSeen, { type: 'cause-chosen', cause: 'oom', suggested: [] }], { phase: 'resolution', index: 0 }, { readOnly: true }, 'record step-refused'],
    ['then offers only to go on', [symptomsSeen, { type: 'cause-chosen', cause: 'oom', suggested: [] }, { type: 'step-refused', step: 'scale', reason: 'x' }], { phase: 'resolution', index: 0 }, { readOnly: true }, 'offer-step', { choices: ['next', 'note', 'back', 'escalate', 'quit'], firstOfBranch: true }],
    ['the end of a branch with a step not through asks how it ends', [symptomsSeen, { type: 'cause-chosen', cause: 'oom', suggested: [] }, ...finished('scale', 'failed')], { phase: 'resolution', index: 3 }, {}, 'ask-ending', { unfinished: [{ id: 'scale', status: 'failed' }, { id: 'verify', status: 'not done' }, { id: 'limit', status: 'not done' }] }],
    ['escalating asks why, then ends collecting', [symptomsSeen], { phase: 'escalate' }, {}, 'escalate'],
    ['after the escalation, the end', [symptomsSeen, { type: 'escalated', criteria: ['x'] }], { phase: 'escalate' }, {}, 'end', { outcome: 'escalated', collect: ['echo collect'] }],
  ];
  test.each(rows)('%s', (_name, events, cursor, policy, expected, fields) => {
    const action = next(PLAN, { session: stateOf(...events), at: cursor }, interactive(policy), false);
    expect(kind(action)).toBe(expected);
    if (fields) expect(action).toMatchObject(fields);
  });

  test('Back crosses from the first step of a branch to the choice of cause, and from there into the diagnosis', () => {
    let cursor: Cursor = { phase: 'resolution', index: 1 };
    cursor = back(PLAN, cursor);
    expect(cursor).toEqual({ phase: 'resolution', index: 0 });
    cursor = back(PLAN, cursor);
    expect(cursor).toEqual({ phase: 'cause' });
    cursor = back(PLAN, cursor);
    expect(cursor).toEqual({ phase: 'diagnosis', index: 2 });
    expect(forward(PLAN, cursor)).toEqual({ phase: 'cause' });
    expect(back(PLAN, { phase: 'diagnosis', index: 0 })).toEqual({ phase: 'diagnosis', index: 0 });
  });

  test('a walk picks up at the first step not settled', () => {
    expect(startAt(PLAN, stateOf())).toEqual({ phase: 'diagnosis', index: 0 });
    expect(startAt(PLAN, stateOf(...finished('list'), ...finished('look', 'cancelled')))).toEqual({ phase: 'diagnosis', index: 1 });
    const diagnosed = [...finished('list'), { type: 'step-done', step: 'look' } as NewSessionEvent, ...finished('describe')];
    expect(startAt(PLAN, stateOf(...diagnosed))).toEqual({ phase: 'cause' });
    expect(startAt(PLAN, stateOf(...diagnosed, { type: 'cause-chosen', cause: 'oom', suggested: [] }, ...finished('scale')))).toEqual({ phase: 'resolution', index: 1 });
  });

  test('the step menu follows what the step is and did', () => {
    const session = stateOf(...finished('list'));
    const options = { readOnly: false, canChangeValues: true, canGoBack: true };
    expect(stepChoices(PLAN.diagnosis[0]!, session, options)).toEqual(['next', 'rerun', 'note', 'change', 'back', 'escalate', 'quit']);
    expect(stepChoices(PLAN.branches[0]!.steps[2]!, session, options)).toEqual(['next', 'note', 'change', 'back', 'escalate', 'quit']);
    expect(stepChoices(PLAN.branches[0]!.steps[0]!, session, { ...options, readOnly: true })).toEqual(['next', 'note', 'change', 'back', 'escalate', 'quit']);
  });
});
