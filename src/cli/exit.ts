import { CancelledError, ConfigError, RunbookError, UsageError } from '../errors.js';

export const EXIT = { ok: 0, findings: 1, usage: 2, cancelled: 130, terminated: 143 } as const;

/** What the user sees and the exit code, for any error a command ends with. */
export function describeFailure(error: unknown): { message: string; code: number } {
  if (error instanceof CancelledError) return { message: error.message || 'Cancelled', code: error.signal === 'SIGTERM' ? EXIT.terminated : EXIT.cancelled };
  if (error instanceof UsageError || error instanceof ConfigError) return { message: `runbook: ${error.message}`, code: EXIT.usage };
  if (error instanceof RunbookError) return { message: `runbook: ${error.message}`, code: EXIT.usage };
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return {
    message: `runbook: internal error, please report it with the command you ran and this output:\n${detail}`,
    code: EXIT.usage,
  };
}
