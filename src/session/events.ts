/**
 * The journal's event types, named as the rest of the code uses them. Every type is generated from
 * schemas/session.schema.json (src/session/types.generated.ts): the schema is the one contract.
 */
import type * as Generated from './types.generated.js';

export type SessionEvent = Generated.SessionEvent;
export type SessionStartedEvent = Generated.SessionStarted;
export type VariablesSetEvent = Generated.VariablesSet;
export type SymptomsConfirmedEvent = Generated.SymptomsConfirmed;
export type StepStartedEvent = Generated.StepStarted;
export type StepFinishedEvent = Generated.StepFinished;
export type StepSkippedEvent = Generated.StepSkipped;
export type StepRefusedEvent = Generated.StepRefused;
export type StepNeedsConfirmationEvent = Generated.StepNeedsConfirmation;
export type StepTier3Event = Generated.StepTier3;
export type StepDoneEvent = Generated.StepDone;
export type NoteEvent = Generated.Note;
export type ConfirmationEvent = Generated.Confirmation;
export type ApprovalEvent = Generated.Approval;
export type CausesSuggestedEvent = Generated.CausesSuggested;
export type CauseChosenEvent = Generated.CauseChosen;
export type EscalatedEvent = Generated.Escalated;
export type CollectedEvent = Generated.Collected;
export type SecretsLearnedEvent = Generated.SecretsLearned;
export type SessionPausedEvent = Generated.SessionPaused;
export type SessionResumedEvent = Generated.SessionResumed;
export type SessionEndedEvent = Generated.SessionEnded;

/** The walk as planned when the session started; the bundle and `resume` read it from the record. */
export type Plan = Generated.Plan;
export type PlannedBranch = Generated.Plan['branches'][number];
export type PlannedStep = Generated.PlannedStep;
export type StepKind = PlannedStep['kind'];

export type Phase = StepStartedEvent['phase'];
/** `context`: the kube context's namespace, for a variable named `namespace` (before the runbook's default). */
export type VariableSource = VariablesSetEvent['sources'][string];
/** How a step's command ended. */
export type StepRunStatus = StepFinishedEvent['status'];
export type SessionOutcome = SessionEndedEvent['outcome'];
export type SessionEventType = SessionEvent['type'];

/** An event as the runner hands it over: `seq` and `at` are filled in by the journal. */
export type NewSessionEvent = DistributiveOmit<SessionEvent, 'seq' | 'at'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Every event type, for readers that must recognise them (checked against the union below). */
export const SESSION_EVENT_TYPES = [
  'session-started',
  'variables-set',
  'symptoms-confirmed',
  'step-started',
  'step-finished',
  'step-skipped',
  'step-refused',
  'step-needs-confirmation',
  'step-tier3',
  'step-done',
  'note',
  'confirmation',
  'approval',
  'causes-suggested',
  'cause-chosen',
  'escalated',
  'collected',
  'secrets-learned',
  'session-paused',
  'session-resumed',
  'session-ended',
] as const satisfies readonly SessionEventType[];
// Fails to compile when the schema gains a type this list lacks.
const everyTypeListed: Exclude<SessionEventType, (typeof SESSION_EVENT_TYPES)[number]> extends never ? true : never = true;
void everyTypeListed;
