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

/**
 * What a command was given (a flag's value, an argument, the config file) that the core cannot use, as data: the kind
 * of problem and the values it concerns. The core does not know which flag a value came in by, or how a command is
 * typed, so it never words these; `src/cli/input-problems.ts` does.
 */
export type InputProblem =
  /** The archive was to go in a folder (`output` ends in `/`) that does not exist. */
  | { kind: 'archive-folder-missing'; output: string }
  /** The archive was to be the file `output`, in a folder that does not exist. */
  | { kind: 'archive-parent-missing'; output: string; folder: string }
  /** The archive's file name starts with a dot; `example` is the name it would get by default. */
  | { kind: 'archive-name-hidden'; output: string; example: string }
  /** The bundle's size limit cannot hold the session's fixed files and an excerpt of each output. */
  | { kind: 'bundle-limit-too-small'; limitBytes: number; neededBytes: number; outputs: number }
  /** A scenario was given for a test of other than exactly one runbook. */
  | { kind: 'scenario-needs-one-runbook'; runbooks: number }
  /** `runbook new` of an id whose runbook exists, without asking for only its scenario. */
  | { kind: 'runbook-exists'; path: string }
  /** No runbook names the alert a walk was started for. */
  | { kind: 'no-runbook-for-alert'; alertname: string; runbooksDirShown: string }
  /** Several runbooks name the alert a walk was started for, and none was picked. */
  | { kind: 'several-runbooks-for-alert'; alertname: string; ids: string[] }
  /** The config file breaks its schema: the first few mistakes, each located (`file:line:col`). */
  | { kind: 'config-invalid'; mistakes: ConfigMistake[] };

/** One mistake in the config file: a rule it names that does not exist, or another as a sentence. */
export type ConfigMistake = { at: string; unknownRule: string } | { at: string; what: string };

/** A usage or config error reported as data (see `InputProblem`); it ends the command as those do. */
export class InputError extends RunbookError {
  constructor(readonly problem: InputProblem) {
    // Not what the user sees: the CLI words the problem. This stays readable where the error is logged as it is.
    super(`${problem.kind} ${JSON.stringify(problem)}`);
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
