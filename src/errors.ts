/**
 * The few errors a command can end with; `src/cli/exit.ts` maps each to an exit code in one place.
 * Known errors print one line; anything else is a bug and prints a "please report" hint.
 */
export class RunbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad flags or arguments: the user typed something the command cannot take. */
export class UsageError extends RunbookError {}

/** The config file or another input file is wrong; the message is located (`file:line:col`). */
export class ConfigError extends RunbookError {}

/** The user stopped the command (Ctrl-C), or a signal did: SIGTERM exits 143 instead of 130. */
export class CancelledError extends RunbookError {
  constructor(
    message: string,
    readonly signal: 'SIGINT' | 'SIGTERM' = 'SIGINT',
  ) {
    super(message);
  }
}

/** Another process is appending to the session's journal (a second `resume` of a live session). */
export class SessionBusyError extends RunbookError {
  constructor(
    readonly sessionId: string,
    readonly holder: { pid: number; host: string; since: string },
    readonly lockFile: string,
  ) {
    super(
      `Session ${sessionId} is open in another runbook process (pid ${holder.pid} on ${holder.host}, since ${holder.since}): finish or quit it there first. If that process is gone for good, delete ${lockFile}`,
    );
  }
}
