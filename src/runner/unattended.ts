/**
 * The unattended driver (`runbook run --yes`, `runbook test`): nobody is asked anything. It turns the walk
 * engine's actions into commands and journal events, following the policy the flags set.
 */
import { InputError } from '../errors.js';
import type { KubeContext } from '../kube/context.js';
import type { LooseRunbook } from '../runbook/model.js';
import type { SessionOutcome, VariableSource } from '../session/events.js';
import { newSessionId } from '../session/home.js';
import type { SessionRecord } from '../session/record.js';
import { sourcesOf, valuesOf } from '../session/state.js';
import { resumeSession, startSession } from '../session/start.js';
import type { AlertFacts } from './alert.js';
import { collectForEscalation } from './collect.js';
import { next, type Policy } from './engine.js';
import { capturedNames, planRunbook } from './plan.js';
import { runReport, type RunReport } from './report.js';
import { executeStep } from './step-run.js';
import { recordSuggestion, StepOutputs } from './step-outputs.js';
import { checkValues, resolveVariables } from './variables.js';

export type { RunReport, StepReport } from './report.js';

/** Everything an unattended walk needs, already parsed by the CLI layer. */
export interface UnattendedOptions {
  runbook: LooseRunbook;
  runbookPath: string;
  runbookText: string;
  home: string;
  vars: Record<string, string>;
  /** The alert the walk answers: its labels fill variables; its name, start and summary go into the session. */
  alert?: { file: string } & AlertFacts;
  readOnly: boolean;
  /**
   * Changes run, and this text is recorded as what confirmed them (the CLI passes the flag the operator typed);
   * absent, each change is recorded as waiting for a person.
   */
  confirmChanges?: string;
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

// The walk without a human: read-only steps run, changes only when `confirmChanges` says so, nothing is asked.
export async function runUnattended(options: UnattendedOptions): Promise<RunReport> {
  if (options.readOnly && options.confirmChanges !== undefined) throw new InputError({ kind: 'read-only-confirms-changes' });
  const plan = planRunbook(options.runbook);
  if (options.cause !== undefined && !plan.branches.some((b) => b.cause === options.cause)) throw new InputError({ kind: 'unknown-cause', cause: options.cause, causes: plan.branches.map((b) => b.cause) });
  const resolved = resolveVariables(options.runbook, { flags: options.vars, ...(options.alert ? { alert: options.alert.labels } : {}), ...(options.kube.namespaceSet ? { contextNamespace: options.kube.namespace } : {}) });
  const captured = capturedNames(plan);
  const missing = resolved.missing.filter((name) => !captured.has(name));
  if (missing.length > 0) throw new InputError({ kind: 'values-missing', names: missing });
  checkValues(options.runbook, resolved.values, resolved.sources);

  const record = startSession(options.home, newSessionId(), options, plan, {
    readOnly: options.readOnly,
    yes: true,
    confirmMutating: options.confirmChanges !== undefined,
    maxOutput: options.maxOutputBytes,
    ...(options.cause ? { cause: options.cause } : {}),
    ...(options.alert ? { alertFile: options.alert.file } : {}),
    ...(options.drill ? { drill: options.drill } : {}),
  });
  try {
    record.append({ type: 'variables-set', values: { ...resolved.values }, sources: { ...resolved.sources } });
    return await drive(record, options, defaultsOf(resolved.values, resolved.sources));
  } finally {
    record.close();
  }
}

/** What resuming unattended needs beyond a run's options: which session to continue. */
export interface ResumeOptions extends Omit<UnattendedOptions, 'vars' | 'alert'> {
  sessionId: string;
}

// Continues a session from its record: settled steps are reported, not repeated; a step that was running when
// the process died is run again as its next attempt; values captured before the crash are used again.
export async function resumeUnattended(options: ResumeOptions): Promise<RunReport> {
  const { record, state } = resumeSession(options.home, options.sessionId, { ...options, plan: planRunbook(options.runbook) }, 'unattended');
  try {
    const values = valuesOf(state);
    const sources = sourcesOf(state);
    const cause = options.cause ?? state.options.cause;
    return await drive(record, { ...options, ...(cause !== undefined ? { cause } : {}) }, defaultsOf(values, sources));
  } finally {
    record.close();
  }
}

function defaultsOf(values: Record<string, string>, sources: Record<string, VariableSource>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([name]) => sources[name] === 'default' || sources[name] === 'context'));
}

type DriveOptions = Pick<UnattendedOptions, 'readOnly' | 'confirmChanges' | 'cause' | 'maxOutputBytes' | 'env' | 'signal' | 'onOutput' | 'testing'>;

/** Turns the engine's actions into I/O until the walk ends or a command is cancelled. */
async function drive(record: SessionRecord, options: DriveOptions, defaults: Record<string, string>): Promise<RunReport> {
  const plan = record.state.plan!;
  const policy: Policy = {
    mode: 'unattended',
    readOnly: options.readOnly,
    ...(options.confirmChanges !== undefined ? { confirmChanges: options.confirmChanges } : {}),
    ...(options.cause !== undefined ? { cause: options.cause } : {}),
    testing: options.testing === true,
    since: record.journal.seq,
  };
  const outputs = new StepOutputs(record.dir);
  const evidenceSteps = new Set(plan.branches.flatMap((branch) => (branch.evidence ? [branch.evidence.step] : [])));
  for (;;) {
    const action = next(plan, { session: record.state, at: { phase: 'diagnosis', index: 0 } }, policy);
    switch (action.type) {
      case 'record':
        record.append(action.event);
        break;
      case 'run': {
        if (action.confirmedBy !== undefined) record.append({ type: 'confirmation', step: action.step.id, typed: action.confirmedBy });
        const executed = await executeStep({
          record,
          step: action.step,
          command: action.command,
          attempt: action.attempt,
          maxOutputBytes: options.maxOutputBytes,
          readOutput: evidenceSteps.has(action.step.id),
          readOnly: options.readOnly,
          ...(options.env ? { env: options.env } : {}),
          ...(options.signal ? { signal: options.signal } : {}),
          ...(options.onOutput ? { onOutput: options.onOutput } : {}),
        });
        if (evidenceSteps.has(action.step.id)) outputs.set(action.step.id, executed.output);
        break;
      }
      case 'suggest-causes':
        recordSuggestion(record, outputs, action.branches);
        break;
      case 'end':
        // A test's walk runs against a simulated cluster that nobody will be handed: nothing to collect for.
        await end(record, action.outcome, options.testing ? [] : action.collect, action.note, options);
        return runReport(plan, record.state, defaults);
      case 'stop':
        // A cancelled walk stays open, so `runbook resume` can pick it up.
        return runReport(plan, record.state, defaults);
      case 'offer-step':
      case 'choose-cause':
      case 'ask-symptoms':
      case 'ask-ending':
      case 'escalate':
        throw new Error(`The unattended walk got an action for a person: ${action.type}`);
    }
  }
}

async function end(record: SessionRecord, outcome: SessionOutcome, collect: readonly string[], note: string | undefined, options: DriveOptions): Promise<void> {
  if (note !== undefined) record.append({ type: 'note', text: note });
  await collectForEscalation({
    record,
    commands: collect,
    maxOutputBytes: options.maxOutputBytes,
    ...(options.env ? { env: options.env } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onOutput ? { onOutput: options.onOutput } : {}),
  });
  record.append({ type: 'session-ended', outcome });
}
