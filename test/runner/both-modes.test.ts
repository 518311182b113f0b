/**
 * One runbook walked twice: by an operator answering every prompt as `--yes` would decide, and unattended
 * with `--confirm-mutating`. The two journals must tell the same story event for event, and the two bundles
 * must carry the same files with the same outputs: the mode changes who decides, never what is recorded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, test } from 'vitest';
import { buildBundle } from '../../src/bundle/create-bundle.js';
import { parseRunbook } from '../../src/runbook/parse.js';
import { runInteractive } from '../../src/runner/interactive.js';
import { runUnattended } from '../../src/runner/unattended.js';
import type { SessionEvent } from '../../src/session/events.js';
import { readJournal } from '../../src/session/journal.js';
import { replay } from '../../src/session/state.js';
import { pick, scriptedPrompter, sel, type } from '../helpers/scripted-prompts.js';

const root = mkdtempSync(join(tmpdir(), 'runbook-both-modes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const text = `---
id: both-modes
title: Both modes
summary: Walked once by a person and once unattended.
severity: medium
owner: test
symptoms: [Pages are slow]
variables:
  namespace: { description: Namespace, type: k8s-name }
  marker: { description: A file the change touches }
diagnosis:
  - id: list
    title: List the pods
    run: printf 'NAME READY\\nweb-abc 0/1\\n'
    capture: { pod: "^(web-\\\\S+)" }
  - id: describe
    title: Describe the pod
    run: echo Reason OOMKilled for {{pod}} in {{namespace}}
  - id: dashboard
    title: Read the dashboard
resolution:
  - cause: slow-disk
    title: A slow disk
    evidence: { step: describe, matches: IOWait }
    steps: [{ title: Check the disk, run: echo disk }]
  - cause: oom
    title: Out of memory
    evidence: { step: describe, matches: OOMKilled }
    steps:
      - title: Mark the change
        run: touch {{marker}}
      - title: Check it
        run: ls {{marker}}
      - title: Raise the limit
        tier: 3
escalation:
  after: 30m
  when: [It persists]
---
# Both modes
`;

const runbook = parseRunbook('both-modes.md', text).data as Record<string, unknown>;
const common = (home: string, marker: string) => ({
  runbook,
  runbookPath: 'runbooks/both-modes.md',
  runbookText: text,
  home,
  vars: { namespace: 'shop', marker },
  readOnly: false,
  maxOutputBytes: 1 << 20,
  kube: { name: 'test', namespace: 'default' },
  env: { KUBECONFIG: join(root, 'none') },
  operator: 'tester',
  host: 'test-host',
  version: '0.0.0-test',
});

// What must not differ: everything but the clock, the session id, who decided, and what only a person can say.
function story(events: readonly SessionEvent[]): unknown[] {
  return events
    .filter((e) => e.type !== 'symptoms-confirmed' && e.type !== 'step-done' && e.type !== 'step-skipped')
    .map((event) => {
      const { seq: _seq, at: _at, ...rest } = event as SessionEvent & Record<string, unknown>;
      if (event.type === 'session-started') return { type: event.type, runbook: event.runbook, plan: event.plan };
      if (event.type === 'step-finished') return { ...rest, durationMs: 0 };
      if (event.type === 'confirmation') return { type: event.type, step: event.step };
      if (event.type === 'variables-set') return { type: event.type, values: { ...event.values, marker: 'm' } };
      return rest;
    });
}

describe('the same runbook walked interactively and unattended', () => {
  test('records the same journal and bundles the same files', { timeout: 60_000 }, async () => {
    const interactiveHome = join(root, 'interactive');
    const unattendedHome = join(root, 'unattended');

    // Every answer is the one `--yes --confirm-mutating` would give: run each command, take the suggested cause,
    // confirm the change; the manual check is the one thing only a person does.
    const prompter = scriptedPrompter([
      pick('Which symptoms', ['Pages are slow']),
      sel('List the pods', 'run'),
      sel('List the pods', 'next'),
      sel('Describe the pod', 'run'),
      sel('Describe the pod', 'next'),
      sel('Read the dashboard', 'skip'),
      type('Why skip', 'a manual check: nobody is there to do it in an unattended walk'),
      sel('Which cause', 'oom'),
      sel('Mark the change', 'run'),
      type('Type mark-the-change', 'mark-the-change'),
      sel('Mark the change', 'next'),
      sel('Check it', 'run'),
      sel('Check it', 'next'),
      sel('Raise the limit', 'next'),
    ]);
    const output = new PassThrough();
    output.resume();
    const walked = await runInteractive({ ...common(interactiveHome, join(root, 'marker-1')), prompter, output, onInterrupt: () => () => undefined });
    const unattended = await runUnattended({ ...common(unattendedHome, join(root, 'marker-2')), confirmChanges: '--confirm-mutating' });

    expect(walked.outcome).toBe('resolved');
    expect(unattended.outcome).toBe('resolved');
    const strip = (r: typeof walked) => r.steps.map((s) => ({ ...s, durationMs: 0, command: s.command?.replace(/marker-\d/, 'marker') ?? null }));
    expect(strip(walked)).toEqual(strip(unattended));

    const journalOf = (home: string, id: string): SessionEvent[] => readJournal(join(home, 'sessions', id, 'journal.jsonl')).events;
    const interactiveEvents = journalOf(interactiveHome, walked.session);
    const unattendedEvents = journalOf(unattendedHome, unattended.session);
    const normalise = (events: SessionEvent[]) => JSON.parse(JSON.stringify(story(events)).replace(/marker-\d/g, 'marker')) as unknown[];
    expect(normalise(interactiveEvents)).toEqual(normalise(unattendedEvents));
    // The manual check is the one difference, and both journals record it as skipped with the same reason.
    const skipped = (events: SessionEvent[]) => events.filter((e) => e.type === 'step-skipped').map((e) => (e.type === 'step-skipped' ? [e.step, e.reason] : []));
    expect(skipped(interactiveEvents)).toEqual(skipped(unattendedEvents));
    // The live state both drivers read is the state a replay of their journal gives.
    expect(replay(interactiveEvents).steps.map((s) => [s.id, s.status, s.position])).toEqual(replay(unattendedEvents).steps.map((s) => [s.id, s.status, s.position]));

    const bundleOf = (home: string, sessionId: string) =>
      buildBundle({ home, sessionId, cwd: root, toolVersion: '0.0.0-test', redaction: { enabled: true, values: [], patterns: [], env: { KUBECONFIG: join(root, 'none') }, homeDir: root } });
    const [a, b] = [await bundleOf(interactiveHome, walked.session), await bundleOf(unattendedHome, unattended.session)];
    expect(a.files.map((f) => f.path)).toEqual(b.files.map((f) => f.path));
    const outputs = (bundle: typeof a) => bundle.files.filter((f) => f.path.startsWith('steps/')).map((f) => [f.path, f.content.toString('utf8').replace(/marker-\d/g, 'marker')]);
    expect(outputs(a)).toEqual(outputs(b));
    expect(outputs(a).map(([path]) => path)).toEqual(['steps/01-list.txt', 'steps/02-describe.txt', 'steps/04-mark-the-change.txt', 'steps/05-check-it.txt']);
  });
});
