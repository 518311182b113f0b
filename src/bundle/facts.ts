/**
 * What a Tier 3 engineer needs to know, derived once from the redacted session record (its plan, its judgement
 * of the evidence, the runbook's facts it recorded) and the kept outputs; the runbook copy is read only for the
 * links in its prose. SUMMARY.md, report.html and escalation.json all render these facts. Pure.
 */
import { looksLikeProduction } from '../kube/context.js';
import type { Plan, PlannedStep, SessionEvent } from '../session/events.js';
import { plannedSteps, type SessionState, type StepState } from '../session/state.js';
import type { RunbookSource } from './load-session.js';

/** One output as it sits in the bundle (already redacted and cut to size). */
export interface BundledOutput {
  path: string;
  kind: 'step' | 'collected';
  stepId?: string;
  attempt?: number;
  command?: string;
  /** The redacted kept text; null when the file was left out. */
  text: string | null;
  /** Why it was left out. */
  leftOut?: string;
  /** Bytes of the stored file, and whether the bundle kept only its head and tail. */
  originalSize: number;
  truncated: boolean;
  /** When only the head and tail are kept: how many whole lines of the head `text` starts with. */
  headLines?: number;
}

export interface StepFact {
  id: string;
  title: string;
  phase: string;
  status: StepState['status'] | 'not reached';
  command: string | null;
  exitCode: number | null;
  signal: string | null;
  durationMs: number | null;
  attempts: number;
  reason: string | null;
  /** The runner stored only a head and tail of what the command printed. */
  runnerTruncated: boolean;
  bytes: number | null;
  output: BundledOutput | null;
  notes: string[];
  approval: { approver: string; reason: string } | null;
  confirmed: string | null;
  /** A Tier 3 step's command as the runbook writes it (it is never run). */
  template: string | null;
  /** The plan marks the step sensitive: its output was shown, never stored. */
  sensitive: boolean;
}

/** What a bundle says where a sensitive step's output would be. */
export const SENSITIVE_OUTPUT = 'Output not stored: the step is sensitive (its output was shown on screen only).';

export interface TimelineEntry {
  offsetMs: number;
  at: string;
  text: string;
}

/** One run of one step, for drawing the timeline. */
export interface RunBar {
  step: string;
  attempt: number;
  startMs: number;
  durationMs: number;
  status: string;
}

export interface CauseFact {
  id: string;
  title: string | null;
  when: string | null;
  /** Chosen by the operator, or only suggested because its evidence matched. */
  chosen: boolean;
  evidence: CauseEvidence | null;
}

/** A branch's evidence as the session judged it: the runner records which causes matched and at which line. */
export interface CauseEvidence {
  step: string;
  /** The pattern as the runbook writes it; null when the recorded plan does not have it. */
  pattern: string | null;
  /** `matched` and `unmatched` as the latest `causes-suggested` event says; `not-judged` when none was recorded. */
  judged: 'matched' | 'unmatched' | 'not-judged';
  /** The 1-based line of the step's output where it matched; null when the output was not stored (a sensitive step). */
  lineNumber: number | null;
  /** That line, redacted; null when it is not in the bundle (not stored, left out, or in the part the bundle cut). */
  line: string | null;
  /** The bundled output that line is in. */
  file: string | null;
}

export interface Facts {
  sessionId: string;
  runbook: { id: string; title: string; severity: string | null; owner: string | null; path: string; sha256: string; source: RunbookSource };
  context: string | null;
  namespace: string | null;
  production: boolean;
  contextMatches: boolean;
  operator: string;
  host: string;
  drill: string | null;
  started: string;
  lastEventAt: string;
  elapsedMs: number;
  escalateAfterMs: number | null;
  status: SessionState['status'];
  escalated: boolean;
  criteria: string[];
  /** Why the operator escalated when no criterion applied. */
  escalationReason: string | null;
  /** What the operator was paged for, when the walk started from an alert. */
  alert: { name: string | null; labels: Record<string, string>; startsAt: string | null; summary: string | null } | null;
  /** Every step that changed the cluster, in the order they ran, with what confirmed it. */
  changes: { id: string; title: string; command: string | null; status: string; exitCode: number | null; typed: string; dryRun: string | null }[];
  /** What the evidence suggested when the operator chose another cause (empty when they agree or nothing matched). */
  overruled: string[];
  runbookCriteria: string[];
  contact: string | null;
  causes: CauseFact[];
  /** The record has the walk's plan; a session recorded before plans were has none, nor a judgement of the evidence. */
  planRecorded: boolean;
  symptoms: string[];
  steps: StepFact[];
  tier3: StepFact[];
  notDone: StepFact[];
  failed: StepFact[];
  timeline: TimelineEntry[];
  runs: RunBar[];
  variables: { name: string; value: string; source: string }[];
  collected: { command: string; exitCode: number | null; output: BundledOutput | null }[];
  notes: { step: string | null; text: string; at: string }[];
  links: { href: string; text: string }[];
  toolVersion: string;
  sessionVersion: string;
  journalProblems: string[];
}

export interface FactsInput {
  state: SessionState;
  events: readonly SessionEvent[];
  /** The runbook copy, read only for the links in its prose. */
  runbookText: string | null;
  runbookSource: RunbookSource;
  outputs: readonly BundledOutput[];
  toolVersion: string;
  journalProblems: readonly string[];
}

export function gatherFacts(input: FactsInput): Facts {
  const { state, events } = input;
  // A session recorded before plans were has none: its steps are shown in journal order, with no suggested cause.
  const plan = state.plan;
  const startMs = Date.parse(state.started);
  const offset = (at: string): number => Math.max(0, Date.parse(at) - startMs);
  const escalation = state.runbook.escalation;
  const latestOutput = new Map<string, BundledOutput>();
  for (const output of input.outputs) {
    if (output.kind !== 'step' || output.stepId === undefined) continue;
    const known = latestOutput.get(output.stepId);
    if (!known || (output.attempt ?? 0) > (known.attempt ?? 0)) latestOutput.set(output.stepId, output);
  }

  const planned = plan ? plannedSteps(plan) : [];
  const plannedById = new Map(planned.map((step) => [step.id, step]));
  const recorded = new Map(state.steps.map((step) => [step.id, step]));
  const chosenBranch = plan?.branches.find((b) => b.cause === state.cause?.id);
  // The runbook's order: diagnosis, then the chosen branch; then anything the journal has that the runbook lacks.
  const order: string[] = [...(plan?.diagnosis ?? []), ...(chosenBranch?.steps ?? [])].map((s) => s.id);
  for (const step of state.steps) if (!order.includes(step.id)) order.push(step.id);
  const steps = order.map((id) => stepFact(id, recorded.get(id), plannedById.get(id), latestOutput.get(id), state));

  const causeIds = state.cause ? [state.cause.id] : (state.suggestion?.suggested ?? []);
  const causes = causeIds.map((id): CauseFact => {
    const branch = plan?.branches.find((b) => b.cause === id);
    return { id, title: branch?.title ?? null, when: branch?.when ?? null, chosen: state.cause?.id === id, evidence: causeEvidence(id, branch, state, events, input.outputs) };
  });

  return {
    sessionId: state.sessionId,
    runbook: {
      id: state.runbook.id,
      title: state.runbook.title,
      severity: state.runbook.severity ?? null,
      owner: state.runbook.owner ?? null,
      path: state.runbook.path,
      sha256: state.runbook.sha256,
      source: input.runbookSource,
    },
    context: state.kube.context,
    namespace: state.kube.namespace ?? null,
    production: looksLikeProduction(state.kube.context ?? undefined),
    contextMatches: state.kube.contextMatches !== false,
    operator: state.operator,
    host: state.host,
    drill: state.options.drill ?? null,
    started: state.started,
    lastEventAt: state.lastEventAt,
    elapsedMs: offset(state.lastEventAt),
    escalateAfterMs: escalation?.afterMs ?? null,
    status: state.status,
    escalated: state.escalation !== null,
    criteria: state.escalation?.criteria ?? [],
    escalationReason: state.escalation?.reason ?? null,
    alert: state.alert
      ? { name: state.alert.name ?? null, labels: { ...state.alert.labels }, startsAt: state.alert.startsAt ?? null, summary: state.alert.summary ?? null }
      : null,
    changes: [...state.steps]
      .filter((step) => step.confirmation !== null && step.attempts > 0)
      .sort((a, b) => a.seq - b.seq)
      .map((step) => ({
        id: step.id,
        title: step.title ?? step.id,
        command: step.command,
        status: step.status,
        exitCode: step.exitCode,
        typed: step.confirmation!.typed,
        dryRun: step.confirmation!.dryRun ?? null,
      })),
    overruled: state.cause && !state.cause.suggested.includes(state.cause.id) ? [...state.cause.suggested] : [],
    runbookCriteria: escalation ? [...escalation.when] : [],
    contact: state.escalation?.contact ?? escalation?.contact ?? null,
    causes,
    planRecorded: plan !== null,
    symptoms: state.symptoms,
    steps,
    tier3: steps.filter((s) => s.status === 'tier3'),
    notDone: steps.filter((s) => ['skipped', 'refused', 'needs-confirmation', 'interrupted', 'cancelled'].includes(s.status)),
    failed: steps.filter((s) => s.status === 'failed' || s.status === 'timed-out'),
    timeline: events.map((event) => ({ offsetMs: offset(event.at), at: event.at, text: describeEvent(event) })),
    runs: runBars(events, offset),
    variables: Object.entries(state.variables).map(([name, v]) => ({ name, value: v.value, source: v.source })),
    collected: state.collected.map((c) => ({ command: c.command, exitCode: c.exitCode, output: input.outputs.find((o) => o.kind === 'collected' && o.command === c.command) ?? null })),
    notes: state.notes,
    links: linksOf(input.runbookText, plan),
    toolVersion: input.toolVersion,
    sessionVersion: state.version,
    journalProblems: [...input.journalProblems],
  };
}

function stepFact(id: string, recorded: StepState | undefined, planned: PlannedStep | undefined, output: BundledOutput | undefined, state: SessionState): StepFact {
  return {
    id,
    title: recorded?.title ?? planned?.title ?? id,
    phase: recorded?.phase ?? planned?.phase ?? 'unknown',
    status: recorded?.status ?? 'not reached',
    command: recorded?.command ?? null,
    exitCode: recorded?.exitCode ?? null,
    signal: recorded?.signal ?? null,
    durationMs: recorded?.durationMs ?? null,
    attempts: recorded?.attempts ?? 0,
    reason: recorded?.reason ?? null,
    runnerTruncated: recorded?.truncated ?? false,
    bytes: recorded?.bytes ?? null,
    output: output ?? null,
    notes: state.notes.filter((n) => n.step === id).map((n) => n.text),
    approval: recorded?.approval ?? null,
    confirmed: recorded?.confirmation?.typed ?? null,
    template: planned?.kind === 'tier3' ? (planned.template ?? null) : null,
    sensitive: planned?.sensitive ?? false,
  };
}

// Where a cause's evidence matched, as the latest `causes-suggested` event recorded it; the line itself is read
// from the bundled (redacted) output of the run that event judged.
function causeEvidence(
  cause: string,
  branch: Plan['branches'][number] | undefined,
  state: SessionState,
  events: readonly SessionEvent[],
  outputs: readonly BundledOutput[],
): CauseEvidence | null {
  const suggestion = state.suggestion;
  const found = suggestion?.evidence.find((e) => e.cause === cause);
  const step = found?.step ?? branch?.evidence?.step;
  if (step === undefined) return null;
  const pattern = branch?.evidence?.matches ?? null;
  if (!suggestion) return { step, pattern, judged: 'not-judged', lineNumber: null, line: null, file: null };
  if (!found) return { step, pattern, judged: 'unmatched', lineNumber: null, line: null, file: null };
  const output = judgedOutput(step, suggestion.seq, events, outputs);
  const line = found.lineNumber !== null && output ? lineOf(output, found.lineNumber) : null;
  return { step, pattern, judged: 'matched', lineNumber: found.lineNumber, line, file: output?.path ?? null };
}

// The output of the step's last run before the judgement (a later rerun is not what was judged).
function judgedOutput(step: string, judgedAt: number, events: readonly SessionEvent[], outputs: readonly BundledOutput[]): BundledOutput | undefined {
  let attempt: number | undefined;
  for (const event of events) if (event.type === 'step-finished' && event.step === step && event.seq < judgedAt) attempt = event.attempt;
  return attempt === undefined ? undefined : outputs.find((o) => o.kind === 'step' && o.stepId === step && o.attempt === attempt);
}

// Line `n` (1-based) of a bundled output, when the bundle kept it.
function lineOf(output: BundledOutput, n: number): string | null {
  if (output.text === null) return null;
  if (output.truncated && n > (output.headLines ?? 0)) return null;
  return output.text.split('\n')[n - 1] ?? null;
}

function runBars(events: readonly SessionEvent[], offset: (at: string) => number): RunBar[] {
  const started = new Map<string, number>();
  const bars: RunBar[] = [];
  for (const event of events) {
    if (event.type === 'step-started') started.set(`${event.step}#${event.attempt}`, offset(event.at));
    if (event.type === 'step-finished') {
      const end = offset(event.at);
      const start = started.get(`${event.step}#${event.attempt}`) ?? Math.max(0, end - event.durationMs);
      bars.push({ step: event.step, attempt: event.attempt, startMs: start, durationMs: Math.max(event.durationMs, end - start), status: event.status });
      started.delete(`${event.step}#${event.attempt}`);
    }
  }
  // A run with no end is one the process died in.
  for (const [key, start] of started) {
    const [step = '', attempt = '1'] = key.split('#');
    bars.push({ step, attempt: Number(attempt), startMs: start, durationMs: 0, status: 'interrupted' });
  }
  return bars.sort((a, b) => a.startMs - b.startMs);
}

const URL_IN_TEXT = /https?:\/\/[^\s<>()"'`\]]+/g;

// Links a Tier 3 engineer opens first: the steps' links, then dashboards and docs named in the runbook's body.
function linksOf(text: string | null, plan: Plan | null): { href: string; text: string }[] {
  const links: { href: string; text: string }[] = [];
  const add = (href: string, label: string): void => {
    const clean = href.replace(/[.,;:]+$/, '');
    if (!links.some((l) => l.href === clean)) links.push({ href: clean, text: label });
  };
  for (const step of plan ? plannedSteps(plan) : []) {
    if (step.link && /^https?:\/\//.test(step.link)) add(step.link, step.title);
  }
  if (text) {
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const match of body.matchAll(/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g)) add(match[2]!, match[1]!);
    for (const match of body.matchAll(URL_IN_TEXT)) add(match[0], match[0]);
  }
  return links;
}

// A step id as a code span, never followed by a colon: an id such as `secret` or `password` before `: ` would read
// as a key and value to the redaction of the finished summary.
function stepLabel(id: string): string {
  return `\`${id}\``;
}

/** One event in a line of words, for the timeline. */
export function describeEvent(event: SessionEvent): string {
  switch (event.type) {
    case 'session-started':
      return `Session started by ${event.operator} on ${event.host}, context ${event.kube.context ?? '(none)'}${event.kube.namespace ? `, namespace ${event.kube.namespace}` : ''}${event.options.readOnly ? ', read-only' : ''}${event.options.yes ? ', unattended' : ''}`;
    case 'variables-set':
      return `Values set: ${Object.entries(event.values)
        .map(([name, value]) => `${name}=${value} (${event.sources[name] ?? 'prompt'})`)
        .join(', ')}`;
    case 'symptoms-confirmed':
      return event.seen.length > 0 ? `Symptoms seen: ${event.seen.join('; ')}` : 'No listed symptom seen';
    case 'step-started':
      return `${stepLabel(event.step)} started${event.attempt > 1 ? ` (attempt ${event.attempt})` : ''}: ${event.command}`;
    case 'step-finished':
      return `${stepLabel(event.step)} ${event.status}${event.exitCode !== null ? `, exit ${event.exitCode}` : event.signal ? `, ${event.signal}` : ''} after ${formatDuration(event.durationMs)}${event.truncated ? ` (${event.bytes} bytes printed, head and tail stored)` : ''}`;
    case 'step-skipped':
      return `${stepLabel(event.step)} skipped: ${event.reason}`;
    case 'step-refused':
      return `${stepLabel(event.step)} refused: ${event.reason}`;
    case 'step-needs-confirmation':
      return `${stepLabel(event.step)} not run, needs a confirmation`;
    case 'step-tier3':
      return `${stepLabel(event.step)} Tier 3 action recorded: ${event.title}`;
    case 'step-done':
      return `${stepLabel(event.step)} done (a manual check)`;
    case 'session-paused':
      return 'Session paused: the operator quit, to resume later';
    case 'session-resumed': {
      const changed = event.runbookChanged ? `; the runbook had changed, so ${event.plan ? 'the walk went on with its new plan' : 'the walk went on with the new file'} (steps matched by id)` : '';
      return `Session resumed by ${event.operator} on ${event.host}${event.mode === 'unattended' ? ', unattended' : ''}${changed}`;
    }
    case 'causes-suggested': {
      if (event.suggested.length === 0) return 'No cause’s evidence matched the output';
      const where = (cause: string): string => {
        const found = event.evidence.find((e) => e.cause === cause);
        if (!found) return '';
        return ` (${stepLabel(found.step)} output, ${found.lineNumber !== null ? `line ${found.lineNumber}` : 'not stored'})`;
      };
      return `Evidence points to ${event.suggested.map((cause) => `\`${cause}\`${where(cause)}`).join(', ')}`;
    }
    case 'note':
      return `Note${event.step ? ` on ${stepLabel(event.step)}` : ''}: ${event.text}`;
    case 'confirmation':
      return `${stepLabel(event.step)} change confirmed (typed ${event.typed})${event.dryRun ? `; dry run: ${event.dryRun}` : ''}`;
    case 'approval':
      return `${stepLabel(event.step)} approved by ${event.approver}: ${event.reason}`;
    case 'cause-chosen':
      return `Cause chosen: ${event.cause}${event.suggested.length > 0 ? ` (evidence suggested ${event.suggested.join(', ')})` : ''}`;
    case 'escalated':
      return `Escalated${event.contact ? ` to ${event.contact}` : ''}${event.criteria.length > 0 ? `: ${event.criteria.join('; ')}` : ''}${event.reason ? `; no criterion applied: ${event.reason}` : ''}`;
    case 'collected':
      return `Collected: ${event.command}${event.exitCode !== null && event.exitCode !== 0 ? ` (exit ${event.exitCode})` : ''}`;
    case 'secrets-learned':
      return `${stepLabel(event.step)} printed ${event.values.length === 1 ? 'a value' : `${event.values.length} values`} read from a Secret, scrubbed from this bundle`;
    case 'session-ended':
      return `Session ended: ${event.outcome}`;
    default: {
      const unexpected: never = event;
      return `Unknown event ${JSON.stringify(unexpected)}`;
    }
  }
}

/** `850ms`, `4.2s`, `3m 07s`, `1h 02m`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(seconds / 3600)}h ${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')}m`;
}

/** `+0:01:23`: time since the session started. */
export function formatOffset(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `+${Math.floor(seconds / 3600)}:${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** `2026-11-22 16:34:48 UTC`. */
export function formatUtc(iso: string): string {
  return `${iso.replace('T', ' ').replace(/\.\d+Z$/, '').replace(/Z$/, '')} UTC`;
}
