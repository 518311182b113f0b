import type { InteractiveReport } from '../runner/interactive.js';
import { formatDuration } from '../runner/screen.js';
import { CARRIED_OUT } from '../session/status.js';
import type { Scenario } from '../sim/scenario.js';

/** How a drill went, against what its scenario expects a correct walk to reach. */
export interface DrillScore {
  runbook: string;
  session: string;
  elapsedMs: number;
  /** Steps whose command ran (diagnosis and resolution). */
  stepsRun: number;
  diagnosisSteps: number;
  diagnosisRun: number;
  /** Steps whose command failed or timed out. */
  stepsFailed: string[];
  stepsSkipped: number;
  cause: { chosen: string | null; expected: string | null; correct: boolean };
  /** `expected` is null when the scenario does not say whether a correct walk escalates. */
  escalation: { escalated: boolean; expected: boolean | null; correct: boolean | null };
  /** False when the operator quit before the end. */
  finished: boolean;
  passed: boolean;
  /** What was really wrong (the scenario's description), for the debrief. */
  debrief?: string;
}

/**
 * `diagnosisSteps` is how many diagnosis steps the runbook has: a walk escalated or quit early reaches only some,
 * and the score is out of all of them.
 */
export function scoreDrill(report: InteractiveReport, scenario: Pick<Scenario, 'expect' | 'description'>, elapsedMs: number, diagnosisSteps: number): DrillScore {
  const { expect } = scenario;
  const diagnosis = report.steps.filter((step) => step.phase === 'diagnosis');
  const chosen = report.cause;
  const expected = expect.cause ?? null;
  const escalated = report.outcome === 'escalated';
  const escalationExpected = expect.escalate ?? null;
  const cause = { chosen, expected, correct: chosen === expected };
  const escalation = { escalated, expected: escalationExpected, correct: escalationExpected === null ? null : escalated === escalationExpected };
  const finished = !report.open;
  return {
    runbook: report.runbook,
    session: report.session,
    elapsedMs,
    stepsRun: report.steps.filter((step) => CARRIED_OUT.has(step.status)).length,
    diagnosisSteps: Math.max(diagnosisSteps, diagnosis.length),
    diagnosisRun: diagnosis.filter((step) => CARRIED_OUT.has(step.status)).length,
    stepsFailed: report.steps.filter((step) => step.status === 'failed' || step.status === 'timed-out').map((step) => step.id),
    stepsSkipped: report.steps.filter((step) => step.status === 'skipped').length,
    cause,
    escalation,
    finished,
    passed: finished && cause.correct && escalation.correct !== false,
    ...(scenario.description ? { debrief: scenario.description.trim() } : {}),
  };
}

// The score card printed when a drill ends: one line per thing that was judged, with what was expected.
export function formatScore(score: DrillScore, paint: { good: (s: string) => string; bad: (s: string) => string; bold: (s: string) => string }): string {
  const mark = (correct: boolean | null): string => (correct === null ? '' : correct ? paint.good(' ✓') : paint.bad(' ✗'));
  const causeName = (cause: string | null): string => cause ?? 'none (no branch fits)';
  const lines = [
    '',
    paint.bold(`Drill score: ${score.runbook}`),
    `  steps done    ${score.diagnosisRun} of ${score.diagnosisSteps} diagnosis steps, ${score.stepsRun} in all${score.stepsSkipped > 0 ? `, ${score.stepsSkipped} skipped` : ''}`,
    ...(score.stepsFailed.length > 0 ? [`  failed        ${score.stepsFailed.join(', ')}`] : []),
    `  time taken    ${formatDuration(score.elapsedMs)}`,
    `  cause         ${causeName(score.cause.chosen)}${mark(score.cause.correct)}${score.cause.correct ? '' : ` (expected ${causeName(score.cause.expected)})`}`,
    `  escalation    ${score.escalation.escalated ? 'escalated' : 'not escalated'}${mark(score.escalation.correct)}${
      score.escalation.correct === false ? ` (a correct walk ${score.escalation.expected ? 'escalates' : 'does not escalate'})` : ''
    }`,
    `  result        ${!score.finished ? paint.bad('UNFINISHED (quit before the end)') : score.passed ? paint.good('PASS') : paint.bad('MISSED')}`,
    `  session       ${score.session}`,
    ...(score.debrief ? ['', paint.bold('What was going on'), ...wrap(score.debrief, 100).map((line) => `  ${line}`)] : []),
    '',
  ];
  return lines.join('\n');
}

/** Greedy word wrap, so the debrief reads as a paragraph on any terminal. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
