import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { parseRunbook } from '../../src/runbook/parse.js';
import { readJournal } from '../../src/session/journal.js';
import { replay } from '../../src/session/state.js';
import { runUnattended, type UnattendedOptions } from '../../src/runner/unattended.js';
import { exitCodeOf } from '../../src/cli/walk.js';
import { closedPortKubeconfig } from '../helpers/kubeconfig.js';

const root = mkdtempSync(join(tmpdir(), 'runbook-unattended-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// The real kubectl, pointed at a closed local port: no cluster is faked, and the failure is real.
const kubeconfig = closedPortKubeconfig(root);
const injected = join(root, 'injected');

const text = `---
id: echo-drill
title: Echo drill
summary: Exercises the unattended walk.
severity: low
owner: test
symptoms: [Something]
variables:
  namespace: { description: Namespace, default: production, type: k8s-name }
  pod: { description: Pod, type: k8s-name }
  message: { description: Free text }
diagnosis:
  - id: list
    title: List pods
    run: printf 'NAME READY\\nweb-abc 0/1\\n'
    capture: { pod: "^(web-\\\\S+)" }
  - id: describe
    title: Describe the pod
    run: echo Reason OOMKilled for {{pod}} {{message}}
  - id: secret
    title: Print something sensitive
    run: printf 'not-%s' for-the-bundle
    sensitive: true
  - id: cluster
    title: Ask the cluster
    run: kubectl get pods -n {{namespace}} --request-timeout=5s
    timeout: 20s
resolution:
  - cause: oom
    title: Out of memory
    evidence: { step: describe, matches: OOMKilled }
    steps:
      - title: Restart the deployment
        run: kubectl rollout restart deployment/web -n {{namespace}} --request-timeout=5s
      - title: Raise the limit
        tier: 3
  - cause: other
    title: Something else
    steps: [{ title: Look around, run: echo look }]
escalation: { after: 5m, when: [It persists] }
---
# Echo drill
`;

function options(overrides: Partial<UnattendedOptions> = {}): UnattendedOptions {
  return {
    runbook: parseRunbook('echo-drill.md', text).data as Record<string, unknown>,
    runbookPath: 'runbooks/echo-drill.md',
    runbookText: text,
    home: join(root, 'home'),
    vars: { message: `$(touch ${injected}); it's "quoted"` },
    readOnly: false,
    maxOutputBytes: 1024 * 1024,
    kube: { name: 'closed', namespace: 'default' },
    env: { KUBECONFIG: kubeconfig },
    operator: 'tester',
    host: 'test-host',
    version: '0.0.0-test',
    ...overrides,
  };
}

describe('runUnattended', () => {
  test('runs read-only steps, captures, follows evidence, stops at mutating steps, and journals everything', { timeout: 60_000 }, async () => {
    const report = await runUnattended(options());
    expect(report.steps.map((s) => [s.id, s.status])).toEqual([
      ['list', 'ok'],
      ['describe', 'ok'],
      ['secret', 'ok'],
      ['cluster', 'failed'],
      ['restart-the-deployment', 'needs-confirmation'],
      ['raise-the-limit', 'tier3'],
    ]);
    expect(report.cause).toBe('oom');
    expect(report.outcome).toBe('abandoned');
    expect(exitCodeOf(report)).toBe(1);

    const dir = join(options().home, 'sessions', report.session);
    const describeStep = report.steps[1]!;
    expect(describeStep.command).toBe(`echo Reason OOMKilled for web-abc '$(touch ${injected}); it'\\''s "quoted"'`);
    expect(readFileSync(join(dir, describeStep.outputFile!), 'utf8')).toBe(`Reason OOMKilled for web-abc $(touch ${injected}); it's "quoted"\n`);
    expect(existsSync(injected)).toBe(false);

    expect(report.steps[2]!.outputFile).toBeNull();
    const cluster = report.steps[3]!;
    expect(cluster.exitCode).toBe(1);
    expect(readFileSync(join(dir, cluster.outputFile!), 'utf8')).toMatch(/127\.0\.0\.1:1.*(refused|connect)/);

    const journal = readJournal(join(dir, 'journal.jsonl'));
    expect(journal.errors).toEqual([]);
    expect(journal.events.map((e) => e.type)).toContain('cause-chosen');
    expect(JSON.stringify(journal.events)).not.toContain('not-for-the-bundle');
    const state = replay(journal.events);
    expect(state.status).toBe('abandoned');
    expect(state.variables.pod).toEqual({ value: 'web-abc', source: 'capture' });
    expect(statSync(join(dir, 'journal.jsonl')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, describeStep.outputFile!)).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  test('--read-only refuses mutating steps; --confirm-mutating runs them; --cause picks the branch', { timeout: 60_000 }, async () => {
    const readOnly = await runUnattended(options({ readOnly: true }));
    expect(readOnly.steps.find((s) => s.id === 'restart-the-deployment')?.status).toBe('refused');
    const confirmed = await runUnattended(options({ confirmChanges: '--confirm-mutating' }));
    const restart = confirmed.steps.find((s) => s.id === 'restart-the-deployment')!;
    expect(restart.status).toBe('failed');
    expect(restart.command).toBe('kubectl rollout restart deployment/web -n production --request-timeout=5s');
    const other = await runUnattended(options({ cause: 'other' }));
    expect(other.cause).toBe('other');
    expect(other.outcome).toBe('resolved');
    expect(other.steps.at(-1)).toMatchObject({ id: 'look-around', status: 'ok' });
  });

  test('a step that needs an approval is refused: nobody can give one with --yes, not even with --confirm-mutating', { timeout: 60_000 }, async () => {
    const approved = text.replace("    run: printf 'not-%s' for-the-bundle\n    sensitive: true\n", "    run: printf 'not-%s' for-the-bundle\n    approval: the data owner\n");
    const report = await runUnattended(options({ runbook: parseRunbook('echo-drill.md', approved).data as Record<string, unknown>, runbookText: approved, confirmChanges: '--confirm-mutating' }));
    expect(report.steps.find((s) => s.id === 'secret')).toMatchObject({ status: 'refused', outputFile: null });
    const events = readJournal(join(root, 'home', 'sessions', report.session, 'journal.jsonl')).events;
    expect(events).toContainEqual(expect.objectContaining({ type: 'step-refused', step: 'secret', reason: 'needs an approval (the data owner), which nobody can give in an unattended walk' }));
    expect(events.some((e) => e.type === 'step-started' && e.step === 'secret')).toBe(false);
  });

  test('usage mistakes are reported before any session is written', async () => {
    await expect(runUnattended(options({ readOnly: true, confirmChanges: '--confirm-mutating' }))).rejects.toThrow(UsageError);
    await expect(runUnattended(options({ cause: 'nope' }))).rejects.toThrow('Unknown cause `nope`; this runbook\'s causes are `oom`, `other`');
    await expect(runUnattended(options({ vars: {} }))).rejects.toThrow('No value for `message`');
    await expect(runUnattended(options({ vars: { message: 'x', namespace: 'Bad Name' } }))).rejects.toThrow(/must be a Kubernetes name.*from flag/);
  });
});

describe('drill sessions', () => {
  test('are listed as drills, and resuming one against a real cluster is refused', async () => {
    const { Journal } = await import('../../src/session/journal.js');
    const { listSessions } = await import('../../src/session/list.js');
    const { resumeUnattended } = await import('../../src/runner/unattended.js');
    const home = join(root, 'drill-home');
    const journal = Journal.create(home, '20261122T120000Z-d1d1d1');
    journal.append({
      type: 'session-started',
      sessionId: journal.sessionId,
      runbook: { id: 'echo-drill', path: 'runbooks/echo-drill.md', sha256: 'f'.repeat(64), title: 'Echo drill' },
      operator: 'tester',
      host: 'test-host',
      kube: { context: 'drill-d1d1d1', namespace: 'shop' },
      version: '0.0.0-test',
      options: { readOnly: false, yes: false, drill: 'runbooks/scenarios/echo-drill.yaml' },
    });
    journal.close();
    expect(listSessions(home).sessions.map((s) => [s.id, s.status, s.drill])).toEqual([['20261122T120000Z-d1d1d1', 'running', true]]);
    await expect(resumeUnattended({ ...options({ home }), sessionId: '20261122T120000Z-d1d1d1' })).rejects.toThrow(
      'Session 20261122T120000Z-d1d1d1 is a drill against the simulated cluster (runbooks/scenarios/echo-drill.yaml); it cannot go on against a real cluster: start a new one with `runbook drill echo-drill`',
    );
  });
});
