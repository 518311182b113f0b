/** What a walk reports when it ends (`runbook run --json`): read from the session's state, the same for both drivers. */
import type { Phase, Plan, SessionOutcome } from '../session/events.js';
import type { SessionState } from '../session/state.js';
import type { StepStatus } from '../session/status.js';
import { branchOf } from './engine.js';

/** One step in the report. */
export interface StepReport {
  id: string;
  phase: Phase;
  title: string;
  command: string | null;
  status: Exclude<StepStatus, 'pending'>;
  exitCode: number | null;
  durationMs: number | null;
  /** Relative to the session folder; null when nothing was stored (not run, or `sensitive`). */
  outputFile: string | null;
  truncated: boolean;
}

/** What a walk returns. */
export interface RunReport {
  session: string;
  runbook: string;
  outcome: SessionOutcome;
  cause: string | null;
  /** Values nobody gave (the runbook's defaults, the context's namespace), used as they are: check them. */
  defaults?: Record<string, string>;
  steps: StepReport[];
  /** The walk stopped before its end (quit, or a command cancelled): no `session-ended`, `runbook resume` goes on; `outcome` reads `abandoned`. */
  open: boolean;
}

/** The steps the walk decided, in the plan's order (diagnosis, then the chosen branch), then any other it touched. */
export function stepReports(plan: Plan, state: SessionState): StepReport[] {
  const planned = [...plan.diagnosis, ...(branchOf(plan, state.cause?.id)?.steps ?? []), ...plan.branches.flatMap((b) => b.steps)];
  const order = [...new Set([...planned.map((s) => s.id), ...state.steps.map((s) => s.id)])];
  const plannedById = new Map(planned.map((step) => [step.id, step]));
  const reports: StepReport[] = [];
  for (const id of order) {
    const step = state.steps.find((s) => s.id === id);
    if (!step || step.status === 'pending') continue;
    const plannedStep = plannedById.get(id);
    reports.push({
      id,
      phase: step.phase ?? plannedStep?.phase ?? 'diagnosis',
      title: step.title ?? plannedStep?.title ?? id,
      command: step.command,
      status: step.status,
      exitCode: step.exitCode,
      durationMs: step.durationMs,
      outputFile: step.outputFile,
      truncated: step.truncated,
    });
  }
  return reports;
}

export function runReport(plan: Plan, state: SessionState, defaults?: Record<string, string>): RunReport {
  const status = state.status;
  const ended = status === 'resolved' || status === 'escalated' || status === 'abandoned';
  return {
    session: state.sessionId,
    runbook: state.runbook.id,
    outcome: ended ? status : 'abandoned',
    cause: state.cause?.id ?? null,
    ...(defaults ? { defaults } : {}),
    steps: stepReports(plan, state),
    open: !ended,
  };
}
