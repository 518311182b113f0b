/**
 * The one vocabulary of step and session status: what the journal's events make of a step, which of those a
 * resumed walk keeps, and which count as a step that went through. Every walk, report and bundle reads these.
 */
import type { StepRunStatus } from './events.js';

/** Where a session stands: still open, or how it ended. */
export type SessionStatus = 'running' | 'paused' | 'resolved' | 'escalated' | 'abandoned';

/** A step's latest state: how its command ended, or what the walk decided instead, or `pending` (not decided yet). */
export type StepStatus = 'pending' | StepRunStatus | 'skipped' | 'refused' | 'needs-confirmation' | 'tier3' | 'done';

/** Statuses a resumed walk keeps; anything else (interrupted, cancelled, pending) is walked again. */
export const SETTLED: ReadonlySet<StepStatus> = new Set<StepStatus>(['ok', 'done', 'failed', 'timed-out', 'skipped', 'refused', 'needs-confirmation', 'tier3']);

/** Statuses of a resolution step that let a branch count as resolved. */
export const WENT_THROUGH: ReadonlySet<StepStatus> = new Set<StepStatus>(['ok', 'done', 'tier3', 'skipped']);

/** Statuses of a step that was carried out: its command ran to an end, or the manual check was done. */
export const CARRIED_OUT: ReadonlySet<StepStatus> = new Set<StepStatus>(['ok', 'done', 'failed', 'timed-out']);

/** Statuses of a command that did not work (the run's exit code is 1). */
export const FAILED: ReadonlySet<StepStatus> = new Set<StepStatus>(['failed', 'timed-out']);

export function isSettled(status: StepStatus | undefined): boolean {
  return status !== undefined && SETTLED.has(status);
}
