import { ConfigError } from '../errors.js';
import type { Phase, SessionEvent, SessionStartedEvent, VariableSource } from './journal.js';

/** Where a session stands: still open, or how it ended. */
export type SessionStatus = 'running' | 'paused' | 'resolved' | 'escalated' | 'abandoned';

/** A step's latest state, in the words of `--json` output, plus `pending`: confirmed or approved, not started yet. */
export type StepStatus =
  | 'pending'
  | 'ok'
  | 'failed'
  | 'timed-out'
  | 'cancelled'
  | 'interrupted'
  | 'skipped'
  | 'refused'
  | 'needs-confirmation'
  | 'tier3'
  | 'done';

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
}

export interface SessionState {
  sessionId: string;
  runbook: SessionStartedEvent['runbook'];
  operator: string;
  host: string;
  kube: SessionStartedEvent['kube'];
  version: string;
  options: SessionStartedEvent['options'];
  /** The alert the walk answers, when it started from one. */
  alert?: NonNullable<SessionStartedEvent['alert']>;
  /** When the session started and when it last recorded something (ISO-8601 UTC). */
  started: string;
  lastEventAt: string;
  lastSeq: number;
  status: SessionStatus;
  variables: Record<string, { value: string; source: VariableSource }>;
  symptoms: string[];
  /** In the order the steps first appear in the journal. */
  steps: StepState[];
  cause: { id: string; suggested: string[] } | null;
  notes: { step: string | null; text: string; at: string }[];
  escalation: { criteria: string[]; reason?: string; contact?: string } | null;
  collected: { command: string; outputFile: string; exitCode: number | null }[];
}

/** Rebuilds a session from its journal events, so `resume` and `sessions` need nothing else; pure. */
export function replay(events: readonly SessionEvent[]): SessionState {
  const start = events.find((event): event is SessionStartedEvent => event.type === 'session-started');
  if (!start) throw new ConfigError('Unexpected journal without a `session-started` event');
  const state: SessionState = {
    sessionId: start.sessionId,
    runbook: start.runbook,
    operator: start.operator,
    host: start.host,
    kube: start.kube,
    version: start.version,
    options: start.options,
    ...(start.alert ? { alert: start.alert } : {}),
    started: start.at,
    lastEventAt: start.at,
    lastSeq: start.seq,
    status: 'running',
    variables: {},
    symptoms: [],
    steps: [],
    cause: null,
    notes: [],
    escalation: null,
    collected: [],
  };
  const steps = new Map<string, StepState>();
  const step = (id: string, seq: number): StepState => {
    let found = steps.get(id);
    if (!found) {
      found = {
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
      };
      steps.set(id, found);
      state.steps.push(found);
    }
    return found;
  };
  const settle = (target: StepState, status: StepStatus, seq: number, reason: string | null = null): void => {
    target.status = status;
    target.seq = seq;
    target.reason = reason;
  };

  for (const event of events) {
    // A paused walk goes on as soon as anything more is recorded (a resume notes itself first).
    if (state.status === 'paused' && event.type !== 'session-paused') state.status = 'running';
    state.lastEventAt = event.at;
    state.lastSeq = Math.max(state.lastSeq, event.seq);
    switch (event.type) {
      case 'session-started':
        break;
      case 'variables-set':
        for (const [name, value] of Object.entries(event.values)) {
          state.variables[name] = { value, source: event.sources[name] ?? 'prompt' };
        }
        break;
      case 'symptoms-confirmed':
        state.symptoms = [...event.seen];
        break;
      case 'step-started': {
        const target = step(event.step, event.seq);
        target.phase = event.phase;
        target.title = event.title;
        target.command = event.command;
        target.attempts = Math.max(target.attempts, event.attempt);
        target.exitCode = null;
        target.signal = null;
        target.durationMs = null;
        target.outputFile = null;
        target.bytes = null;
        target.truncated = false;
        // Until its `step-finished` arrives, a started step is one the process died in.
        settle(target, 'interrupted', event.seq);
        break;
      }
      case 'step-finished': {
        const target = step(event.step, event.seq);
        target.attempts = Math.max(target.attempts, event.attempt);
        target.exitCode = event.exitCode;
        target.signal = event.signal;
        target.durationMs = event.durationMs;
        target.outputFile = event.outputFile;
        target.bytes = event.bytes;
        target.truncated = event.truncated;
        settle(target, event.status, event.seq);
        break;
      }
      case 'step-skipped':
        settle(step(event.step, event.seq), 'skipped', event.seq, event.reason);
        break;
      case 'step-refused':
        settle(step(event.step, event.seq), 'refused', event.seq, event.reason);
        break;
      case 'step-needs-confirmation':
        settle(step(event.step, event.seq), 'needs-confirmation', event.seq);
        break;
      case 'step-tier3': {
        const target = step(event.step, event.seq);
        target.title = event.title;
        settle(target, 'tier3', event.seq);
        break;
      }
      case 'step-done':
        settle(step(event.step, event.seq), 'done', event.seq);
        break;
      case 'session-paused':
        if (state.status === 'running') state.status = 'paused';
        break;
      case 'note':
        state.notes.push({ step: event.step ?? null, text: event.text, at: event.at });
        break;
      case 'confirmation':
        step(event.step, event.seq).confirmation = event.dryRun === undefined ? { typed: event.typed } : { typed: event.typed, dryRun: event.dryRun };
        break;
      case 'approval':
        step(event.step, event.seq).approval = { approver: event.approver, reason: event.reason };
        break;
      case 'cause-chosen':
        state.cause = { id: event.cause, suggested: [...event.suggested] };
        break;
      case 'escalated':
        state.escalation = {
          criteria: [...event.criteria],
          ...(event.reason !== undefined ? { reason: event.reason } : {}),
          ...(event.contact !== undefined ? { contact: event.contact } : {}),
        };
        break;
      case 'collected':
        state.collected.push({ command: event.command, outputFile: event.outputFile, exitCode: event.exitCode });
        break;
      case 'secrets-learned':
        // Kept out of the state on purpose: only the bundle's redaction reads them, from the events.
        break;
      case 'session-ended':
        state.status = event.outcome;
        break;
      default: {
        const unexpected: never = event;
        throw new ConfigError(`Unexpected event ${JSON.stringify(unexpected)}`);
      }
    }
  }
  return state;
}
