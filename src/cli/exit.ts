import { CancelledError, InputError, RunbookError } from '../errors.js';
import { describeInputProblem } from './input-problems.js';

export const EXIT = { ok: 0, findings: 1, usage: 2, cancelled: 130, terminated: 143 } as const;

/** What a known error says to the user: a problem reported as data is worded here, with the flags it concerns. */
export function knownErrorText(error: RunbookError): string {
  return error instanceof InputError ? describeInputProblem(error.problem) : error.message;
}

/** What the user sees and the exit code, for any error a command ends with. */
export function describeFailure(error: unknown): { message: string; code: number } {
  if (error instanceof CancelledError) return { message: error.message || 'Cancelled', code: error.signal === 'SIGTERM' ? EXIT.terminated : EXIT.cancelled };
  // Usage, config and input errors: what the user typed or wrote needs fixing.
  if (error instanceof RunbookError) return { message: `runbook: ${knownErrorText(error)}`, code: EXIT.usage };
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return {
    message: `runbook: internal error, please report it with the command you ran and this output:\n${detail}`,
    code: EXIT.usage,
  };
}
