/**
 * The session record: what a session's events add up to. `apply(state, event)` is the one reducer: replay
 * folds a journal with it, and a live walk applies each event it appends, so both see the same state.
 */
import { ConfigError } from '../errors.js';
import type { Phase, Plan, PlannedStep, SessionEvent, SessionStartedEvent, VariableSource } from './events.js';
import type { SessionStatus, StepStatus } from './status.js';

export type { SessionStatus, StepStatus } from './status.js';

export interface StepState {
  id: string;
  /** Unknown (null) for a step that was skipped, refused or noted but never started. */
  phase: Phase | null;
  title: string | null;
  status: StepStatus;
  /** Runs started so far; a rerun after `interrupted` is attempt `attempts + 1`. */
  attempts: number;
  command: string | null;
  exitCode: number | null;
  signal: string | null;
  durationMs: number | null;
  outputFile: string | null;
  bytes: number | null;
  truncated: boolean;
  /** Why it was skipped or refused. */
  reason: string | null;
  confirmation: { typed: string; dryRun?: string } | null;
  approval: { approver: string; reason: string } | null;
  /** Seq of the event that set `status`. */
  seq: number;
  /** The step's place in the plan, as its last run recorded it (older journals: null). */
  position: number | null;
}

export interface SessionState {
  sessionId: string;
  runbook: SessionStartedEvent['runbook'];
  operator: string;
  host: string;
  kube: SessionStartedEvent['kube'];
  version: string;
  options: SessionStartedEvent['options'];
  /** The walk as planned at the start, or at the last resume that found the runbook changed; null in older journals. */
  plan: Plan | null;
  /** The alert the walk answers, when it started from one. */
  alert?: NonNullable<SessionStartedEvent['alert']>;
  /** When the session started and when it last recorded something (ISO-8601 UTC). */
  started: string;
  lastEventAt: string;
  lastSeq: number;
  status: SessionStatus;
  variables: Record<string, { value: string; source: VariableSource }>;
  symptoms: string[];
  /** The operator was asked about the symptoms (an interactive walk asks once). */
  symptomsAsked: boolean;
  /** In the order the steps first appear in the journal. */
  steps: StepState[];
  cause: { id: string; suggested: string[] } | null;
  /** The latest judgement of the evidence: which causes it suggests, where each matched, and its seq. */
  suggestion: { seq: number; suggested: string[]; evidence: { cause: string; step: string; lineNumber: number | null }[] } | null;
  resumes: { operator: string; host: string; mode: 'interactive' | 'unattended'; at: string; runbookChanged: boolean }[];
  notes: { step: string | null; text: string; at: string }[];
  escalation: { criteria: string[]; reason?: string; contact?: string } | null;
  collected: { command: string; outputFile: string; exitCode: number | null }[];
}

/** The values the session holds, by variable name. */
export function valuesOf(state: SessionState): Record<string, string> {
  return Object.fromEntries(Object.entries(state.variables).map(([name, variable]) => [name, variable.value]));
}

/** Where each value came from, by variable name. */
export function sourcesOf(state: SessionState): Record<string, VariableSource> {
  return Object.fromEntries(Object.entries(state.variables).map(([name, variable]) => [name, variable.source]));
}

/** A step's state, when the session has recorded anything of it. */
export function stepStateOf(state: SessionState, id: string): StepState | undefined {
  return state.steps.find((step) => step.id === id);
}

/** Every step of a plan: the diagnosis, then each branch's steps. */
export function plannedSteps(plan: Plan): PlannedStep[] {
  return [...plan.diagnosis, ...plan.branches.flatMap((branch) => branch.steps)];
}

/** The state a session starts in, from its first event. */
export function initialState(start: SessionStartedEvent): SessionState {
  return {
    sessionId: start.sessionId,
    runbook: start.runbook,
    operator: start.operator,
    host: start.host,
    kube: start.kube,
    version: start.version,
    options: start.options,
    plan: start.plan ?? null,
    ...(start.alert ? { alert: start.alert } : {}),
    started: start.at,
    lastEventAt: start.at,
    lastSeq: start.seq,
    status: 'running',
    variables: {},
    symptoms: [],
    symptomsAsked: false,
    steps: [],
    cause: null,
    suggestion: null,
    resumes: [],
    notes: [],
    escalation: null,
    collected: [],
  };
}

/** Rebuilds a session from its journal events, so `resume`, `sessions` and `bundle` need nothing else; pure. */
export function replay(events: readonly SessionEvent[]): SessionState {
  const start = events.find((event): event is SessionStartedEvent => event.type === 'session-started');
  if (!start) throw new ConfigError('Unexpected journal without a `session-started` event');
  let state = initialState(start);
  for (const event of events) state = apply(state, event);
  return state;
}

function newStep(id: string, seq: number): StepState {
  return {
    id,
    phase: null,
    title: null,
    status: 'pending',
    attempts: 0,
    command: null,
    exitCode: null,
    signal: null,
    durationMs: null,
    outputFile: null,
    bytes: null,
    truncated: false,
    reason: null,
    confirmation: null,
    approval: null,
    seq,
    position: null,
  };
}

/**
 * The state after one more event; pure: `state` is not changed, the steps and lists an event touches are copied.
 * Events of another session's journal, or unknown ones, are a damaged record and throw.
 */
export function apply(state: SessionState, event: SessionEvent): SessionState {
  const next: SessionState = { ...state, lastEventAt: event.at, lastSeq: Math.max(state.lastSeq, event.seq) };
  // A paused walk goes on as soon as anything more is recorded (a resume records itself first).
  if (state.status === 'paused' && event.type !== 'session-paused') next.status = 'running';
  const update = (id: string, change: (step: StepState) => void): void => {
    const index = next.steps.findIndex((step) => step.id === id);
    const copy = index === -1 ? newStep(id, event.seq) : { ...next.steps[index]! };
    change(copy);
    next.steps = index === -1 ? [...next.steps, copy] : next.steps.map((step, i) => (i === index ? copy : step));
  };
  const settle = (id: string, status: StepStatus, reason: string | null = null): void =>
    update(id, (step) => {
      step.status = status;
      step.seq = event.seq;
      step.reason = reason;
    });

  switch (event.type) {
    case 'session-started':
      break;
    case 'variables-set': {
      const variables = { ...state.variables };
      for (const [name, value] of Object.entries(event.values)) variables[name] = { value, source: event.sources[name] ?? 'prompt' };
      next.variables = variables;
      break;
    }
    case 'symptoms-confirmed':
      next.symptoms = [...event.seen];
      next.symptomsAsked = true;
      break;
    case 'step-started':
      update(event.step, (step) => {
        step.phase = event.phase;
        step.title = event.title;
        step.command = event.command;
        step.attempts = Math.max(step.attempts, event.attempt);
        step.exitCode = null;
        step.signal = null;
        step.durationMs = null;
        step.outputFile = null;
        step.bytes = null;
        step.truncated = false;
        if (event.position !== undefined) step.position = event.position;
        // Until its `step-finished` arrives, a started step is one the process died in.
        step.status = 'interrupted';
        step.seq = event.seq;
        step.reason = null;
      });
      break;
    case 'step-finished':
      update(event.step, (step) => {
        step.attempts = Math.max(step.attempts, event.attempt);
        step.exitCode = event.exitCode;
        step.signal = event.signal;
        step.durationMs = event.durationMs;
        step.outputFile = event.outputFile;
        step.bytes = event.bytes;
        step.truncated = event.truncated;
        step.status = event.status;
        step.seq = event.seq;
        step.reason = null;
      });
      break;
    case 'step-skipped':
      settle(event.step, 'skipped', event.reason);
      break;
    case 'step-refused':
      settle(event.step, 'refused', event.reason);
      break;
    case 'step-needs-confirmation':
      settle(event.step, 'needs-confirmation');
      break;
    case 'step-tier3':
      update(event.step, (step) => {
        step.title = event.title;
        step.status = 'tier3';
        step.seq = event.seq;
        step.reason = null;
      });
      break;
    case 'step-done':
      settle(event.step, 'done');
      break;
    case 'session-paused':
      if (next.status === 'running') next.status = 'paused';
      break;
    case 'session-resumed':
      next.resumes = [...state.resumes, { operator: event.operator, host: event.host, mode: event.mode, at: event.at, runbookChanged: event.runbookChanged }];
      if (event.plan) next.plan = event.plan;
      break;
    case 'note':
      next.notes = [...state.notes, { step: event.step ?? null, text: event.text, at: event.at }];
      break;
    case 'confirmation':
      update(event.step, (step) => {
        step.confirmation = event.dryRun === undefined ? { typed: event.typed } : { typed: event.typed, dryRun: event.dryRun };
      });
      break;
    case 'approval':
      update(event.step, (step) => {
        step.approval = { approver: event.approver, reason: event.reason };
      });
      break;
    case 'causes-suggested':
      next.suggestion = { seq: event.seq, suggested: [...event.suggested], evidence: event.evidence.map((e) => ({ ...e })) };
      break;
    case 'cause-chosen':
      next.cause = { id: event.cause, suggested: [...event.suggested] };
      break;
    case 'escalated':
      next.escalation = {
        criteria: [...event.criteria],
        ...(event.reason !== undefined ? { reason: event.reason } : {}),
        ...(event.contact !== undefined ? { contact: event.contact } : {}),
      };
      break;
    case 'collected':
      next.collected = [...state.collected, { command: event.command, outputFile: event.outputFile, exitCode: event.exitCode }];
      break;
    case 'secrets-learned':
      // Kept out of the state on purpose: only the bundle's redaction reads them, from the events.
      break;
    case 'session-ended':
      next.status = event.outcome;
      break;
    default: {
      const unexpected: never = event;
      throw new ConfigError(`Unexpected event ${JSON.stringify(unexpected)}`);
    }
  }
  return next;
}
