/**
 * The walk engine: given the plan, the session's state and how the walk is run, what happens next. Pure: it
 * reads no file, runs nothing and asks nothing. Two drivers turn its actions into I/O: the terminal one asks
 * the operator (interactive.ts), the unattended one follows the flags (unattended.ts). Both append the events
 * they make to the record, whose reducer gives the state the next call sees.
 */
import { findPlaceholders } from '../runbook/placeholders.js';
import type { NewSessionEvent, Plan, PlannedBranch, PlannedStep } from '../session/events.js';
import { stepStateOf, valuesOf, type SessionState } from '../session/state.js';
import { isSettled, WENT_THROUGH, type StepStatus } from '../session/status.js';
import { fillCommand } from './variables.js';

/** Where an interactive walk stands; the operator moves it. */
export type Cursor = { phase: 'diagnosis'; index: number } | { phase: 'cause' } | { phase: 'resolution'; index: number } | { phase: 'escalate' };

/** How the walk is run. */
export interface Policy {
  mode: 'interactive' | 'unattended';
  readOnly: boolean;
  /** Unattended: changes run, and this is recorded as what confirmed them; absent, changes wait for a person. */
  confirmChanges?: string;
  /** Unattended: the cause to take, whatever the evidence suggests. */
  cause?: string;
  /** `runbook test`: steps that check a change the test did not make are skipped. */
  testing?: boolean;
  /** The first seq this walk records: what happened since is this walk's doing (a cancel ends it). */
  since: number;
}

export interface WalkState {
  session: SessionState;
  /** Interactive only: the step (or choice) on screen. */
  at: Cursor;
}

/** What the operator may do at a step. */
export type StepChoice = 'run' | 'rerun' | 'next' | 'done' | 'skip' | 'note' | 'set' | 'change' | 'back' | 'escalate' | 'quit';

export type Action =
  /** A decision with nothing to run or ask: append the event. */
  | { type: 'record'; event: NewSessionEvent }
  /** Unattended: run the step's command; `confirmedBy` is journaled first for a change. */
  | { type: 'run'; step: PlannedStep; command: string; attempt: number; confirmedBy?: string }
  /** Interactive: show the step and its menu. */
  | { type: 'offer-step'; step: PlannedStep; index: number; total: number; command?: string; missing?: string; choices: StepChoice[]; firstOfBranch: boolean }
  /** Judge the evidence patterns on the latest outputs and record `causes-suggested`. */
  | { type: 'suggest-causes'; branches: PlannedBranch[] }
  /** Interactive: the list of causes, suggested first. */
  | { type: 'choose-cause'; suggested: string[]; current: string | null; canGoBack: boolean }
  | { type: 'ask-symptoms'; symptoms: string[] }
  /** Interactive: the branch ended with steps that did not go through; the operator says how the walk ends. */
  | { type: 'ask-ending'; unfinished: { id: string; status: StepStatus | 'not done' }[] }
  /** Ask (or, unattended, state) why it is escalated and record `escalated`. */
  | { type: 'escalate' }
  /** Collect what Tier 3 needs (when `collect` is not empty), then record `session-ended`; `note` is recorded first. */
  | { type: 'end'; outcome: 'resolved' | 'escalated' | 'abandoned'; collect: string[]; note?: string }
  /** A command was cancelled: the walk stops and the session stays open for `resume`. */
  | { type: 'stop' };

export function branchOf(plan: Plan, cause: string | undefined | null): PlannedBranch | undefined {
  return cause == null ? undefined : plan.branches.find((branch) => branch.cause === cause);
}

/** The command with values filled in, or the first placeholder nothing fills yet. */
export function commandOf(step: PlannedStep, session: SessionState): { command?: string; missing?: string } {
  if (step.template === undefined) return {};
  const values = valuesOf(session);
  try {
    return { command: fillCommand(step.template, values) };
  } catch {
    const missing = findPlaceholders(step.template)
      .map((p) => p.name)
      .find((name) => values[name] === undefined);
    return missing === undefined ? {} : { missing };
  }
}

// ---------------------------------------------------------------- shared decisions

/** Whether the evidence must be judged (again): never judged, or an evidence step recorded something since. */
function suggestionStale(plan: Plan, session: SessionState): boolean {
  const evidenceSteps = new Set(plan.branches.flatMap((b) => (b.evidence ? [b.evidence.step] : [])));
  if (evidenceSteps.size === 0) return false;
  if (session.suggestion === null) return true;
  const since = session.suggestion.seq;
  return session.steps.some((step) => evidenceSteps.has(step.id) && step.seq > since && step.attempts > 0);
}

function suggestedOf(session: SessionState): string[] {
  return session.suggestion?.suggested ?? [];
}

/** The walk order's steps that did not go through, for the end of a branch. */
function unfinishedOf(branch: PlannedBranch, session: SessionState): { id: string; status: StepStatus | 'not done' }[] {
  return branch.steps.flatMap((step) => {
    const status = stepStateOf(session, step.id)?.status;
    return status !== undefined && WENT_THROUGH.has(status) ? [] : [{ id: step.id, status: status ?? 'not done' }];
  });
}

/** Before a change in a test: the first change of the branch the test did not make, which later steps would wait for in vain. */
function refusedChangeBefore(branch: PlannedBranch, step: PlannedStep, session: SessionState): string | undefined {
  for (const earlier of branch.steps) {
    if (earlier.id === step.id) return undefined;
    const status = stepStateOf(session, earlier.id)?.status;
    if (status === 'refused' || status === 'needs-confirmation') return earlier.id;
  }
  return undefined;
}

// ---------------------------------------------------------------- unattended

/** A step this walk has yet to decide: not settled before, and not touched since the walk began. */
function open(step: PlannedStep, session: SessionState, since: number): boolean {
  const state = stepStateOf(session, step.id);
  if (!state) return true;
  if (state.seq >= since) return false;
  return !isSettled(state.status);
}

function cancelledSince(session: SessionState, since: number): boolean {
  return session.steps.some((step) => step.seq >= since && step.status === 'cancelled');
}

/** What an unattended walk does with a step it reaches. */
function decideUnattended(plan: Plan, step: PlannedStep, session: SessionState, policy: Policy): Action {
  const event = (e: NewSessionEvent): Action => ({ type: 'record', event: e });
  if (step.kind === 'tier3') return event({ type: 'step-tier3', step: step.id, title: step.title });
  if (step.kind === 'manual' || step.template === undefined) return event({ type: 'step-skipped', step: step.id, reason: 'a manual check: nobody is there to do it in an unattended walk' });
  if (policy.testing && step.phase === 'resolution' && step.kind !== 'mutating') {
    if (step.testSkip) return event({ type: 'step-skipped', step: step.id, reason: 'test: skip' });
    const branch = branchOf(plan, step.cause);
    const refused = branch ? refusedChangeBefore(branch, step, session) : undefined;
    if (refused !== undefined) return event({ type: 'step-skipped', step: step.id, reason: `follows \`${refused}\`, a change the test does not make` });
  }
  const { command, missing } = commandOf(step, session);
  if (command === undefined) return event({ type: 'step-skipped', step: step.id, reason: `No value for {{${missing ?? '?'}}}: no earlier step captured it` });
  // Who approved, and why, is recorded before such a step runs: unattended, nobody is there to say it.
  if (step.approval !== undefined) {
    return event({ type: 'step-refused', step: step.id, reason: `needs an approval${typeof step.approval === 'string' ? ` (${step.approval})` : ''}, which nobody can give in an unattended walk` });
  }
  const attempt = (stepStateOf(session, step.id)?.attempts ?? 0) + 1;
  if (step.kind === 'mutating') {
    if (policy.readOnly) return event({ type: 'step-refused', step: step.id, reason: `read-only walk: ${step.reason ?? 'changes something'}` });
    if (policy.confirmChanges === undefined) return event({ type: 'step-needs-confirmation', step: step.id });
    return { type: 'run', step, command, attempt, confirmedBy: policy.confirmChanges };
  }
  return { type: 'run', step, command, attempt };
}

function nextUnattended(plan: Plan, session: SessionState, policy: Policy): Action {
  if (cancelledSince(session, policy.since)) return { type: 'stop' };
  const pending = plan.diagnosis.find((step) => open(step, session, policy.since));
  if (pending) return decideUnattended(plan, pending, session, policy);

  if (session.escalation !== null) return { type: 'end', outcome: 'escalated', collect: plan.collect };
  let branch = branchOf(plan, session.cause?.id);
  if (!branch) {
    if (suggestionStale(plan, session)) return { type: 'suggest-causes', branches: plan.branches };
    const suggested = suggestedOf(session);
    const cause = policy.cause ?? (suggested.length === 1 ? suggested[0] : undefined);
    if (cause === undefined || !branchOf(plan, cause)) {
      const why = suggested.length === 0 ? "no branch's evidence matched" : `the evidence matched several branches (${suggested.join(', ')})`;
      return { type: 'end', outcome: 'abandoned', collect: plan.collect, note: `No cause chosen: ${why}` };
    }
    return { type: 'record', event: { type: 'cause-chosen', cause, suggested } };
  }
  const step = branch.steps.find((s) => open(s, session, policy.since));
  if (step) return decideUnattended(plan, step, session, policy);
  branch = branchOf(plan, session.cause?.id)!;
  return unfinishedOf(branch, session).length === 0 ? { type: 'end', outcome: 'resolved', collect: [] } : { type: 'end', outcome: 'abandoned', collect: plan.collect };
}

// ---------------------------------------------------------------- interactive

/** The menu of a step, from what it is and what it did so far. */
export function stepChoices(step: PlannedStep, session: SessionState, options: { readOnly: boolean; missing?: string; canChangeValues: boolean; canGoBack: boolean }): StepChoice[] {
  const attempts = stepStateOf(session, step.id)?.attempts ?? 0;
  const choices: StepChoice[] = [];
  if (step.kind === 'manual') choices.push('done', 'skip');
  else if (step.template === undefined || step.kind === 'tier3' || (step.kind === 'mutating' && options.readOnly)) choices.push('next');
  else if (options.missing !== undefined) choices.push('set', 'skip');
  else if (attempts === 0) choices.push('run', 'skip');
  else choices.push('next', 'rerun');
  choices.push('note');
  if (options.canChangeValues) choices.push('change');
  if (options.canGoBack) choices.push('back');
  choices.push('escalate', 'quit');
  return choices;
}

function offer(steps: readonly PlannedStep[], index: number, session: SessionState, policy: Policy, canChangeValues: boolean, firstOfBranch: boolean): Action {
  const step = steps[index]!;
  const recorded = stepStateOf(session, step.id)?.status;
  // Shown is recorded: a Tier 3 step, and in a read-only walk a change, are never run.
  if (step.kind === 'tier3' && recorded !== 'tier3') return { type: 'record', event: { type: 'step-tier3', step: step.id, title: step.title } };
  if (step.kind === 'mutating' && policy.readOnly && recorded !== 'refused') {
    return { type: 'record', event: { type: 'step-refused', step: step.id, reason: `read-only walk: ${step.reason ?? 'changes something'}` } };
  }
  const { command, missing } = commandOf(step, session);
  const choices = stepChoices(step, session, { readOnly: policy.readOnly, ...(missing !== undefined ? { missing } : {}), canChangeValues, canGoBack: index > 0 || firstOfBranch });
  return { type: 'offer-step', step, index, total: steps.length, ...(command !== undefined ? { command } : {}), ...(missing !== undefined ? { missing } : {}), choices, firstOfBranch };
}

function nextInteractive(plan: Plan, walk: WalkState, policy: Policy, canChangeValues: boolean): Action {
  const { session, at } = walk;
  if (plan.symptoms.length > 0 && !session.symptomsAsked) return { type: 'ask-symptoms', symptoms: plan.symptoms };
  switch (at.phase) {
    case 'diagnosis':
      if (at.index < plan.diagnosis.length) return offer(plan.diagnosis, at.index, session, policy, canChangeValues, false);
      return nextInteractive(plan, { session, at: { phase: 'cause' } }, policy, canChangeValues);
    case 'cause':
      if (suggestionStale(plan, session)) return { type: 'suggest-causes', branches: plan.branches };
      return { type: 'choose-cause', suggested: suggestedOf(session), current: session.cause?.id ?? null, canGoBack: plan.diagnosis.length > 0 };
    case 'resolution': {
      const branch = branchOf(plan, session.cause?.id);
      if (!branch) return nextInteractive(plan, { session, at: { phase: 'cause' } }, policy, canChangeValues);
      if (at.index < branch.steps.length) return offer(branch.steps, at.index, session, policy, canChangeValues, at.index === 0);
      const unfinished = unfinishedOf(branch, session);
      return unfinished.length === 0 ? { type: 'end', outcome: 'resolved', collect: [] } : { type: 'ask-ending', unfinished };
    }
    case 'escalate':
      return session.escalation === null ? { type: 'escalate' } : { type: 'end', outcome: 'escalated', collect: plan.collect };
  }
}

/**
 * The next thing the walk does. `canChangeValues`: the runbook declares variables the operator may change.
 * A session that has ended has nothing next (`stop`).
 */
export function next(plan: Plan, walk: WalkState, policy: Policy, canChangeValues = false): Action {
  if (walk.session.status !== 'running' && walk.session.status !== 'paused') return { type: 'stop' };
  return policy.mode === 'unattended' ? nextUnattended(plan, walk.session, policy) : nextInteractive(plan, walk, policy, canChangeValues);
}

// ---------------------------------------------------------------- moving the cursor

/** Where a walk picks up: the first step not settled, in the diagnosis, else in the chosen branch, else the choice of cause. */
export function startAt(plan: Plan, session: SessionState): Cursor {
  const firstOpen = (steps: readonly PlannedStep[]): number => steps.findIndex((step) => !isSettled(stepStateOf(session, step.id)?.status));
  const diagnosis = firstOpen(plan.diagnosis);
  if (diagnosis !== -1) return { phase: 'diagnosis', index: diagnosis };
  const branch = branchOf(plan, session.cause?.id);
  if (!branch) return { phase: 'cause' };
  const resolution = firstOpen(branch.steps);
  return { phase: 'resolution', index: resolution === -1 ? branch.steps.length : resolution };
}

/** Next: the following step; past the diagnosis, the choice of cause. */
export function forward(plan: Plan, at: Cursor): Cursor {
  if (at.phase === 'diagnosis') return at.index + 1 < plan.diagnosis.length ? { phase: 'diagnosis', index: at.index + 1 } : { phase: 'cause' };
  if (at.phase === 'resolution') return { phase: 'resolution', index: at.index + 1 };
  return at;
}

/** Back: the step before; from a branch's first step the choice of cause, and from there the last diagnosis step. */
export function back(plan: Plan, at: Cursor): Cursor {
  switch (at.phase) {
    case 'diagnosis':
      return { phase: 'diagnosis', index: Math.max(0, at.index - 1) };
    case 'resolution':
      return at.index > 0 ? { phase: 'resolution', index: at.index - 1 } : { phase: 'cause' };
    case 'cause':
      return plan.diagnosis.length > 0 ? { phase: 'diagnosis', index: plan.diagnosis.length - 1 } : at;
    case 'escalate':
      return at;
  }
}
