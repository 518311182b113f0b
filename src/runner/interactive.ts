/**
 * The interactive walk (`runbook run` with a human at the terminal): header, symptoms, variables, each
 * step with its actions, the resolution branch, escalation. Same journal events and report as
 * `runUnattended`; every prompt goes through a `Prompter`, so flows are tested with scripted answers.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { classifyCommand, withServerDryRun } from '../kube/index.js';
import { parseDuration } from '../runbook/duration.js';
import { collectOf, isRecord, variablesOf, type LooseRunbook, type Variable } from '../runbook/model.js';
import { findPlaceholders } from '../runbook/placeholders.js';
import { suggestedCauses, type PatternProblem } from './evidence.js';
import { runCommand, type RunCommandResult } from './exec.js';
import { Journal, STEPS_DIR, type SessionOutcome, type VariableSource } from './journal.js';
import { DEFAULT_TIMEOUT_MS, planRunbook, type Plan, type PlannedStep } from './plan.js';
import type { PromptChoice, Prompter } from './prompts.js';
import { confirmationScreen, escalationDue, header, SCREEN_WIDTH, stepScreen } from './screen.js';
import { ensurePrivateDir, newSessionId } from './session-home.js';
import { resumeSession, SETTLED_STATUSES, sessionStartedEvent } from './session.js';
import type { SessionState } from './session-state.js';
import { executeStep, statusOf } from './step-run.js';
import type { RunReport, StepReport, UnattendedOptions } from './unattended.js';
import { checkValues, fillCommand, resolveVariables, validateValue } from './variables.js';

export interface InteractiveOptions extends Omit<UnattendedOptions, 'confirmMutating' | 'cause' | 'onOutput'> {
  prompter: Prompter;
  /** The screen: headers, steps, and every command's output, live. */
  output: NodeJS.WritableStream;
  /** The clock for the journal and the escalation timer (tests pass a controlled one). */
  now?: () => Date;
  color?: boolean;
  /**
   * Ctrl-C while a command runs: called when a command starts with the function that stops it (that command
   * only); returns the unsubscribe, called when the command ends. Default: listens to SIGINT on `process`.
   */
  onInterrupt?: (stop: () => void) => () => void;
  /**
   * Continue this session (`runbook resume`) instead of starting one: its journal is reopened, the symptoms and
   * the values it recorded are not asked again, and the walk starts at the first step that is not settled.
   */
  resume?: { sessionId: string };
  /** A drill's scenario: what each step outside the cluster (a dashboard, a console) would show, by step id. */
  observations?: Readonly<Record<string, string>>;
}

export interface InteractiveReport extends RunReport {
  /** The operator chose Quit: no `session-ended` was written and `runbook resume` continues; `outcome` reads `abandoned`. */
  open: boolean;
}

/** Step actions, as the `select` returns them. */
export type StepAction = 'run' | 'rerun' | 'next' | 'done' | 'skip' | 'note' | 'set' | 'change' | 'back' | 'escalate' | 'quit';
/** The value of "None fits — escalate" in the branch list, and of "Type another value" in a pick list. */
export const NONE_FITS = '';
export const TYPE_ANOTHER = '';
/** The value of "Back to the diagnosis" in the branch list: no cause id has angle brackets. */
export const BACK = '<back>';

const CHOICES_TIMEOUT_MS = 30_000;
/** The note a manual step's Done wrote before `step-done` existed; on resume it still counts as that step done. */
const MANUAL_DONE = 'Manual check done';
const DRY_RUN_SUMMARY_CHARS = 500;

type Move = 'next' | 'back' | 'escalate' | 'quit';
type PhaseEnd = 'done' | 'back' | 'escalate' | 'quit';

// Ctrl-C reaches the runner as SIGINT while a command runs (the terminal is not in raw mode then).
function processInterrupt(stop: () => void): () => void {
  const listener = (): void => stop();
  process.on('SIGINT', listener);
  return () => {
    process.off('SIGINT', listener);
  };
}

const required =
  (what: string) =>
  (value: string): string | undefined =>
    value.trim() === '' ? `${what} cannot be empty` : undefined;

// Walks a runbook with the operator; see the module comment. Ctrl-C at a prompt rejects with CancelledError
// and leaves the session resumable.
export async function runInteractive(options: InteractiveOptions): Promise<InteractiveReport> {
  const runbook = options.runbook;
  const runbookId = typeof runbook.id === 'string' ? runbook.id : 'runbook';
  const resolved = resolveVariables(runbook, { flags: options.vars, ...(options.alert ? { alert: options.alert.labels } : {}), ...(options.kube.namespaceSet ? { contextNamespace: options.kube.namespace } : {}) });
  checkValues(runbook, resolved.values, resolved.sources);
  const now = options.now ?? (() => new Date());
  if (options.resume) return resumeInteractive(options, options.resume.sessionId, runbookId, now);
  const sessionId = newSessionId(now());
  const journal = Journal.create(options.home, sessionId, { now, runbookText: options.runbookText });
  const walk = new Walk(options, journal, runbookId, now);
  try {
    return await walk.run(resolved.values, resolved.sources, resolved.missing);
  } finally {
    journal.close();
  }
}

// Reopens a session's journal and continues its walk; see `InteractiveOptions.resume`.
async function resumeInteractive(options: InteractiveOptions, sessionId: string, runbookId: string, now: () => Date): Promise<InteractiveReport> {
  const { journal, state, runbookChanged } = resumeSession(options.home, sessionId, options, 'interactive', now);
  try {
    const recorded = Object.fromEntries(Object.entries(state.variables).map(([name, v]) => [name, v.value]));
    // Flags and defaults only fill what the session has no value for yet (a runbook edited since may declare more).
    const resolved = resolveVariables(options.runbook, { flags: options.vars, ...(options.alert ? { alert: options.alert.labels } : {}), ...(options.kube.namespaceSet ? { contextNamespace: options.kube.namespace } : {}) });
    const added: Record<string, string> = {};
    const sources: Record<string, VariableSource> = {};
    for (const [name, value] of Object.entries(resolved.values)) {
      if (recorded[name] !== undefined) continue;
      added[name] = value;
      const source = resolved.sources[name];
      if (source !== undefined) sources[name] = source;
    }
    checkValues(options.runbook, added, sources);
    const missing = resolved.missing.filter((name) => recorded[name] === undefined);
    const symptomsAsked = journal.recovered.events.some((event) => event.type === 'symptoms-confirmed');
    const walk = new Walk(options, journal, runbookId, now, Date.parse(state.started));
    return await walk.resume(state, runbookChanged, recorded, added, sources, missing, symptomsAsked);
  } finally {
    journal.close();
  }
}

class Walk {
  private readonly prompter: Prompter;
  private readonly color: boolean;
  private readonly plan: Plan;
  private readonly declared: Map<string, Partial<Variable>>;
  private readonly title: string;
  private readonly contexts: string[] | undefined;
  private readonly afterMs: number | undefined;
  private readonly when: string[];
  private readonly contact: string | undefined;
  private readonly startedAt: number;
  private readonly values: Record<string, string> = {};
  /** Where each value came from; `default` and `context` ones are confirmed before a command uses them. */
  private readonly sources: Record<string, VariableSource> = {};
  /** Values from a default not yet confirmed by the operator. */
  private readonly unconfirmed = new Set<string>();
  private readonly reports = new Map<string, StepReport>();
  private readonly attempts = new Map<string, number>();
  private readonly outputs = new Map<string, string>();
  private readonly approved = new Set<string>();
  /** Steps whose result comes from the journal of a resumed session (until they are run again). */
  private readonly recorded = new Set<string>();
  private overdueOffered = false;
  private cause: string | null = null;
  private readonly stepTitles: ReadonlyMap<string, string>;

  constructor(
    private readonly options: InteractiveOptions,
    private readonly journal: Journal,
    private readonly runbookId: string,
    private readonly now: () => Date,
    startedAt?: number,
  ) {
    const runbook: LooseRunbook = options.runbook;
    this.prompter = options.prompter;
    this.color = options.color ?? false;
    this.plan = planRunbook(runbook);
    this.stepTitles = new Map([...this.plan.diagnosis, ...this.plan.branches.flatMap((b) => b.steps)].map((step) => [step.id, step.title]));
    this.declared = variablesOf(runbook);
    this.title = typeof runbook.title === 'string' ? runbook.title : runbookId;
    // A drill's simulated cluster is outside every runbook's contexts by design: no warning for it.
    this.contexts = Array.isArray(runbook.contexts) && options.drill === undefined ? runbook.contexts.map(String) : undefined;
    const escalation = isRecord(runbook.escalation) ? runbook.escalation : {};
    this.afterMs = parseDuration(escalation.after);
    this.when = Array.isArray(escalation.when) ? escalation.when.filter((w): w is string => typeof w === 'string') : [];
    this.contact = typeof escalation.contact === 'string' ? escalation.contact : undefined;
    this.startedAt = startedAt !== undefined && Number.isFinite(startedAt) ? startedAt : now().getTime();
  }

  async run(values: Record<string, string>, sources: Record<string, VariableSource>, missing: string[]): Promise<InteractiveReport> {
    const { options, journal } = this;
    Object.assign(this.values, values);
    this.noteSources(sources);
    journal.append(sessionStartedEvent(journal, options, { readOnly: options.readOnly, yes: false, maxOutput: options.maxOutputBytes, ...(options.alert ? { alertFile: options.alert.file } : {}), ...(options.drill ? { drill: options.drill } : {}) }));
    if (Object.keys(values).length > 0) {
      journal.append({ type: 'variables-set', values: { ...values }, sources: { ...sources } });
    }
    this.showHeader();
    await this.askSymptoms();
    await this.askMissing(missing);
    return this.proceed(0);
  }

  /** Continues a session from its replayed state: recorded steps keep their results, the walk starts at the first unsettled one. */
  async resume(
    state: SessionState,
    changed: boolean,
    recorded: Record<string, string>,
    added: Record<string, string>,
    sources: Record<string, VariableSource>,
    missing: string[],
    symptomsAsked: boolean,
  ): Promise<InteractiveReport> {
    const { options, journal } = this;
    Object.assign(this.values, recorded, added);
    for (const [name, variable] of Object.entries(state.variables)) this.sources[name] = variable.source;
    this.noteSources(sources);
    if (Object.keys(added).length > 0) journal.append({ type: 'variables-set', values: { ...added }, sources: { ...sources } });
    this.restore(state);

    const diagnosisStart = this.firstUnsettled(this.plan.diagnosis);
    const branch = this.cause !== null ? this.plan.branches.find((b) => b.cause === this.cause) : undefined;
    const done = [...this.reports.values()].filter((r) => SETTLED_STATUSES.has(r.status)).length;
    let at: string;
    if (diagnosisStart < this.plan.diagnosis.length) at = this.plan.diagnosis[diagnosisStart]!.title;
    else if (!branch) at = 'the choice of cause';
    else at = branch.steps[this.firstUnsettled(branch.steps)]?.title ?? 'the end of the walk';
    this.showHeader();
    if (changed) this.write('The runbook has changed since this session started; its steps are matched by id.\n');
    this.write(`Resuming session ${journal.sessionId}: ${done} step${done === 1 ? '' : 's'} done, continuing at ${at}\n`);
    if (!symptomsAsked) await this.askSymptoms();
    await this.askMissing(missing);
    return this.proceed(diagnosisStart);
  }

  /** Takes over what the journal recorded: step results, attempts, approvals, the evidence read back, the cause. */
  private restore(state: SessionState): void {
    const branch = state.cause ? this.plan.branches.find((b) => b.cause === state.cause?.id) : undefined;
    if (branch) this.cause = branch.cause;
    const previous = new Map(state.steps.map((step) => [step.id, step]));
    const evidence = new Set(this.plan.branches.flatMap((b) => (b.evidence ? [b.evidence.step] : [])));
    for (const step of [...this.plan.diagnosis, ...(branch?.steps ?? [])]) {
      const before = previous.get(step.id);
      const manualDone = step.kind === 'manual' && state.notes.some((note) => note.step === step.id && note.text === MANUAL_DONE);
      if (before?.approval) this.approved.add(step.id);
      if (before && before.attempts > 0) this.attempts.set(step.id, before.attempts);
      if (before && before.status !== 'pending') {
        this.reports.set(step.id, {
          id: step.id,
          phase: step.phase,
          title: step.title,
          command: before.command,
          status: before.status,
          exitCode: before.exitCode,
          durationMs: before.durationMs,
          outputFile: before.outputFile,
          truncated: before.truncated,
        });
        this.recorded.add(step.id);
        if (before.outputFile && evidence.has(step.id)) {
          try {
            this.outputs.set(step.id, readFileSync(join(this.journal.dir, before.outputFile), 'utf8'));
          } catch {
            // Its output is gone: the evidence just does not match.
          }
        }
      } else if (manualDone) {
        this.reports.set(step.id, { id: step.id, phase: step.phase, title: step.title, command: null, status: 'done', exitCode: null, durationMs: null, outputFile: null, truncated: false });
        this.recorded.add(step.id);
      }
    }
  }

  private firstUnsettled(steps: readonly PlannedStep[]): number {
    const index = steps.findIndex((step) => !SETTLED_STATUSES.has(this.reports.get(step.id)?.status ?? ''));
    return index === -1 ? steps.length : index;
  }

  private async askSymptoms(): Promise<void> {
    const symptoms = Array.isArray(this.options.runbook.symptoms) ? this.options.runbook.symptoms.filter((s): s is string => typeof s === 'string') : [];
    if (symptoms.length > 0) {
      const seen = await this.prompter.checkbox(
        'Which symptoms do you see?',
        symptoms.map((s) => ({ value: s, name: s })),
      );
      this.journal.append({ type: 'symptoms-confirmed', seen });
    }
  }

  // Variables a capture will fill are asked for at the step that needs them, if the capture finds nothing.
  private async askMissing(missing: readonly string[]): Promise<void> {
    const captured = new Set([...this.plan.diagnosis, ...this.plan.branches.flatMap((b) => b.steps)].flatMap((step) => Object.keys(step.capture ?? {})));
    for (const name of missing.filter((n) => !captured.has(n))) await this.askVariable(name);
  }

  /**
   * The walk from a diagnosis step on: the rest of the diagnosis, the cause (unless chosen already), its branch, the
   * end. Back from a branch's first step returns to the choice of cause, and Back there to the last diagnosis step.
   */
  private async proceed(diagnosisStart: number): Promise<InteractiveReport> {
    ensurePrivateDir(join(this.journal.dir, STEPS_DIR));
    let diagnosis: PhaseEnd = await this.walkPhase(this.plan.diagnosis, 0, diagnosisStart);
    let branch = this.cause !== null ? this.plan.branches.find((b) => b.cause === this.cause) : undefined;
    let resolutionStart = branch ? this.firstUnsettled(branch.steps) : 0;
    for (;;) {
      if (diagnosis === 'escalate' || diagnosis === 'quit') return this.endPhase(diagnosis);
      if (!branch) {
        const cause = await this.chooseCause();
        if (cause === BACK) {
          diagnosis = await this.walkPhase(this.plan.diagnosis, 0, Math.max(0, this.plan.diagnosis.length - 1));
          continue;
        }
        if (cause === NONE_FITS) return this.escalate();
        branch = this.plan.branches.find((b) => b.cause === cause);
        resolutionStart = 0;
      }
      const steps = branch?.steps ?? [];
      const resolution = await this.walkPhase(steps, this.plan.diagnosis.length, resolutionStart, true);
      if (resolution === 'back') {
        branch = undefined;
        continue;
      }
      if (resolution !== 'done') return this.endPhase(resolution);
      return this.finish(steps);
    }
  }

  /** The branch list, suggested first; the cause is journaled when it differs from the one chosen before. */
  private async chooseCause(): Promise<string> {
    const problems: PatternProblem[] = [];
    const suggested = suggestedCauses(this.plan.branches, this.outputs, problems);
    for (const { step, message } of problems) this.journal.append({ type: 'note', step, text: message });
    const branches = [...this.plan.branches].sort((a, b) => Number(suggested.includes(b.cause)) - Number(suggested.includes(a.cause)));
    const choices: PromptChoice[] = branches.map((b) => ({
      value: b.cause,
      name: `${b.title}${suggested.includes(b.cause) ? ' (suggested)' : ''}`,
      ...(b.when ? { description: b.when } : {}),
    }));
    choices.push({ value: NONE_FITS, name: 'None fits — escalate' });
    if (this.plan.diagnosis.length > 0) choices.push({ value: BACK, name: 'Back to the diagnosis' });
    this.showHeader();
    const preselected = this.cause ?? suggested[0];
    const cause = await this.prompter.select('Which cause fits what you found?', choices, preselected !== undefined ? { default: preselected } : {});
    if (cause === BACK || cause === NONE_FITS || cause === this.cause) return cause;
    this.cause = cause;
    this.journal.append({ type: 'cause-chosen', cause, suggested });
    return cause;
  }

  /** The end of the branch: resolved when every step went through, else the operator says how it ends. */
  private async finish(steps: readonly PlannedStep[]): Promise<InteractiveReport> {
    const unfinished = steps.filter((s) => !['ok', 'done', 'tier3', 'skipped'].includes(this.reports.get(s.id)?.status ?? ''));
    if (unfinished.length === 0) return this.end('resolved');
    const ending = await this.prompter.select(
      `Not every step went through (${unfinished.map((s) => `${s.id}: ${this.reports.get(s.id)?.status ?? 'not done'}`).join(', ')}). How does this end?`,
      [
        { value: 'escalate', name: 'Escalate' },
        { value: 'resolved', name: 'Resolved anyway' },
        { value: 'abandoned', name: 'Abandon' },
        { value: 'quit', name: 'Quit, keep the session open' },
      ],
    );
    if (ending === 'escalate' || ending === 'quit') return this.endPhase(ending);
    return this.end(ending === 'resolved' ? 'resolved' : 'abandoned');
  }

  private write(text: string): void {
    this.options.output.write(text);
  }

  /** The terminal's width, for wrapping prose; 80 when the output is not a terminal. */
  private width(): number {
    const columns = (this.options.output as { columns?: unknown }).columns;
    return typeof columns === 'number' && columns > 0 ? columns : SCREEN_WIDTH;
  }

  private elapsedMs(): number {
    return this.now().getTime() - this.startedAt;
  }

  private showHeader(): void {
    this.write(
      `\n${header({
        title: this.title,
        // The namespace the commands use, when the runbook has one: the header must not say another.
        kube: this.declared.has('namespace') && this.values.namespace !== undefined ? { ...this.options.kube, namespace: this.values.namespace } : this.options.kube,
        ...(this.contexts ? { contexts: this.contexts } : {}),
        elapsedMs: this.elapsedMs(),
        ...(this.afterMs !== undefined ? { escalateAfterMs: this.afterMs } : {}),
        color: this.color,
      })}`,
    );
  }

  private report(open: boolean, outcome: SessionOutcome): InteractiveReport {
    return { session: this.journal.sessionId, runbook: this.runbookId, outcome, cause: this.cause, steps: [...this.reports.values()], open };
  }

  private end(outcome: SessionOutcome): InteractiveReport {
    this.journal.append({ type: 'session-ended', outcome });
    this.write(`\nSession ${this.journal.sessionId} ended: ${outcome}.\n`);
    return this.report(false, outcome);
  }

  private async endPhase(end: 'escalate' | 'quit'): Promise<InteractiveReport> {
    if (end === 'escalate') return this.escalate();
    // A drill's simulated cluster goes away with it: there is nothing to resume against.
    if (this.options.drill !== undefined) {
      this.write('\nDrill stopped before the end of the walk; a drill cannot be resumed, start a new one to try again.\n');
      return this.report(true, 'abandoned');
    }
    this.journal.append({ type: 'session-paused' });
    this.write(`\nSaved. Continue with: runbook resume ${this.journal.sessionId}\n`);
    return this.report(true, 'abandoned');
  }

  /** Runs a command with its own Ctrl-C: an interrupt stops this command only. */
  private async interruptible<T>(task: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const unsubscribe = (this.options.onInterrupt ?? processInterrupt)(() => controller.abort());
    const signal = this.options.signal ? AbortSignal.any([controller.signal, this.options.signal]) : controller.signal;
    try {
      return await task(signal);
    } finally {
      unsubscribe();
    }
  }

  private live = (chunk: Uint8Array): void => {
    this.options.output.write(chunk);
  };

  private async runOne(command: string, outputFile: string, timeoutMs: number, showOutput: boolean): Promise<RunCommandResult> {
    return this.interruptible((signal) =>
      runCommand({
        command,
        timeoutMs,
        outputFile,
        maxOutputBytes: this.options.maxOutputBytes,
        signal,
        ...(this.options.env ? { env: this.options.env } : {}),
        ...(showOutput ? { onOutput: this.live } : {}),
      }),
    );
  }

  // ---- variables ----

  private async askVariable(name: string): Promise<void> {
    const variable = this.declared.get(name) ?? {};
    const message = `${name}${variable.description ? `: ${variable.description}` : ''}`;
    const validate = (value: string): string | undefined => validateValue(name, variable, value);
    let value: string | undefined;
    const offered = Array.isArray(variable.choices)
      ? variable.choices.map(String)
      : typeof variable.choices_from === 'string'
        ? await this.choicesFrom(name, variable.choices_from)
        : [];
    const valid = offered.filter((v) => validate(v) === undefined);
    if (valid.length > 0) {
      const picked = await this.prompter.select(message, [
        ...valid.map((v) => ({ value: v, name: v })),
        ...(variable.type === 'enum' ? [] : [{ value: TYPE_ANOTHER, name: 'Type another value' }]),
      ]);
      if (picked !== TYPE_ANOTHER) value = picked;
    }
    value ??= await this.prompter.input(message, { validate });
    this.setValue(name, value);
  }

  /** A value the operator typed: journaled, and needs no confirming. */
  private setValue(name: string, value: string): void {
    this.values[name] = value;
    this.sources[name] = 'prompt';
    this.unconfirmed.delete(name);
    this.journal.append({ type: 'variables-set', values: { [name]: value }, sources: { [name]: 'prompt' } });
  }

  private noteSources(sources: Record<string, VariableSource>): void {
    for (const [name, source] of Object.entries(sources)) {
      this.sources[name] = source;
      if (source === 'default' || source === 'context') this.unconfirmed.add(name);
    }
  }

  /**
   * Values nobody chose (the runbook's default, the context's namespace) are shown and confirmed before the first
   * command that uses them, and again before any change; returns true when one was changed (the command differs).
   */
  private async confirmDefaults(step: PlannedStep): Promise<boolean> {
    if (step.template === undefined) return false;
    const names = [...new Set(findPlaceholders(step.template).map((p) => p.name))];
    let changed = false;
    for (const name of names) {
      const source = this.sources[name];
      if (source !== 'default' && source !== 'context') continue;
      if (!this.unconfirmed.has(name) && step.kind !== 'mutating') continue;
      const value = this.values[name] ?? '';
      const from = source === 'context' ? `the namespace of context ${this.options.kube.name ?? ''}` : "the runbook's default";
      const keep = await this.prompter.confirm(`${name} = ${value} (${from}): use it?`, { default: true });
      this.unconfirmed.delete(name);
      if (keep) continue;
      const variable = this.declared.get(name) ?? {};
      const typed = await this.prompter.input(`${name}${variable.description ? `: ${variable.description}` : ''}`, { default: value, validate: (v) => validateValue(name, variable, v) });
      if (typed !== value) {
        this.setValue(name, typed);
        changed = true;
      }
    }
    return changed;
  }

  /** "Change a value": one variable, picked from all declared, typed again and checked by its type; journaled. */
  private async changeValue(): Promise<void> {
    const names = [...this.declared.keys()];
    const name = await this.prompter.select(
      'Which value?',
      names.map((n) => ({ value: n, name: `${n} = ${this.values[n] ?? '(not set)'}` })),
    );
    const variable = this.declared.get(name) ?? {};
    const current = this.values[name];
    const value = await this.prompter.input(`${name}${variable.description ? `: ${variable.description}` : ''}`, {
      ...(current !== undefined ? { default: current } : {}),
      validate: (typed) => validateValue(name, variable, typed),
    });
    if (value === current) {
      this.unconfirmed.delete(name);
      return;
    }
    this.setValue(name, value);
    this.write(`${name} is now ${value}\n`);
  }

  /** The names a `choices_from` command lists (`deployment/web` offered as `web`); empty when it cannot or may not run. */
  private async choicesFrom(name: string, template: string): Promise<string[]> {
    let command: string;
    try {
      command = fillCommand(template, this.values);
    } catch (error) {
      this.write(`Cannot list the choices for ${name}: ${(error as Error).message}\n`);
      return [];
    }
    const classification = classifyCommand(command);
    if (classification.safety !== 'read-only') {
      this.write(`Not running the pick list for ${name}: it is not read-only (${classification.reason}).\n`);
      return [];
    }
    this.write(`Listing the choices for ${name}:\n  $ ${command}\n`);
    const dir = join(this.journal.dir, 'choices');
    ensurePrivateDir(dir);
    const file = join(dir, `${name.replace(/[^A-Za-z0-9_-]/g, '_')}.txt`);
    const result = await this.runOne(command, file, CHOICES_TIMEOUT_MS, false);
    const text = readFileSync(file, 'utf8');
    rmSync(dir, { recursive: true, force: true });
    if (statusOf(result) !== 'ok') {
      this.write(`The pick list command did not work (${describeResult(result)}); type the value instead.\n${text.split('\n').slice(0, 5).join('\n')}\n`);
      return [];
    }
    return namesIn(text);
  }

  // ---- steps ----

  /** `backOut`: Back on the first step leaves the phase (a branch's first step goes back to the choice of cause). */
  private async walkPhase(steps: readonly PlannedStep[], positionBase: number, start = 0, backOut = false): Promise<PhaseEnd> {
    let index = start;
    while (index < steps.length) {
      if (await this.offerOverdueEscalation()) return 'escalate';
      const step = steps[index]!;
      const move = await this.visit(step, index, steps.length, positionBase + index + 1, backOut && index === 0);
      if (move === 'next') index++;
      else if (move === 'back') {
        if (index === 0 && backOut) return 'back';
        index = Math.max(0, index - 1);
      } else return move;
    }
    return 'done';
  }

  /** Once the session passes `escalation.after`, says so and offers to escalate (once). */
  private async offerOverdueEscalation(): Promise<boolean> {
    if (this.afterMs === undefined || this.overdueOffered || this.elapsedMs() < this.afterMs) return false;
    this.overdueOffered = true;
    this.write(escalationDue({ afterMs: this.afterMs, when: this.when, ...(this.contact ? { contact: this.contact } : {}), color: this.color, width: this.width() }));
    // No by default: an Enter pressed for the step menu must not escalate by accident.
    return this.prompter.confirm('Escalate now?', { default: false });
  }

  private reportFor(step: PlannedStep): StepReport {
    let report = this.reports.get(step.id);
    if (!report) {
      report = { id: step.id, phase: step.phase, title: step.title, command: null, status: 'skipped', exitCode: null, durationMs: null, outputFile: null, truncated: false };
      this.reports.set(step.id, report);
    }
    return report;
  }

  private async visit(step: PlannedStep, index: number, total: number, position: number, backOut = false): Promise<Move> {
    const report = this.reportFor(step);
    const readOnly = this.options.readOnly;
    // After a command ran, its output is what the operator reads: the menu follows it without the header and the
    // step reprinted over it (on a 24-line terminal they would push the output off the screen).
    let showStep = true;
    for (;;) {
      let command: string | undefined;
      let missing: string | undefined;
      if (step.template !== undefined) {
        try {
          command = fillCommand(step.template, this.values);
        } catch {
          missing = findPlaceholders(step.template)
            .map((p) => p.name)
            .find((n) => this.values[n] === undefined);
        }
      }
      if (showStep) {
        this.showHeader();
        this.write(
          stepScreen({
            step,
            index: index + 1,
            total,
            ...(command !== undefined ? { command } : {}),
            ...(missing !== undefined ? { missing: `No value for {{${missing}}}: no earlier step captured it; set it to run this step.` } : {}),
            readOnly,
            color: this.color,
            width: this.width(),
            stepTitles: this.stepTitles,
            ...(this.options.observations?.[step.id] !== undefined ? { observation: this.options.observations[step.id] } : {}),
          }),
        );
      }
      if (this.recorded.has(step.id) && showStep) {
        const exit = report.exitCode !== null && report.exitCode !== 0 ? `, exit ${report.exitCode}` : '';
        this.write(`  Recorded before the resume: ${report.status}${exit}${report.outputFile ? ` (output in ${report.outputFile})` : ''}\n`);
      }
      if (command !== undefined) report.command = command;

      // Shown is recorded: Tier 3 steps and, with --read-only, changes are never run.
      if (step.kind === 'tier3' && report.status !== 'tier3') {
        report.status = 'tier3';
        this.journal.append({ type: 'step-tier3', step: step.id, title: step.title });
      }
      if (step.kind === 'mutating' && readOnly && report.status !== 'refused') {
        report.status = 'refused';
        this.journal.append({ type: 'step-refused', step: step.id, reason: `--read-only: ${step.reason ?? 'changes something'}` });
      }

      const attempts = this.attempts.get(step.id) ?? 0;
      const choices: PromptChoice<StepAction>[] = [];
      if (step.kind === 'manual' || step.template === undefined) {
        if (step.kind === 'manual') choices.push({ value: 'done', name: 'Done' }, { value: 'skip', name: 'Skip' });
        else choices.push({ value: 'next', name: 'Continue' });
      } else if (step.kind === 'tier3' || (step.kind === 'mutating' && readOnly)) {
        choices.push({ value: 'next', name: 'Continue' });
      } else if (missing !== undefined) {
        choices.push({ value: 'set', name: `Set {{${missing}}}` }, { value: 'skip', name: 'Skip' });
      } else if (attempts === 0) {
        choices.push({ value: 'run', name: step.kind === 'mutating' ? 'Run (asks for a typed confirmation)' : 'Run' }, { value: 'skip', name: 'Skip' });
      } else {
        choices.push({ value: 'next', name: 'Next step' }, { value: 'rerun', name: 'Rerun' });
      }
      choices.push({ value: 'note', name: 'Note' });
      if (this.declared.size > 0) choices.push({ value: 'change', name: 'Change a value' });
      if (index > 0) choices.push({ value: 'back', name: 'Back' });
      else if (backOut) choices.push({ value: 'back', name: 'Back to the choice of cause' });
      choices.push({ value: 'escalate', name: 'Escalate now' }, { value: 'quit', name: this.options.drill === undefined ? 'Quit (save, resume later)' : 'Quit (end the drill)' });

      showStep = true;
      const action = await this.prompter.select(`${step.title}: what now?`, choices);
      switch (action) {
        case 'run':
        case 'rerun':
          // A changed value changes the command: show it again before anything runs.
          if (await this.confirmDefaults(step)) break;
          if (command !== undefined) await this.runStep(step, command, position, report);
          showStep = false;
          break;
        case 'done':
          this.recorded.delete(step.id);
          report.status = 'done';
          this.journal.append({ type: 'step-done', step: step.id });
          return 'next';
        case 'skip': {
          const reason = await this.prompter.input('Why skip this step?', { validate: required('The reason') });
          this.recorded.delete(step.id);
          report.status = 'skipped';
          this.journal.append({ type: 'step-skipped', step: step.id, reason });
          return 'next';
        }
        case 'note': {
          const text = await this.prompter.input('Note:', { validate: required('The note') });
          this.journal.append({ type: 'note', step: step.id, text });
          break;
        }
        case 'set':
          if (missing !== undefined) await this.askVariable(missing);
          break;
        case 'change':
          await this.changeValue();
          break;
        case 'next':
        case 'back':
        case 'escalate':
        case 'quit':
          return action;
      }
    }
  }

  /** One attempt of a step that has a command; a mutating one is confirmed first (false: not run). */
  private async runStep(step: PlannedStep, command: string, position: number, report: StepReport): Promise<void> {
    const attempt = (this.attempts.get(step.id) ?? 0) + 1;
    if (step.kind === 'mutating' && !(await this.confirmChange(step, command, position, attempt))) return;
    this.attempts.set(step.id, attempt);
    this.recorded.delete(step.id);
    this.write(`\n$ ${command}\n`);
    const executed = await this.interruptible((signal) =>
      executeStep({
        journal: this.journal,
        step,
        command,
        position,
        attempt,
        maxOutputBytes: this.options.maxOutputBytes,
        signal,
        onOutput: this.live,
        readOnly: this.options.readOnly,
        ...(this.options.env ? { env: this.options.env } : {}),
      }),
    );
    Object.assign(this.values, executed.captured);
    for (const name of Object.keys(executed.captured)) {
      this.sources[name] = 'capture';
      this.unconfirmed.delete(name);
    }
    this.outputs.set(step.id, executed.output);
    Object.assign(report, {
      command,
      status: executed.status,
      exitCode: executed.result.exitCode,
      durationMs: executed.durationMs,
      outputFile: executed.outputFile,
      truncated: executed.result.truncated,
    });
    this.write(`\n-> ${describeResult(executed.result)}${attempt > 1 ? ` (attempt ${attempt})` : ''}\n`);
    for (const [name, value] of Object.entries(executed.captured)) this.write(`   captured ${name} = ${value}\n`);
  }

  // Approval, then the server's dry run, then the operator types the name of what changes.
  private async confirmChange(step: PlannedStep, command: string, position: number, attempt: number): Promise<boolean> {
    if (step.approval !== undefined && !this.approved.has(step.id)) {
      this.write(`This step needs an approval${typeof step.approval === 'string' ? ` (${step.approval})` : ''}.\n`);
      const approver = await this.prompter.input('Who approved this change?', { validate: required('The approver') });
      const reason = await this.prompter.input('Why was it approved?', { validate: required('The reason') });
      this.journal.append({ type: 'approval', step: step.id, approver, reason });
      this.approved.add(step.id);
    }
    let dryRun: string | undefined;
    const preview = withServerDryRun(command);
    if (preview !== undefined) {
      this.write(`\nServer-side dry run first (nothing changes):\n$ ${preview}\n`);
      const file = join(this.journal.dir, STEPS_DIR, `${String(position).padStart(2, '0')}-${step.id}-${attempt}-dry-run.txt`);
      const result = await this.runOne(preview, file, step.timeoutMs, true);
      const text = readFileSync(file, 'utf8');
      if (step.sensitive) rmSync(file, { force: true });
      this.write(`\n-> dry run: ${describeResult(result)}\n`);
      if (statusOf(result) !== 'ok') this.write('The dry run did not succeed: the change itself will probably fail too.\n');
      const tail = step.sensitive ? '' : `: ${text.trim().split('\n').slice(-3).join(' | ')}`;
      dryRun = `${preview} -> ${describeResult(result)}${tail}`.slice(0, DRY_RUN_SUMMARY_CHARS);
    }
    const word = confirmationWord(command, this.options.kube.namespace, step.id);
    this.write(confirmationScreen({ word, color: this.color }));
    const typed = await this.prompter.input(`Type ${word} to run this change`, {
      validate: (value) => (value === '' || value === word ? undefined : `That is not \`${word}\`: type ${word} exactly, or nothing to go back`),
    });
    if (typed === '') return false;
    this.journal.append({ type: 'confirmation', step: step.id, typed, ...(dryRun !== undefined ? { dryRun } : {}) });
    return true;
  }

  // ---- escalation ----

  private async escalate(): Promise<InteractiveReport> {
    this.showHeader();
    this.write(`\nEscalating${this.contact ? ` to ${this.contact}` : ''}.\n`);
    const criteria = this.when.length > 0 ? await this.prompter.checkbox('Which escalation criteria apply?', this.when.map((w) => ({ value: w, name: w }))) : [];
    // Tier 3 asks first why it was called: with no criterion ticked, the operator says it in words.
    const reason = criteria.length === 0 ? await this.prompter.input(this.when.length > 0 ? 'No criterion ticked: why escalate?' : 'Why escalate?', { validate: required('The reason') }) : undefined;
    this.journal.append({ type: 'escalated', criteria, ...(reason !== undefined ? { reason } : {}), ...(this.contact ? { contact: this.contact } : {}) });
    const commands = collectOf(this.options.runbook).map(([command]) => command);
    if (commands.length > 0) ensurePrivateDir(join(this.journal.dir, 'collected'));
    for (const [n, template] of commands.entries()) {
      let command: string;
      try {
        command = fillCommand(template, this.values);
      } catch (error) {
        this.journal.append({ type: 'note', text: `Not collected: \`${template}\`: ${(error as Error).message}` });
        continue;
      }
      const classification = classifyCommand(command);
      if (classification.safety !== 'read-only') {
        this.journal.append({ type: 'note', text: `Not collected: \`${command}\` is not read-only (${classification.reason})` });
        continue;
      }
      const relative = `collected/${String(n + 1).padStart(2, '0')}.txt`;
      this.write(`\n$ ${command}\n`);
      const result = await this.runOne(command, join(this.journal.dir, relative), DEFAULT_TIMEOUT_MS, true);
      this.write(`\n-> ${describeResult(result)}\n`);
      this.journal.append({ type: 'collected', command, outputFile: relative, exitCode: result.exitCode });
    }
    return this.end('escalated');
  }
}

/** A finished command in a few words. */
function describeResult(result: RunCommandResult): string {
  const seconds = `${(result.durationMs / 1000).toFixed(1)}s`;
  if (result.cancelled) return `cancelled (Ctrl-C) after ${seconds}: the command was stopped`;
  if (result.timedOut) return `timed out after ${seconds}: the command was stopped`;
  const truncated = result.truncated ? `; output over the cap, ${result.bytes} bytes, stored head and tail` : '';
  if (result.exitCode === 0) return `ok (${seconds})${truncated}`;
  return `failed: ${result.exitCode === null ? `killed by ${result.signal ?? 'a signal'}` : `exit ${result.exitCode}`} (${seconds})${truncated}`;
}

/** The names a pick-list command printed: one per line, first column, a `NAME` header skipped, `kind/` prefixes dropped. */
export function namesIn(output: string): string[] {
  const names: string[] = [];
  for (const line of output.split('\n')) {
    const first = line.trim().split(/\s+/)[0] ?? '';
    if (first === '' || first === 'NAME') continue;
    const name = first.replace(/^[A-Za-z0-9.-]+\//, '');
    if (name !== '' && !names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * What the operator types to confirm a change: the name of the object it changes (`deployment/web` → `web`),
 * else its namespace, else (not kubectl) the step's id.
 */
export function confirmationWord(command: string, namespace: string, stepId: string): string {
  const culprit = classifyCommand(command).commands.find((c) => c.safety === 'mutating');
  const kubectl = culprit?.kubectl;
  if (!kubectl) return stepId;
  const [first, second] = kubectl.positionals;
  let name: string | undefined;
  if (first?.includes('/')) name = first.slice(first.lastIndexOf('/') + 1);
  else if (second !== undefined && !second.includes('=')) name = second;
  else if (first !== undefined && kubectl.resources.length === 0) name = first;
  if (name && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) return name;
  return kubectl.namespace ?? namespace;
}
