import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { KubeContext } from '../kube/context.js';
import type { AlertFacts } from './alert.js';
import type { LooseRunbook } from '../runbook/model.js';
import { suggestedCauses, type PatternProblem } from './evidence.js';
import { Journal, STEPS_DIR, type Phase, type SessionOutcome, type VariableSource } from './journal.js';
import { planRunbook, type Plan, type PlannedStep } from './plan.js';
import { resumeSession, SETTLED_STATUSES, sessionStartedEvent } from './session.js';
import type { SessionState } from './session-state.js';
import { ensurePrivateDir, newSessionId } from './session-home.js';
import { executeStep } from './step-run.js';
import { checkValues, fillCommand, resolveVariables } from './variables.js';

/** Everything `runbook run --yes` needs, already parsed by the CLI layer. */
export interface UnattendedOptions {
  runbook: LooseRunbook;
  runbookPath: string;
  runbookText: string;
  home: string;
  vars: Record<string, string>;
  /** The alert the walk answers: its labels fill variables; its name, start and summary go into the session. */
  alert?: { file: string } & AlertFacts;
  readOnly: boolean;
  confirmMutating: boolean;
  cause?: string;
  maxOutputBytes: number;
  kube: KubeContext;
  env?: Record<string, string>;
  /** The scenario file when the walk is a drill against the simulated cluster (recorded, so it is never resumed against a real one). */
  drill?: string;
  operator: string;
  host: string;
  version: string;
  /**
   * `runbook test`: resolution steps marked `test: skip`, and those after a change the test refused, are skipped:
   * they check a change that was never made and would only wait for it until their timeout.
   */
  testing?: boolean;
  signal?: AbortSignal;
  onOutput?: (chunk: Uint8Array) => void;
}

/** What the walk itself needs, for a new session and a resumed one alike. */
type WalkOptions = Pick<UnattendedOptions, 'runbook' | 'readOnly' | 'confirmMutating' | 'cause' | 'maxOutputBytes' | 'env' | 'signal' | 'onOutput' | 'testing'>;

export type StepStatus = 'ok' | 'done' | 'failed' | 'timed-out' | 'skipped' | 'refused' | 'needs-confirmation' | 'tier3' | 'interrupted' | 'cancelled';

/** One step in the `--json` report. */
export interface StepReport {
  id: string;
  phase: Phase;
  title: string;
  command: string | null;
  status: StepStatus;
  exitCode: number | null;
  durationMs: number | null;
  /** Relative to the session folder; null when nothing was stored (not run, or `sensitive`). */
  outputFile: string | null;
  truncated: boolean;
}

/** What `runbook run --yes --json` prints. */
export interface RunReport {
  session: string;
  runbook: string;
  outcome: SessionOutcome;
  cause: string | null;
  /** Values nobody gave (the runbook's defaults, the context's namespace), with `--yes` used as they are: check them. */
  defaults?: Record<string, string>;
  steps: StepReport[];
}

// The walk without a human: read-only steps run, mutating ones only with --confirm-mutating, nothing is asked.
export async function runUnattended(options: UnattendedOptions): Promise<RunReport> {
  const plan = planRunbook(options.runbook);
  if (options.readOnly && options.confirmMutating) throw new UsageError('--confirm-mutating cannot be combined with --read-only');
  if (options.cause !== undefined && !plan.branches.some((b) => b.cause === options.cause)) {
    throw new UsageError(`Unknown cause \`${options.cause}\`; this runbook's causes are ${plan.branches.map((b) => `\`${b.cause}\``).join(', ') || 'none'}`);
  }
  const resolved = resolveVariables(options.runbook, { flags: options.vars, ...(options.alert ? { alert: options.alert.labels } : {}), ...(options.kube.namespaceSet ? { contextNamespace: options.kube.namespace } : {}) });
  const captured = new Set([...plan.diagnosis, ...plan.branches.flatMap((b) => b.steps)].flatMap((step) => Object.keys(step.capture ?? {})));
  const missing = resolved.missing.filter((name) => !captured.has(name));
  if (missing.length > 0) throw new UsageError(`No value for ${missing.map((n) => `\`${n}\``).join(', ')}; pass --var name=value (nothing is prompted for with --yes)`);
  checkValues(options.runbook, resolved.values, resolved.sources);

  const sessionId = newSessionId();
  const journal = Journal.create(options.home, sessionId, { runbookText: options.runbookText });
  try {
    journal.append(
      sessionStartedEvent(journal, options, {
        readOnly: options.readOnly,
        yes: true,
        confirmMutating: options.confirmMutating,
        maxOutput: options.maxOutputBytes,
        ...(options.cause ? { cause: options.cause } : {}),
        ...(options.alert ? { alertFile: options.alert.file } : {}),
        ...(options.drill ? { drill: options.drill } : {}),
      }),
    );
    journal.append({ type: 'variables-set', values: { ...resolved.values }, sources: { ...resolved.sources } });
    return await walk(journal, options, plan, { ...resolved.values }, undefined, defaultsOf(resolved.values, resolved.sources));
  } finally {
    journal.close();
  }
}

/** What `runbook resume --yes` needs beyond a run's options: which session to continue. */
export interface ResumeOptions extends Omit<UnattendedOptions, 'vars' | 'alert'> {
  sessionId: string;
}

// Continues a session from its journal: finished steps are reported, not repeated; a step that was running when
// the process died is run again as its next attempt; values captured before the crash are used again.
export async function resumeUnattended(options: ResumeOptions): Promise<RunReport> {
  const { journal, state } = resumeSession(options.home, options.sessionId, options, 'unattended');
  try {
    const plan = planRunbook(options.runbook);
    const values = Object.fromEntries(Object.entries(state.variables).map(([name, v]) => [name, v.value]));
    const sources = Object.fromEntries(Object.entries(state.variables).map(([name, v]) => [name, v.source]));
    return await walk(journal, { ...options, ...(options.cause === undefined && state.options.cause ? { cause: state.options.cause } : {}) }, plan, values, state, defaultsOf(values, sources));
  } finally {
    journal.close();
  }
}

function defaultsOf(values: Record<string, string>, sources: Record<string, VariableSource>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([name]) => sources[name] === 'default' || sources[name] === 'context'));
}

async function walk(
  journal: Journal,
  options: WalkOptions,
  plan: Plan,
  values: Record<string, string>,
  state: SessionState | undefined,
  defaults: Record<string, string>,
): Promise<RunReport> {
  const runbookId = typeof options.runbook.id === 'string' ? options.runbook.id : 'runbook';
  const steps: StepReport[] = [];
  const outputs = new Map<string, string>();
  const evidenceSteps = new Set(plan.branches.flatMap((branch) => (branch.evidence ? [branch.evidence.step] : [])));
  const previous = new Map((state?.steps ?? []).map((step) => [step.id, step]));
  // Positions follow the runbook, not the order of events, so a resumed session names files as a fresh one would.
  const positions = new Map([...plan.diagnosis, ...plan.branches.flatMap((b) => b.steps)].map((step, i) => [step, i + 1]));
  let cancelled = false;
  /** In a test: the first change of the branch that was refused, which later steps would wait for in vain. */
  let refusedChange: string | undefined;
  const readBack = (file: string): string => readFileSync(join(journal.dir, file), 'utf8');

  const visit = async (step: PlannedStep): Promise<void> => {
    const report: StepReport = { id: step.id, phase: step.phase, title: step.title, command: null, status: 'skipped', exitCode: null, durationMs: null, outputFile: null, truncated: false };
    steps.push(report);
    const before = previous.get(step.id);
    if (before && SETTLED_STATUSES.has(before.status)) {
      Object.assign(report, { command: before.command, status: before.status as StepStatus, exitCode: before.exitCode, durationMs: before.durationMs, outputFile: before.outputFile, truncated: before.truncated });
      if (before.outputFile && evidenceSteps.has(step.id)) outputs.set(step.id, readBack(before.outputFile));
      return;
    }
    if (cancelled) {
      report.status = 'cancelled';
      return;
    }
    if (step.kind === 'tier3') {
      report.status = 'tier3';
      journal.append({ type: 'step-tier3', step: step.id, title: step.title });
      return;
    }
    if (step.kind === 'manual' || step.template === undefined) {
      journal.append({ type: 'step-skipped', step: step.id, reason: 'a manual check: nobody is there to do it with --yes' });
      return;
    }
    if (options.testing && step.phase === 'resolution' && step.kind !== 'mutating') {
      if (step.testSkip) {
        journal.append({ type: 'step-skipped', step: step.id, reason: 'test: skip' });
        return;
      }
      if (refusedChange !== undefined) {
        journal.append({ type: 'step-skipped', step: step.id, reason: `follows \`${refusedChange}\`, a change the test does not make` });
        return;
      }
    }
    let command: string;
    try {
      command = fillCommand(step.template, values);
    } catch (error) {
      journal.append({ type: 'step-skipped', step: step.id, reason: `${(error as Error).message}: no earlier step captured it` });
      return;
    }
    report.command = command;
    // Who approved, and why, is recorded before such a step runs: with --yes nobody is there to say it.
    if (step.approval !== undefined) {
      report.status = 'refused';
      journal.append({ type: 'step-refused', step: step.id, reason: `needs an approval${typeof step.approval === 'string' ? ` (${step.approval})` : ''}, which nobody can give with --yes` });
      if (step.phase === 'resolution') refusedChange ??= step.id;
      return;
    }
    if (step.kind === 'mutating') {
      refusedChange ??= options.readOnly || !options.confirmMutating ? step.id : undefined;
      if (options.readOnly) {
        report.status = 'refused';
        journal.append({ type: 'step-refused', step: step.id, reason: `--read-only: ${step.reason ?? 'changes something'}` });
        return;
      }
      if (!options.confirmMutating) {
        report.status = 'needs-confirmation';
        journal.append({ type: 'step-needs-confirmation', step: step.id });
        return;
      }
      journal.append({ type: 'confirmation', step: step.id, typed: '--confirm-mutating' });
    }
    const executed = await executeStep({
      journal,
      step,
      command,
      position: positions.get(step) ?? 0,
      attempt: (before?.attempts ?? 0) + 1,
      maxOutputBytes: options.maxOutputBytes,
      readOutput: evidenceSteps.has(step.id),
      readOnly: options.readOnly,
      ...(options.env ? { env: options.env } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onOutput ? { onOutput: options.onOutput } : {}),
    });
    if (evidenceSteps.has(step.id)) outputs.set(step.id, executed.output);
    Object.assign(values, executed.captured);
    Object.assign(report, { status: executed.status, exitCode: executed.result.exitCode, durationMs: executed.durationMs, outputFile: executed.outputFile, truncated: executed.result.truncated });
    if (executed.result.cancelled) cancelled = true;
  };

  ensurePrivateDir(join(journal.dir, STEPS_DIR));
  for (const step of plan.diagnosis) await visit(step);

  const problems: PatternProblem[] = [];
  const suggested = suggestedCauses(plan.branches, outputs, problems);
  for (const { step, message } of problems) journal.append({ type: 'note', step, text: message });
  const cause = state?.cause?.id ?? options.cause ?? (suggested.length === 1 ? suggested[0] : undefined);
  let outcome: SessionOutcome = 'abandoned';
  if (cause !== undefined && !cancelled) {
    if (!state?.cause) journal.append({ type: 'cause-chosen', cause, suggested });
    for (const step of plan.branches.find((b) => b.cause === cause)?.steps ?? []) await visit(step);
    outcome = steps.every((s) => s.phase !== 'resolution' || ['ok', 'tier3', 'skipped'].includes(s.status)) ? 'resolved' : 'abandoned';
  } else if (!cancelled) {
    const why = suggested.length === 0 ? "no branch's evidence matched" : `the evidence matched several branches (${suggested.join(', ')})`;
    journal.append({ type: 'note', text: `No cause chosen: ${why}; pass --cause to pick one` });
  }
  // A cancelled walk stays open, so `runbook resume` can pick it up.
  if (!cancelled) journal.append({ type: 'session-ended', outcome });
  return { session: journal.sessionId, runbook: runbookId, outcome, cause: cause ?? null, defaults, steps };
}

/** The exit code for a finished run: 0 when every step that ran succeeded, 1 when one failed, 130 when cancelled. */
export function exitCodeOf(report: RunReport): number {
  if (report.steps.some((s) => s.status === 'cancelled')) return 130;
  return report.steps.some((s) => s.status === 'failed' || s.status === 'timed-out') ? 1 : 0;
}
