import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, test } from 'vitest';
import { CancelledError, UsageError } from '../../src/errors.js';
import { parseRunbook } from '../../src/runbook/parse.js';
import { BACK, runInteractive, NONE_FITS, TYPE_ANOTHER, type InteractiveOptions } from '../../src/runner/interactive.js';
import type { SessionEvent } from '../../src/session/events.js';
import { Journal, readJournal } from '../../src/session/journal.js';
import { inquirerPrompter } from '../../src/runner/prompts.js';
import { header } from '../../src/runner/screen.js';
import { replay } from '../../src/session/state.js';
import { ctrlC, pick, scriptedPrompter, sel, type, yes, type ScriptEntry } from '../helpers/scripted-prompts.js';
import { closedPortKubeconfig } from '../helpers/kubeconfig.js';

const root = mkdtempSync(join(tmpdir(), 'runbook-interactive-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// The real kubectl, pointed at a closed local port: no cluster is faked, and the failure is real.
const kubeconfig = closedPortKubeconfig(root);

const text = `---
id: web-drill
title: Web drill
summary: Exercises the interactive walk.
severity: high
owner: test
contexts: [staging-*]
symptoms: [Pages fail, Pods restart]
variables:
  namespace: { description: Namespace, default: shop, type: k8s-name }
  deployment: { description: Deployment, type: k8s-name, choices_from: "printf 'NAME\\\\ndeployment.apps/web\\\\ndeployment.apps/api\\\\n'" }
  message: { description: Free text }
  pod: { description: Pod, type: k8s-name }
diagnosis:
  - id: list
    title: List pods
    run: printf 'NAME READY\\nweb-abc 0/1\\n'
    capture: { pod: "^(web-\\\\S+)" }
  - id: describe
    title: Describe the pod
    run: echo Reason OOMKilled for {{pod}} {{message}}
    expect: OOMKilled
  - id: cluster
    title: Ask the cluster
    run: kubectl get pods -n {{namespace}} --request-timeout=5s
    timeout: 20s
resolution:
  - cause: other
    title: Something else
    steps: [{ title: Look around, run: echo look }]
  - cause: oom
    title: Out of memory
    evidence: { step: describe, matches: OOMKilled }
    steps:
      - title: Scale the deployment
        run: kubectl scale deployment/{{deployment}} --replicas=3 -n {{namespace}} --request-timeout=5s
        approval: the service owner
      - title: Raise the limit
        tier: 3
escalation:
  after: 30m
  when: [It persists, Data loss]
  contact: "#oncall"
  collect: ["echo collected {{namespace}}", "printf 'two\\\\n'"]
---
# Web drill
`;

let homes = 0;
interface Harness {
  options: InteractiveOptions;
  prompter: ReturnType<typeof scriptedPrompter>;
  screen: () => string;
  home: string;
}

function harness(script: ScriptEntry[], overrides: Partial<InteractiveOptions> = {}, runbookText = text): Harness {
  const prompter = scriptedPrompter(script);
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const home = join(root, `home-${++homes}`);
  const options: InteractiveOptions = {
    runbook: parseRunbook('web-drill.md', runbookText).data as Record<string, unknown>,
    runbookPath: 'runbooks/web-drill.md',
    runbookText,
    home,
    vars: { message: 'hi', deployment: 'web' },
    readOnly: false,
    maxOutputBytes: 1024 * 1024,
    kube: { name: 'closed', namespace: 'default' },
    env: { KUBECONFIG: kubeconfig },
    operator: 'tester',
    host: 'test-host',
    version: '0.0.0-test',
    prompter,
    output,
    onInterrupt: () => () => undefined,
    ...overrides,
  };
  return { options, prompter, screen: () => Buffer.concat(chunks).toString('utf8'), home };
}

function eventsOf(home: string, session: string): SessionEvent[] {
  const journal = readJournal(join(home, 'sessions', session, 'journal.jsonl'));
  expect(journal.errors).toEqual([]);
  return journal.events;
}

const symptoms = pick('symptoms', ['Pages fail']);
const run = (title: string): ScriptEntry[] => [sel(title, 'run'), sel(title, 'next')];
// The namespace comes from the runbook's default: it is confirmed before the first command that uses it.
const diagnosis = [...run('List pods'), ...run('Describe the pod'), sel('Ask the cluster', 'run'), yes('namespace = shop (the runbook'), sel('Ask the cluster', 'next')];

describe('runInteractive', () => {
  test('a full walk to resolved: pick list from a real command, prompted values inserted literally, evidence first', { timeout: 60_000 }, async () => {
    const injected = join(root, 'injected');
    const value = `x; touch ${injected} && $(touch ${injected}) \`touch ${injected}\` 'single' "double"\nsecond line`;
    const h = harness(
      [
        symptoms,
        sel('deployment', 'web'),
        type('message', value),
        ...diagnosis,
        sel('Which cause', 'other'),
        ...run('Look around'),
      ],
      { vars: {} },
    );
    const report = await runInteractive(h.options);
    expect(report.outcome).toBe('resolved');
    expect(report.open).toBe(false);
    expect(report.cause).toBe('other');
    expect(report.steps.map((s) => [s.id, s.status])).toEqual([
      ['list', 'ok'],
      ['describe', 'ok'],
      ['cluster', 'failed'],
      ['look-around', 'ok'],
    ]);

    // The pick list offered the names the command printed, without their kind, plus the escape.
    const deploymentPrompt = h.prompter.asked.find((a) => a.message.startsWith('deployment'));
    expect(deploymentPrompt?.choices?.map((c) => c.value)).toEqual(['web', 'api', TYPE_ANOTHER]);

    // Evidence matched `oom`: listed first, marked and pre-selected; "None fits" last.
    const branches = h.prompter.asked.find((a) => a.message.startsWith('Which cause'));
    expect(branches?.choices?.map((c) => [c.value, c.name])).toEqual([
      ['oom', 'Out of memory (suggested)'],
      ['other', 'Something else'],
      [NONE_FITS, 'None fits — escalate'],
      [BACK, 'Back to the diagnosis'],
    ]);
    expect(branches?.default).toBe('oom');

    // The typed value is echoed back literally and ran nothing.
    const dir = join(h.home, 'sessions', report.session);
    const describeStep = report.steps[1]!;
    expect(readFileSync(join(dir, describeStep.outputFile!), 'utf8')).toBe(`Reason OOMKilled for web-abc ${value}\n`);
    expect(existsSync(injected)).toBe(false);
    expect(h.screen()).toContain(`Reason OOMKilled for web-abc ${value}\n`);

    // The real kubectl failed against the closed port, and that is recorded as data.
    const cluster = report.steps[2]!;
    expect(cluster.command).toBe('kubectl get pods -n shop --request-timeout=5s');
    expect(cluster.exitCode).toBe(1);
    expect(readFileSync(join(dir, cluster.outputFile!), 'utf8')).toMatch(/127\.0\.0\.1:1.*(refused|connect)/);

    const events = eventsOf(h.home, report.session);
    expect(events.find((e) => e.type === 'symptoms-confirmed')).toMatchObject({ seen: ['Pages fail'] });
    const prompted = events.filter((e) => e.type === 'variables-set' && Object.values(e.sources).includes('prompt'));
    expect(prompted.map((e) => (e.type === 'variables-set' ? e.values : {}))).toEqual([{ deployment: 'web' }, { message: value }]);
    expect(events.find((e) => e.type === 'variables-set' && e.sources.pod === 'capture')).toMatchObject({ values: { pod: 'web-abc' } });
    expect(events.find((e) => e.type === 'cause-chosen')).toMatchObject({ cause: 'other', suggested: ['oom'] });
    expect(events.at(-1)).toMatchObject({ type: 'session-ended', outcome: 'resolved' });
    expect(replay(events).status).toBe('resolved');

    // The header called out the context the runbook is not written for.
    expect(h.screen()).toContain("Context closed is outside this runbook's contexts (staging-*)");
  });

  test('skip with a reason, note, back and rerun; Quit leaves the session open', async () => {
    const h = harness([
      symptoms,
      sel('List pods', 'note'),
      type('Note', 'Looked at the dashboard first'),
      sel('List pods', 'run'),
      sel('List pods', 'rerun'),
      sel('List pods', 'next'),
      sel('Describe the pod', 'back'),
      sel('List pods', 'next'),
      sel('Describe the pod', 'skip'),
      type('Why skip', ''),
      type('Why skip', 'Already known from the alert'),
      sel('Ask the cluster', 'quit'),
    ]);
    const report = await runInteractive(h.options);
    expect(report.open).toBe(true);
    expect(h.prompter.rejected).toEqual(['The reason cannot be empty']);
    expect(report.steps.map((s) => [s.id, s.status])).toEqual([
      ['list', 'ok'],
      ['describe', 'skipped'],
    ]);
    expect(report.steps[0]!.outputFile).toBe('steps/01-list-2.txt');
    const events = eventsOf(h.home, report.session);
    expect(events.filter((e) => e.type === 'step-started').map((e) => (e.type === 'step-started' ? [e.step, e.attempt] : []))).toEqual([
      ['list', 1],
      ['list', 2],
    ]);
    expect(events).toContainEqual(expect.objectContaining({ type: 'note', step: 'list', text: 'Looked at the dashboard first' }));
    expect(events).toContainEqual(expect.objectContaining({ type: 'step-skipped', step: 'describe', reason: 'Already known from the alert' }));
    expect(events.some((e) => e.type === 'session-ended')).toBe(false);
    // Quit is a pause: listed as such, and resumable.
    expect(events.at(-1)).toMatchObject({ type: 'session-paused' });
    expect(replay(events).status).toBe('paused');
    expect(h.screen()).toContain(`runbook resume ${report.session}`);
  });

  test('a mutating step: approval, server dry run, a wrong word refused, the right word runs it; Tier 3 recorded', { timeout: 60_000 }, async () => {
    const h = harness([
      symptoms,
      ...diagnosis,
      sel('Which cause', 'oom'),
      sel('Scale the deployment', 'run'),
      // Before a change, a value nobody chose is confirmed again.
      yes('namespace = shop (the runbook'),
      type('Who approved', 'Dana (service owner)'),
      type('Why was it approved', 'Pods are OOMKilled'),
      type('Type web', 'shop'),
      type('Type web', 'web'),
      sel('Scale the deployment', 'next'),
      sel('Raise the limit', 'next'),
      sel('How does this end', 'abandoned'),
    ]);
    const report = await runInteractive(h.options);
    expect(h.prompter.rejected).toEqual(['That is not `web`: type web exactly, or nothing to go back']);
    const restart = report.steps.find((s) => s.id === 'scale-the-deployment')!;
    expect(restart).toMatchObject({ status: 'failed', command: 'kubectl scale deployment/web --replicas=3 -n shop --request-timeout=5s', exitCode: 1 });
    expect(report.steps.find((s) => s.id === 'raise-the-limit')?.status).toBe('tier3');
    expect(report.outcome).toBe('abandoned');
    const events = eventsOf(h.home, report.session);
    const types = events.map((e) => e.type);
    expect(types.indexOf('approval')).toBeLessThan(types.indexOf('confirmation'));
    expect(events.find((e) => e.type === 'approval')).toMatchObject({ step: 'scale-the-deployment', approver: 'Dana (service owner)', reason: 'Pods are OOMKilled' });
    const confirmation = events.find((e) => e.type === 'confirmation');
    expect(confirmation).toMatchObject({ step: 'scale-the-deployment', typed: 'web' });
    expect(confirmation?.type === 'confirmation' && confirmation.dryRun).toContain('--dry-run=server');
    expect(events).toContainEqual(expect.objectContaining({ type: 'step-tier3', step: 'raise-the-limit' }));
    expect(h.screen()).toContain('Server-side dry run first');
    expect(h.screen()).toContain('$ kubectl scale deployment/web --replicas=3 -n shop --request-timeout=5s --dry-run=server');
    expect(events.at(-1)).toMatchObject({ type: 'session-ended', outcome: 'abandoned' });
  });

  test('Back from the first step of a branch returns to the choice of cause, and from there to the diagnosis; another cause is journaled', { timeout: 60_000 }, async () => {
    const h = harness([
      symptoms,
      ...diagnosis,
      sel('Which cause', 'oom'),
      sel('Scale the deployment', 'back'),
      sel('Which cause', BACK),
      sel('Ask the cluster', 'back'),
      sel('Describe the pod', 'next'),
      sel('Ask the cluster', 'next'),
      sel('Which cause', 'other'),
      ...run('Look around'),
    ]);
    const report = await runInteractive(h.options);
    expect(report).toMatchObject({ outcome: 'resolved', cause: 'other' });
    const branchMenu = h.prompter.asked.find((a) => a.message.startsWith('Scale the deployment'));
    expect(branchMenu?.choices).toContainEqual({ value: 'back', name: 'Back to the choice of cause' });
    // The second time, the list starts at the cause chosen before.
    expect(h.prompter.asked.filter((a) => a.message.startsWith('Which cause')).map((a) => a.default)).toEqual(['oom', 'oom', 'oom']);
    const events = eventsOf(h.home, report.session);
    expect(events.filter((e) => e.type === 'cause-chosen').map((e) => (e.type === 'cause-chosen' ? e.cause : ''))).toEqual(['oom', 'other']);
    expect(replay(events).cause?.id).toBe('other');
    expect(events.some((e) => e.type === 'step-started' && e.step === 'scale-the-deployment')).toBe(false);
  });

  test('--read-only refuses a mutating step without offering to run it', { timeout: 60_000 }, async () => {
    const h = harness(
      [symptoms, ...diagnosis, sel('Which cause', 'oom'), sel('Scale the deployment', 'next'), sel('Raise the limit', 'next'), sel('How does this end', 'abandoned')],
      { readOnly: true },
    );
    const report = await runInteractive(h.options);
    expect(report.steps.find((s) => s.id === 'scale-the-deployment')?.status).toBe('refused');
    const menu = h.prompter.asked.find((a) => a.message.startsWith('Scale the deployment'));
    expect(menu?.choices?.map((c) => c.value)).not.toContain('run');
    const events = eventsOf(h.home, report.session);
    expect(events.find((e) => e.type === 'step-refused')).toMatchObject({ step: 'scale-the-deployment', reason: expect.stringContaining('read-only walk') });
    expect(events.some((e) => e.type === 'confirmation' || (e.type === 'step-started' && e.step === 'scale-the-deployment'))).toBe(false);
  });

  test('"None fits" escalates: criteria ticked, every collect command run into collected/NN.txt', { timeout: 60_000 }, async () => {
    const h = harness([symptoms, ...diagnosis, sel('Which cause', NONE_FITS), pick('escalation criteria', ['It persists'])]);
    const report = await runInteractive(h.options);
    expect(report.outcome).toBe('escalated');
    const dir = join(h.home, 'sessions', report.session);
    expect(readFileSync(join(dir, 'collected/01.txt'), 'utf8')).toBe('collected shop\n');
    expect(readFileSync(join(dir, 'collected/02.txt'), 'utf8')).toBe('two\n');
    const events = eventsOf(h.home, report.session);
    expect(events.find((e) => e.type === 'escalated')).toMatchObject({ criteria: ['It persists'], contact: '#oncall' });
    expect(events.filter((e) => e.type === 'collected')).toEqual([
      expect.objectContaining({ command: 'echo collected shop', outputFile: 'collected/01.txt', exitCode: 0 }),
      expect.objectContaining({ outputFile: 'collected/02.txt', exitCode: 0 }),
    ]);
    expect(events.at(-1)).toMatchObject({ type: 'session-ended', outcome: 'escalated' });
    expect(replay(events).status).toBe('escalated');
  });

  test('past escalation.after the runner says so before the next step and offers to escalate', async () => {
    let clock = Date.parse('2026-01-01T03:00:00Z');
    const h = harness(
      [
        symptoms,
        sel('List pods', 'run'),
        { ...sel('List pods', 'next'), then: () => (clock += 31 * 60_000) },
        yes('Escalate now?'),
        pick('escalation criteria', []),
        type('No criterion ticked: why escalate?', ''),
        type('No criterion ticked: why escalate?', 'The customer asked for Tier 3'),
      ],
      { now: () => new Date(clock) },
    );
    const report = await runInteractive(h.options);
    expect(report.outcome).toBe('escalated');
    // An Enter meant for something else must not escalate: the question defaults to No.
    expect(h.prompter.asked.find((a) => a.message === 'Escalate now?')?.default).toBe(false);
    expect(h.prompter.rejected).toEqual(['The reason cannot be empty']);
    expect(h.screen()).toContain('This has taken longer than 30m');
    expect(h.screen()).toMatch(/Escalate when:\n {2}- It persists\n {2}- Data loss/);
    expect(h.screen()).toContain('PAST the 30m escalation time');
    const events = eventsOf(h.home, report.session);
    expect(events.find((e) => e.type === 'escalated')).toMatchObject({ criteria: [], reason: 'The customer asked for Tier 3' });
    expect(events[0]!.at).toBe('2026-01-01T03:00:00.000Z');
  });

  test('"type another value" asks for input validated by type: a bad k8s-name is asked again', async () => {
    const h = harness([symptoms, sel('deployment', TYPE_ANOTHER), type('deployment', 'Bad_Name'), type('deployment', 'checkout'), sel('List pods', 'quit')], {
      vars: { message: 'hi' },
    });
    const report = await runInteractive(h.options);
    expect(h.prompter.rejected).toEqual([expect.stringContaining('must be a Kubernetes name')]);
    const events = eventsOf(h.home, report.session);
    expect(events).toContainEqual(expect.objectContaining({ type: 'variables-set', values: { deployment: 'checkout' }, sources: { deployment: 'prompt' } }));
  });

  test('"Change a value" at a step re-asks one variable, checked by its type, journals it, and the command uses it', { timeout: 60_000 }, async () => {
    const h = harness([
      symptoms,
      ...run('List pods'),
      ...run('Describe the pod'),
      sel('Ask the cluster', 'change'),
      sel('Which value', 'namespace'),
      type('namespace', 'Not A Name'),
      type('namespace', 'payments'),
      sel('Ask the cluster', 'run'),
      sel('Ask the cluster', 'quit'),
    ]);
    const report = await runInteractive(h.options);
    expect(h.prompter.rejected).toEqual([expect.stringContaining('must be a Kubernetes name')]);
    const which = h.prompter.asked.find((a) => a.message === 'Which value?');
    expect(which?.choices?.map((c) => c.name)).toContain('namespace = shop');
    expect(report.steps.find((s) => s.id === 'cluster')?.command).toBe('kubectl get pods -n payments --request-timeout=5s');
    const events = eventsOf(h.home, report.session);
    expect(events).toContainEqual(expect.objectContaining({ type: 'variables-set', values: { namespace: 'payments' }, sources: { namespace: 'prompt' } }));
    expect(replay(events).variables.namespace).toEqual({ value: 'payments', source: 'prompt' });
  });

  test('the namespace comes from the kube context when it names one, the header shows it, and a declined default is asked again', { timeout: 60_000 }, async () => {
    const h = harness(
      [
        symptoms,
        ...run('List pods'),
        ...run('Describe the pod'),
        sel('Ask the cluster', 'run'),
        yes('namespace = payments (the namespace of context closed): use it?', false),
        type('namespace', 'billing'),
        sel('Ask the cluster', 'run'),
        sel('Ask the cluster', 'quit'),
      ],
      { kube: { name: 'closed', namespace: 'payments', namespaceSet: true } },
    );
    const report = await runInteractive(h.options);
    expect(h.screen()).toContain('context closed  namespace payments');
    // Changed, the command is shown again before it runs, and the header follows the value.
    expect(h.screen()).toContain('context closed  namespace billing');
    expect(report.steps.find((s) => s.id === 'cluster')?.command).toBe('kubectl get pods -n billing --request-timeout=5s');
    const events = eventsOf(h.home, report.session);
    expect(events.find((e) => e.type === 'variables-set')).toMatchObject({ values: { namespace: 'payments' }, sources: { namespace: 'context' } });
    expect(events).toContainEqual(expect.objectContaining({ type: 'variables-set', values: { namespace: 'billing' }, sources: { namespace: 'prompt' } }));
    // Asked once: the second Run does not ask again.
    expect(h.prompter.asked.filter((a) => a.kind === 'confirm')).toHaveLength(1);
  });

  test('Ctrl-C at a prompt rejects with CancelledError and leaves the journal resumable', async () => {
    const h = harness([symptoms, ctrlC('select', 'List pods')]);
    await expect(runInteractive(h.options)).rejects.toThrow(CancelledError);
    const [session] = readdirSync(join(h.home, 'sessions'));
    const events = eventsOf(h.home, session!);
    expect(events.map((e) => e.type)).toEqual(['session-started', 'variables-set', 'symptoms-confirmed']);
    expect(replay(events).status).toBe('running');
  });

  test('Ctrl-C while a command runs stops that command only; the walk goes on to the step menu', async () => {
    const sleepy = text.replace("run: printf 'NAME READY\\nweb-abc 0/1\\n'", 'run: sleep 30');
    const h = harness([symptoms, sel('List pods', 'run'), sel('List pods', 'quit')], {
      onInterrupt: (stop) => {
        const timer = setTimeout(stop, 300);
        return () => clearTimeout(timer);
      },
    }, sleepy);
    const started = performance.now();
    const report = await runInteractive(h.options);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(report.steps[0]).toMatchObject({ id: 'list', status: 'cancelled' });
    const menu = h.prompter.asked.filter((a) => a.message.startsWith('List pods')).at(-1);
    expect(menu?.choices?.map((c) => c.value)).toContain('rerun');
    const events = eventsOf(h.home, report.session);
    expect(events.find((e) => e.type === 'step-finished')).toMatchObject({ step: 'list', status: 'cancelled' });
  });
});

describe('runInteractive with resume', () => {
  const started = (events: SessionEvent[], step: string) => events.filter((e) => e.type === 'step-started' && e.step === step);

  test('a session quit after the first step continues at the second; symptoms and values are not asked again; Back shows the recorded result', async () => {
    const first = harness([symptoms, sel('deployment', 'web'), type('message', 'hello there'), ...run('List pods'), sel('Describe the pod', 'quit')], { vars: {} });
    const quit = await runInteractive(first.options);
    expect(quit.open).toBe(true);

    const h = harness(
      [
        sel('Describe the pod', 'back'),
        sel('List pods', 'next'),
        ...run('Describe the pod'),
        sel('Ask the cluster', 'skip'),
        type('Why skip', 'No cluster here'),
        sel('Which cause', 'other'),
        ...run('Look around'),
      ],
      { home: first.home, vars: {}, resume: { sessionId: quit.session } },
    );
    const report = await runInteractive(h.options);
    expect(report.session).toBe(quit.session);
    expect(report.outcome).toBe('resolved');
    expect(report.open).toBe(false);
    expect(report.steps.map((s) => [s.id, s.status])).toEqual([
      ['list', 'ok'],
      ['describe', 'ok'],
      ['cluster', 'skipped'],
      ['look-around', 'ok'],
    ]);
    const screen = h.screen();
    expect(screen).toContain(`Resuming session ${quit.session}: 1 step done, continuing at Describe the pod`);
    // Values recorded before (prompted and captured) are used, not asked for.
    expect(h.prompter.asked.some((a) => a.kind === 'checkbox' || a.message.startsWith('deployment') || a.message.startsWith('message'))).toBe(false);
    expect(screen).toContain('Reason OOMKilled for web-abc hello there');
    // The first step, reached with Back, shows its recorded result and offers Next/Rerun, not Run.
    expect(screen).toContain('Recorded before the resume: ok');
    const listMenu = h.prompter.asked.find((a) => a.message.startsWith('List pods'));
    expect(listMenu?.choices?.map((c) => c.value)).toEqual(expect.arrayContaining(['next', 'rerun']));
    // describe ran in this process: its evidence still makes oom the suggested cause.
    const branches = h.prompter.asked.find((a) => a.message.startsWith('Which cause'));
    expect(branches?.default).toBe('oom');

    const events = eventsOf(first.home, quit.session);
    expect(started(events, 'list')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'session-started')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'symptoms-confirmed')).toHaveLength(1);
    expect(events).toContainEqual(expect.objectContaining({ type: 'session-resumed', operator: 'tester', host: 'test-host', mode: 'interactive', runbookChanged: false }));
    expect(events.at(-1)).toMatchObject({ type: 'session-ended', outcome: 'resolved' });
  });

  test('a step left interrupted is offered again and rerun as attempt 2; a chosen cause is kept on the next resume', async () => {
    const first = harness([symptoms, ...run('List pods'), sel('Describe the pod', 'quit')]);
    const quit = await runInteractive(first.options);
    // The process died while `describe` ran: started, never finished.
    const journal = Journal.open(first.home, quit.session);
    journal.append({ type: 'step-started', step: 'describe', phase: 'diagnosis', title: 'Describe the pod', command: 'echo Reason OOMKilled for web-abc hi', attempt: 1 });
    journal.close();
    expect(replay(eventsOf(first.home, quit.session)).steps.find((s) => s.id === 'describe')?.status).toBe('interrupted');

    const second = harness(
      [sel('Describe the pod', 'rerun'), sel('Describe the pod', 'next'), sel('Ask the cluster', 'skip'), type('Why skip', 'Not now'), sel('Which cause', 'other'), sel('Look around', 'quit')],
      { home: first.home, resume: { sessionId: quit.session } },
    );
    const paused = await runInteractive(second.options);
    expect(paused.open).toBe(true);
    expect(second.screen()).toContain('1 step done, continuing at Describe the pod');
    expect(second.screen()).toContain('Recorded before the resume: interrupted');
    expect(second.screen()).toContain('(attempt 2)');
    const menu = second.prompter.asked.find((a) => a.message.startsWith('Describe the pod'));
    expect(menu?.choices?.map((c) => c.value)).toEqual(expect.arrayContaining(['rerun', 'next']));
    let events = eventsOf(first.home, quit.session);
    expect(started(events, 'describe').map((e) => (e.type === 'step-started' ? e.attempt : 0))).toEqual([1, 2]);
    expect(events.find((e) => e.type === 'step-finished' && e.step === 'describe')).toMatchObject({ attempt: 2, status: 'ok' });

    // Resumed again: the cause is not asked for, the walk continues in its branch.
    const third = harness([...run('Look around')], { home: first.home, resume: { sessionId: quit.session } });
    const report = await runInteractive(third.options);
    expect(third.screen()).toContain('3 steps done, continuing at Look around');
    expect(report.cause).toBe('other');
    expect(report.outcome).toBe('resolved');
    expect(report.steps.map((s) => [s.id, s.status])).toEqual([
      ['list', 'ok'],
      ['describe', 'ok'],
      ['cluster', 'skipped'],
      ['look-around', 'ok'],
    ]);
    events = eventsOf(first.home, quit.session);
    expect(started(events, 'list')).toHaveLength(1);
    expect(started(events, 'describe')).toHaveLength(2);
    expect(events.filter((e) => e.type === 'cause-chosen')).toHaveLength(1);
  });

  test('resuming a session that has ended is a usage error; so is an unknown session', async () => {
    const first = harness([symptoms, sel('List pods', 'escalate'), pick('escalation criteria', ['It persists'])]);
    const ended = await runInteractive(first.options);
    expect(ended.outcome).toBe('escalated');
    const again = harness([], { home: first.home, resume: { sessionId: ended.session } });
    await expect(runInteractive(again.options)).rejects.toThrow(UsageError);
    await expect(runInteractive(again.options)).rejects.toThrow(/already ended \(escalated\)/);
    const unknown = harness([], { home: first.home, resume: { sessionId: 'no-such-session' } });
    await expect(runInteractive(unknown.options)).rejects.toThrow(/No session `no-such-session`/);
    const events = eventsOf(first.home, ended.session);
    expect(events.at(-1)).toMatchObject({ type: 'session-ended', outcome: 'escalated' });
  });
});

describe('header', () => {
  test('a production context is loud, an unexpected one is called out, elapsed time is against escalation.after', () => {
    const text = header({
      title: 'Web drill',
      kube: { name: 'prod-eu-1', namespace: 'payments' },
      contexts: ['staging-*'],
      elapsedMs: 125_000,
      escalateAfterMs: 30 * 60_000,
      color: false,
    });
    expect(text).toBe(
      "== Web drill ==\n!! PRODUCTION CONTEXT prod-eu-1 !!  namespace payments\n!! Context prod-eu-1 is outside this runbook's contexts (staging-*): check you are on the right cluster !!\nelapsed 2m05s of 30m before escalation\n",
    );
    const coloured = header({ title: 'T', kube: { name: 'prod-eu-1', namespace: 'default' }, elapsedMs: 0, color: true });
    expect(coloured).toContain('\u001b[');
    expect(header({ title: 'T', kube: { name: 'staging-1', namespace: 'default' }, elapsedMs: 0, color: false })).not.toContain('PRODUCTION');
  });
});

describe('inquirerPrompter', () => {
  test('answers from its input stream, re-asks on a validation error, and maps Ctrl-C to CancelledError', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    output.resume();
    const prompter = inquirerPrompter({ input, output });
    const answer = prompter.input('Name?', { validate: (value) => (value === 'Bad_Name' ? 'not a name' : undefined) });
    setTimeout(() => input.write('Bad_Name\r'), 50);
    setTimeout(() => input.write('\u0015web\r'), 100); // Ctrl-U clears the rejected line
    expect(await answer).toBe('web');
    const cancelled = prompter.select('Pick one', [{ value: 'a', name: 'A' }]);
    setTimeout(() => input.write('\u0003'), 50);
    await expect(cancelled).rejects.toThrow(CancelledError);
  });
});
