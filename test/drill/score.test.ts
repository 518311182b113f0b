import { describe, expect, test } from 'vitest';
import { formatScore, scoreDrill } from '../../src/drill/score.js';
import type { InteractiveReport } from '../../src/runner/interactive.js';
import type { StepReport } from '../../src/runner/unattended.js';

const step = (id: string, phase: StepReport['phase'], status: StepReport['status']): StepReport => ({
  id,
  phase,
  title: id,
  command: `kubectl get ${id}`,
  status,
  exitCode: status === 'ok' ? 0 : status === 'failed' ? 1 : null,
  durationMs: 10,
  outputFile: null,
  truncated: false,
});

const report = (overrides: Partial<InteractiveReport>): InteractiveReport => ({
  session: '20261122T163448Z-abc123',
  runbook: 'pod-oom-restart-loop',
  outcome: 'resolved',
  cause: 'limit-too-low',
  open: false,
  steps: [step('workload', 'diagnosis', 'ok'), step('restarts', 'diagnosis', 'ok'), step('memory-trend', 'diagnosis', 'skipped'), step('raise-limit', 'resolution', 'ok')],
  ...overrides,
});
const plain = { good: (s: string) => s, bad: (s: string) => s, bold: (s: string) => s };

describe('scoreDrill', () => {
  test('the expected cause without escalation passes, and counts what ran', () => {
    const score = scoreDrill(report({}), { expect: { cause: 'limit-too-low', escalate: false, steps: {} } }, 252_000, 3);
    expect(score).toMatchObject({ stepsRun: 3, diagnosisSteps: 3, diagnosisRun: 2, stepsSkipped: 1, stepsFailed: [], passed: true });
    expect(score.cause).toEqual({ chosen: 'limit-too-low', expected: 'limit-too-low', correct: true });
    expect(score.escalation).toEqual({ escalated: false, expected: false, correct: true });
  });

  test('a walk escalated early is scored out of every diagnosis step of the runbook; a manual check done counts', () => {
    const early = report({ outcome: 'escalated', steps: [step('workload', 'diagnosis', 'ok'), step('memory-trend', 'diagnosis', 'done')] });
    const score = scoreDrill(early, { expect: { cause: 'limit-too-low', steps: {} } }, 1_000, 7);
    expect(score).toMatchObject({ diagnosisSteps: 7, diagnosisRun: 2 });
    expect(formatScore(score, plain)).toContain('steps done    2 of 7 diagnosis steps, 2 in all');
  });

  test('another cause misses, and the card says what was expected', () => {
    const score = scoreDrill(report({ cause: 'memory-leak' }), { expect: { cause: 'limit-too-low', steps: {} } }, 30_000, 3);
    expect(score.passed).toBe(false);
    expect(score.escalation.correct).toBeNull();
    const card = formatScore(score, plain);
    expect(card).toContain('cause         memory-leak ✗ (expected limit-too-low)');
    expect(card).toContain('result        MISSED');
  });

  test('escalating when a correct walk does not is a miss even with the right cause', () => {
    const score = scoreDrill(report({ outcome: 'escalated' }), { expect: { cause: 'limit-too-low', escalate: false, steps: {} } }, 1_000, 3);
    expect(score.passed).toBe(false);
    expect(formatScore(score, plain)).toContain('escalation    escalated ✗ (a correct walk does not escalate)');
  });

  test('a scenario where no branch fits expects escalation and no cause', () => {
    const score = scoreDrill(report({ outcome: 'escalated', cause: null }), { expect: { escalate: true, steps: {} } }, 1_000, 3);
    expect(score.passed).toBe(true);
    expect(formatScore(score, plain)).toContain('cause         none (no branch fits) ✓');
  });

  test('quitting leaves the drill unfinished, whatever was chosen', () => {
    const score = scoreDrill(report({ open: true, outcome: 'abandoned' }), { expect: { cause: 'limit-too-low', steps: {} } }, 1_000, 3);
    expect(score).toMatchObject({ finished: false, passed: false });
    expect(formatScore(score, plain)).toContain('UNFINISHED');
  });

  test('the debrief says what was really wrong, wrapped, after the score', () => {
    const description = 'The JVM heap is sized from the container limit since the last release, and the limit leaves no room for the rest of the process at peak load.';
    const score = scoreDrill(report({}), { expect: { cause: 'limit-too-low', steps: {} }, description }, 1_000, 3);
    const card = formatScore(score, plain);
    expect(card.indexOf('What was going on')).toBeGreaterThan(card.indexOf('result'));
    expect(card).toContain('  The JVM heap is sized from the container limit since the last release, and the limit leaves no room\n  for the rest of the process at peak load.');
  });

  test('failed steps are named', () => {
    const score = scoreDrill(report({ steps: [step('workload', 'diagnosis', 'failed'), step('restarts', 'diagnosis', 'timed-out')] }), { expect: { cause: 'limit-too-low', steps: {} } }, 1_000, 3);
    expect(score.stepsFailed).toEqual(['workload', 'restarts']);
    expect(formatScore(score, plain)).toContain('failed        workload, restarts');
  });
});
