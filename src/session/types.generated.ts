/* Generated from schemas/session.schema.json by scripts/generate.js: edit the schema, then run `npm run generate`. */

/**
 * One line of a session journal (`sessions/<id>/journal.jsonl`, JSON Lines): one event, keyed by `type`. The TypeScript types in src/session/types.generated.ts are generated from this schema.
 */
export type SessionEvent =
  | SessionStarted
  | VariablesSet
  | SymptomsConfirmed
  | StepStarted
  | StepFinished
  | StepSkipped
  | StepRefused
  | StepNeedsConfirmation
  | StepTier3
  | StepDone
  | Note
  | Confirmation
  | Approval
  | CausesSuggested
  | CauseChosen
  | Escalated
  | Collected
  | SecretsLearned
  | SessionPaused
  | SessionResumed
  | SessionEnded;
/**
 * Position of the event in the journal: 1, 2, 3… with no gaps.
 */
export type Seq = number;
/**
 * When the event was recorded: ISO-8601 UTC with milliseconds, as `Date.prototype.toISOString` writes it.
 */
export type Timestamp = string;
/**
 * Name of the session folder: filesystem-safe, time-sortable (`20261122T153012Z-7f3a9c`).
 */
export type SessionId = string;
/**
 * A resolution branch's `cause`.
 */
export type CauseId = string;
/**
 * The step's kebab-case id, as in the runbook (resolution steps without one get `<cause>-<n>`).
 */
export type StepId = string;
/**
 * Path of a stored output, relative to the session folder.
 */
export type OutputFile = string;

/**
 * The first event: what is being run, by whom, where.
 */
export interface SessionStarted {
  type: 'session-started';
  seq: Seq;
  at: Timestamp;
  sessionId: SessionId;
  runbook: Runbook;
  /**
   * User name of whoever runs the session.
   */
  operator: string;
  /**
   * Host name of the machine the runner runs on.
   */
  host: string;
  kube: Kube;
  /**
   * The runbook tool's version.
   */
  version: string;
  alert?: Alert;
  options: Options;
  plan?: Plan;
}
export interface Runbook {
  id: string;
  /**
   * The runbook file as given or found.
   */
  path: string;
  /**
   * SHA-256 of the file content, lowercase hex.
   */
  sha256: string;
  title: string;
  severity?: 'critical' | 'high' | 'medium' | 'low';
  owner?: string;
  /**
   * When and to whom the runbook says to escalate.
   */
  escalation?: {
    /**
     * Escalate once the session has run this long.
     */
    afterMs?: number;
    when: string[];
    contact?: string;
  };
}
export interface Kube {
  /**
   * `kubectl config current-context`; null when none is set.
   */
  context: string | null;
  /**
   * Namespace of the context, when it sets one.
   */
  namespace?: string;
  /**
   * Whether the context matches one of the runbook's `contexts` patterns; absent when the runbook has none.
   */
  contextMatches?: boolean;
}
/**
 * The alert the walk answers (`--alert`, or a drill's scenario): what the operator was paged for.
 */
export interface Alert {
  name?: string;
  labels: {
    [k: string]: string;
  };
  /**
   * When the alert started firing, as the alert says.
   */
  startsAt?: string;
  summary?: string;
}
/**
 * Flags that change how the session runs.
 */
export interface Options {
  readOnly: boolean;
  yes: boolean;
  confirmMutating?: boolean;
  /**
   * Cap on each step's stored output, in bytes.
   */
  maxOutput?: number;
  cause?: CauseId;
  alertFile?: string;
  /**
   * The scenario file of a drill against the simulated cluster; such a session cannot be resumed against a real one.
   */
  drill?: string;
}
/**
 * The walk as planned when the session started (or when a resume found the runbook changed): diagnosis steps, then the resolution branches.
 */
export interface Plan {
  diagnosis: PlannedStep[];
  branches: {
    cause: CauseId;
    title: string;
    when?: string;
    evidence?: {
      step: StepId;
      /**
       * The pattern, as the runbook writes it.
       */
      matches: string;
    };
    steps: PlannedStep[];
  }[];
  /**
   * The symptoms the runbook lists, for the operator to tick.
   */
  symptoms: string[];
  /**
   * `escalation.collect`: read-only commands whose output goes to Tier 3 when the walk escalates or ends unresolved, with `{{placeholders}}` still in them.
   */
  collect: string[];
}
/**
 * A step as the walk plans it at session start: what it is, how it is run, and its place in the walk.
 */
export interface PlannedStep {
  id: StepId;
  phase: 'diagnosis' | 'resolution';
  title: string;
  /**
   * 1-based place in the walk: diagnosis steps first, then the steps of the step's own branch (the first step of every branch follows the last diagnosis step). Output files are named after it.
   */
  position: number;
  /**
   * How the runner treats the step: a manual check, a command the classifier calls read-only, a change, or a step only Tier 3 may run.
   */
  kind: 'manual' | 'read-only' | 'mutating' | 'tier3';
  /**
   * The command with `{{placeholders}}` still in it.
   */
  template?: string;
  expect?: string;
  link?: string;
  /**
   * Why the step counts as a change, for the confirmation screen.
   */
  reason?: string;
  timeoutMs: number;
  /**
   * Who must approve the change (true: somebody).
   */
  approval?: string | true;
  /**
   * Its output is used in memory and never stored.
   */
  sensitive: boolean;
  /**
   * Variable name to the pattern whose first group fills it.
   */
  capture?: {
    [k: string]: string;
  };
  cause?: CauseId;
  /**
   * `test: skip`: `runbook test` leaves the step out.
   */
  testSkip?: boolean;
}
/**
 * Variable values resolved, with where each came from.
 */
export interface VariablesSet {
  type: 'variables-set';
  seq: Seq;
  at: Timestamp;
  values: {
    [k: string]: string;
  };
  /**
   * Same keys as `values`.
   */
  sources: {
    [k: string]: 'flag' | 'alert' | 'capture' | 'context' | 'default' | 'prompt';
  };
}
/**
 * The symptoms the operator ticked.
 */
export interface SymptomsConfirmed {
  type: 'symptoms-confirmed';
  seq: Seq;
  at: Timestamp;
  seen: string[];
}
/**
 * A step's command is about to run.
 */
export interface StepStarted {
  type: 'step-started';
  seq: Seq;
  at: Timestamp;
  step: StepId;
  phase: 'diagnosis' | 'resolution' | 'escalation';
  title: string;
  /**
   * The command with values filled in (shell-quoted).
   */
  command: string;
  /**
   * 1 for the first run, 2 for the first rerun, and so on.
   */
  attempt: number;
  /**
   * The step's `position` in the plan: output files are named after it.
   */
  position?: number;
}
/**
 * A step's command ended, one way or another.
 */
export interface StepFinished {
  type: 'step-finished';
  seq: Seq;
  at: Timestamp;
  step: StepId;
  attempt: number;
  status: 'ok' | 'failed' | 'timed-out' | 'cancelled' | 'interrupted';
  exitCode: number | null;
  /**
   * Signal that ended the command (`SIGTERM`), or null.
   */
  signal: string | null;
  durationMs: number;
  /**
   * Stored output relative to the session folder; null when the step is `sensitive` and nothing was stored.
   */
  outputFile: OutputFile | null;
  /**
   * Bytes the command wrote, before any cap.
   */
  bytes: number;
  /**
   * Whether the stored output was cut (head and tail kept).
   */
  truncated: boolean;
  /**
   * Requests the read-only guard refused on their way to the cluster (diagnosis steps and --read-only walks).
   */
  refusedRequests?: {
    method: string;
    path: string;
    reason: string;
  }[];
}
/**
 * The operator skipped a step.
 */
export interface StepSkipped {
  type: 'step-skipped';
  seq: Seq;
  at: Timestamp;
  step: StepId;
  reason: string;
}
/**
 * The runner refused to run a step (a mutating command in read-only mode).
 */
export interface StepRefused {
  type: 'step-refused';
  seq: Seq;
  at: Timestamp;
  step: StepId;
  reason: string;
}
/**
 * A mutating step was not run: `--yes` without `--confirm-mutating`.
 */
export interface StepNeedsConfirmation {
  type: 'step-needs-confirmation';
  seq: Seq;
  at: Timestamp;
  step: StepId;
}
/**
 * A Tier 3 action was shown and recorded as requested, never run.
 */
export interface StepTier3 {
  type: 'step-tier3';
  seq: Seq;
  at: Timestamp;
  step: StepId;
  title: string;
}
/**
 * The operator marked a manual check (a step without a command) as done.
 */
export interface StepDone {
  type: 'step-done';
  seq: Seq;
  at: Timestamp;
  step: StepId;
}
/**
 * A note by the operator, on a step or on the session.
 */
export interface Note {
  type: 'note';
  seq: Seq;
  at: Timestamp;
  step?: StepId;
  text: string;
}
/**
 * The operator typed the confirmation for a mutating step.
 */
export interface Confirmation {
  type: 'confirmation';
  seq: Seq;
  at: Timestamp;
  step: StepId;
  /**
   * What the operator typed.
   */
  typed: string;
  /**
   * Summary of the server-side dry run shown before confirming.
   */
  dryRun?: string;
}
/**
 * Who approved a step that needs approval, and why.
 */
export interface Approval {
  type: 'approval';
  seq: Seq;
  at: Timestamp;
  step: StepId;
  approver: string;
  reason: string;
}
/**
 * Which causes the diagnosis output points to: the branches whose evidence pattern matched their step's latest output. Recorded after the diagnosis, and again whenever an evidence step ran since.
 */
export interface CausesSuggested {
  type: 'causes-suggested';
  seq: Seq;
  at: Timestamp;
  suggested: CauseId[];
  /**
   * Where each suggested cause's evidence matched.
   */
  evidence: {
    cause: CauseId;
    step: StepId;
    /**
     * 1-based line of the step's output where the match starts; null when the output was not stored (a sensitive step).
     */
    lineNumber: number | null;
  }[];
}
/**
 * The resolution branch picked after diagnosis.
 */
export interface CauseChosen {
  type: 'cause-chosen';
  seq: Seq;
  at: Timestamp;
  cause: CauseId;
  /**
   * Causes whose evidence matched the captured output.
   */
  suggested: CauseId[];
}
/**
 * The operator escalated to Tier 3.
 */
export interface Escalated {
  type: 'escalated';
  seq: Seq;
  at: Timestamp;
  /**
   * The escalation criteria that apply.
   */
  criteria: string[];
  /**
   * Why the operator escalated when no criterion applied.
   */
  reason?: string;
  contact?: string;
}
/**
 * Output of one `escalation.collect` command.
 */
export interface Collected {
  type: 'collected';
  seq: Seq;
  at: Timestamp;
  command: string;
  outputFile: OutputFile;
  exitCode: number | null;
}
/**
 * Values that a step reading Secret data printed, kept so that every file of a bundle is scrubbed of them, as they are and in base64.
 */
export interface SecretsLearned {
  type: 'secrets-learned';
  seq: Seq;
  at: Timestamp;
  step: StepId;
  values: string[];
}
/**
 * The operator quit the walk to go on later (`runbook resume`); any later event means it goes on.
 */
export interface SessionPaused {
  type: 'session-paused';
  seq: Seq;
  at: Timestamp;
}
/**
 * Somebody continued the session (`runbook resume`).
 */
export interface SessionResumed {
  type: 'session-resumed';
  seq: Seq;
  at: Timestamp;
  operator: string;
  host: string;
  mode: 'interactive' | 'unattended';
  /**
   * The runbook file differs from the one the session started with; steps are matched by id.
   */
  runbookChanged: boolean;
  /**
   * SHA-256 of the runbook the walk goes on with, when it changed.
   */
  sha256?: string;
  plan?: Plan;
}
/**
 * The last event.
 */
export interface SessionEnded {
  type: 'session-ended';
  seq: Seq;
  at: Timestamp;
  outcome: 'resolved' | 'escalated' | 'abandoned';
}
