/**
 * The terminal driver of the walk (`runbook run` with a human at the terminal): it shows what the walk engine
 * says comes next (header, symptoms, each step with its menu, the causes, the escalation) and turns the
 * operator's answers into commands and journal events. Every prompt goes through a `Prompter`, so flows are
 * tested with scripted answers.
 */
import { isRecord, variablesOf, type LooseRunbook, type Variable } from '../runbook/model.js';
import type { Plan, PlannedStep, SessionOutcome, VariableSource } from '../session/events.js';
import { newSessionId } from '../session/home.js';
import type { SessionRecord } from '../session/record.js';
import { plannedSteps, stepStateOf, valuesOf } from '../session/state.js';
import { resumeSession, startSession } from '../session/start.js';
import { isSettled } from '../session/status.js';
import { collectForEscalation } from './collect.js';
import { back, forward, next, startAt, type Action, type Cursor, type Policy, type StepChoice } from './engine.js';
import { runCommand, type RunCommandResult } from './exec.js';
import { capturedNames, planRunbook } from './plan.js';
import { notEmpty, type PromptChoice, type Prompter } from './prompts.js';
import { confirmChange } from './change-confirmation.js';
import { runReport, type RunReport } from './report.js';
import { describeResult, escalationDue, header, SCREEN_WIDTH, stepScreen } from './screen.js';
import { executeStep } from './step-run.js';
import { recordSuggestion, StepOutputs } from './step-outputs.js';
import type { UnattendedOptions } from './unattended.js';
import { ValuePrompts } from './value-prompts.js';
import { checkValues, resolveVariables } from './variables.js';

export interface InteractiveOptions extends Omit<UnattendedOptions, 'confirmChanges' | 'cause' | 'onOutput' | 'testing'> {
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

/** What an interactive walk returns: `open` when the operator quit (no `session-ended`; `runbook resume` goes on). */
export type InteractiveReport = RunReport;

/** The value of "None fits — escalate" in the branch list. */
export const NONE_FITS = '';
export { TYPE_ANOTHER } from './value-prompts.js';
/** The value of "Back to the diagnosis" in the branch list: no cause id has angle brackets. */
export const BACK = '<back>';

/** The note a manual step's Done wrote before `step-done` existed; on resume it still counts as that step done. */
const MANUAL_DONE = 'Manual check done';

// Ctrl-C reaches the runner as SIGINT while a command runs (the terminal is not in raw mode then).
function processInterrupt(stop: () => void): () => void {
  const listener = (): void => stop();
  process.on('SIGINT', listener);
  return () => {
    process.off('SIGINT', listener);
  };
}

// Walks a runbook with the operator; see the module comment. Ctrl-C at a prompt rejects with CancelledError
// and leaves the session resumable.
export async function runInteractive(options: InteractiveOptions): Promise<InteractiveReport> {
  const runbook = options.runbook;
  const resolved = resolveVariables(runbook, { flags: options.vars, ...(options.alert ? { alert: options.alert.labels } : {}), ...(options.kube.namespaceSet ? { contextNamespace: options.kube.namespace } : {}) });
  checkValues(runbook, resolved.values, resolved.sources);
  const now = options.now ?? (() => new Date());
  if (options.resume) return resumeInteractive(options, options.resume.sessionId, now);
  const plan = planRunbook(runbook);
  const record = startSession(options.home, newSessionId(now()), options, plan, { readOnly: options.readOnly, yes: false, maxOutput: options.maxOutputBytes, ...(options.alert ? { alertFile: options.alert.file } : {}), ...(options.drill ? { drill: options.drill } : {}) }, { now });
  try {
    if (Object.keys(resolved.values).length > 0) record.append({ type: 'variables-set', values: { ...resolved.values }, sources: { ...resolved.sources } });
    const walk = new TerminalWalk(options, record, now, resolved.missing);
    walk.prompts.noteSources(resolved.sources);
    walk.showHeader();
    return await walk.drive(startAt(plan, record.state));
  } finally {
    record.close();
  }
}

// Reopens a session's journal and continues its walk; see `InteractiveOptions.resume`.
async function resumeInteractive(options: InteractiveOptions, sessionId: string, now: () => Date): Promise<InteractiveReport> {
  const { record, state, runbookChanged } = resumeSession(options.home, sessionId, { ...options, plan: planRunbook(options.runbook) }, 'interactive', { now });
  try {
    // Flags and defaults only fill what the session has no value for yet (a runbook edited since may declare more).
    const resolved = resolveVariables(options.runbook, { flags: options.vars, ...(options.alert ? { alert: options.alert.labels } : {}), ...(options.kube.namespaceSet ? { contextNamespace: options.kube.namespace } : {}) });
    const added: Record<string, string> = {};
    const sources: Record<string, VariableSource> = {};
    for (const [name, value] of Object.entries(resolved.values)) {
      if (state.variables[name] !== undefined) continue;
      added[name] = value;
      const source = resolved.sources[name];
      if (source !== undefined) sources[name] = source;
    }
    checkValues(options.runbook, added, sources);
    if (Object.keys(added).length > 0) record.append({ type: 'variables-set', values: { ...added }, sources: { ...sources } });
    const walk = new TerminalWalk(
      options,
      record,
      now,
      resolved.missing.filter((name) => state.variables[name] === undefined),
      Date.parse(state.started),
    );
    walk.prompts.noteSources(sources);
    const plan = record.state.plan!;
    // Manual checks marked done by a note, before `step-done` was recorded: they count as done.
    for (const step of plannedSteps(plan)) {
      const manualDone = step.kind === 'manual' && stepStateOf(state, step.id) === undefined && state.notes.some((note) => note.step === step.id && note.text === MANUAL_DONE);
      if (manualDone) record.append({ type: 'step-done', step: step.id });
    }
    const at = startAt(plan, record.state);
    const done = record.state.steps.filter((s) => isSettled(s.status)).length;
    walk.showHeader();
    if (runbookChanged) walk.write('The runbook has changed since this session started; its steps are matched by id.\n');
    walk.write(`Resuming session ${record.sessionId}: ${done} step${done === 1 ? '' : 's'} done, continuing at ${walk.describe(at)}\n`);
    return await walk.drive(at);
  } finally {
    record.close();
  }
}

class TerminalWalk {
  private readonly prompter: Prompter;
  private readonly color: boolean;
  private readonly plan: Plan;
  private readonly policy: Policy;
  private readonly declared: Map<string, Partial<Variable>>;
  private readonly title: string;
  private readonly contexts: string[] | undefined;
  private readonly afterMs: number | undefined;
  private readonly when: string[];
  private readonly contact: string | undefined;
  private readonly startedAt: number;
  /** The values asked for, confirmed and changed. */
  readonly prompts: ValuePrompts;
  private readonly outputs: StepOutputs;
  private readonly stepTitles: ReadonlyMap<string, string>;
  private overdueOffered = false;
  /** After a command ran, its output is what the operator reads: the menu follows it without the step reprinted. */
  private showStep = true;

  constructor(
    private readonly options: InteractiveOptions,
    private readonly record: SessionRecord,
    private readonly now: () => Date,
    /** Values nobody gave yet, asked right after the symptoms (values a capture will fill are asked at their step). */
    private missing: string[],
    startedAt?: number,
  ) {
    const runbook: LooseRunbook = options.runbook;
    this.prompter = options.prompter;
    this.color = options.color ?? false;
    this.plan = record.state.plan!;
    this.policy = { mode: 'interactive', readOnly: options.readOnly, since: record.journal.seq };
    this.outputs = new StepOutputs(record.dir);
    this.stepTitles = new Map(plannedSteps(this.plan).map((step) => [step.id, step.title]));
    this.declared = variablesOf(runbook);
    this.title = record.state.runbook.title;
    // A drill's simulated cluster is outside every runbook's contexts by design: no warning for it.
    this.contexts = Array.isArray(runbook.contexts) && options.drill === undefined ? runbook.contexts.map(String) : undefined;
    const escalation = record.state.runbook.escalation;
    this.afterMs = escalation?.afterMs;
    this.when = escalation?.when ?? (isRecord(runbook.escalation) && Array.isArray(runbook.escalation.when) ? runbook.escalation.when.map(String) : []);
    this.contact = escalation?.contact;
    this.startedAt = startedAt !== undefined && Number.isFinite(startedAt) ? startedAt : now().getTime();
    this.prompts = new ValuePrompts({
      record,
      prompter: this.prompter,
      declared: this.declared,
      contextName: options.kube.name,
      write: (text) => this.write(text),
      runOne: (command, file, timeoutMs, show) => this.runOne(command, file, timeoutMs, show),
    });
    const captured = capturedNames(this.plan);
    this.missing = this.missing.filter((name) => !captured.has(name));
  }

  private get values(): Record<string, string> {
    return valuesOf(this.record.state);
  }

  /** Where the cursor stands, in words, for the resume line. */
  describe(at: Cursor): string {
    if (at.phase === 'diagnosis') return this.plan.diagnosis[at.index]?.title ?? 'the choice of cause';
    if (at.phase === 'resolution') {
      const branch = this.plan.branches.find((b) => b.cause === this.record.state.cause?.id);
      return branch?.steps[at.index]?.title ?? 'the end of the walk';
    }
    return at.phase === 'cause' ? 'the choice of cause' : 'the escalation';
  }

  /** Turns the engine's actions into screens, prompts and commands until the walk ends or the operator quits. */
  async drive(start: Cursor): Promise<InteractiveReport> {
    let at = start;
    for (;;) {
      const action: Action = next(this.plan, { session: this.record.state, at }, this.policy, this.declared.size > 0);
      if (action.type !== 'ask-symptoms' && this.missing.length > 0) {
        const names = this.missing;
        this.missing = [];
        for (const name of names) await this.prompts.askVariable(name);
        continue;
      }
      switch (action.type) {
        case 'record':
          this.record.append(action.event);
          break;
        case 'ask-symptoms': {
          const seen = await this.prompter.checkbox(
            'Which symptoms do you see?',
            action.symptoms.map((s) => ({ value: s, name: s })),
          );
          this.record.append({ type: 'symptoms-confirmed', seen });
          break;
        }
        case 'offer-step': {
          if (await this.offerOverdueEscalation()) {
            at = { phase: 'escalate' };
            break;
          }
          const moved = await this.offerStep(action, at);
          if (moved === 'quit') return this.pause();
          at = moved;
          break;
        }
        case 'suggest-causes':
          recordSuggestion(this.record, this.outputs, action.branches);
          break;
        case 'choose-cause':
          at = await this.chooseCause(action);
          break;
        case 'ask-ending': {
          const ending = await this.prompter.select(`Not every step went through (${action.unfinished.map((s) => `${s.id}: ${s.status}`).join(', ')}). How does this end?`, [
            { value: 'escalate', name: 'Escalate' },
            { value: 'resolved', name: 'Resolved anyway' },
            { value: 'abandoned', name: 'Abandon' },
            { value: 'quit', name: 'Quit, keep the session open' },
          ]);
          if (ending === 'quit') return this.pause();
          if (ending === 'escalate') at = { phase: 'escalate' };
          else return this.end(ending === 'resolved' ? 'resolved' : 'abandoned', []);
          break;
        }
        case 'escalate':
          await this.askEscalation();
          break;
        case 'end':
          return this.end(action.outcome, action.collect);
        case 'run':
        case 'stop':
          return runReport(this.plan, this.record.state);
      }
    }
  }

  /** One step on screen and the operator's choice: where the walk goes next, or `quit`. */
  private async offerStep(action: Extract<Action, { type: 'offer-step' }>, at: Cursor): Promise<Cursor | 'quit'> {
    const { step } = action;
    const state = stepStateOf(this.record.state, step.id);
    if (this.showStep) {
      this.showHeader();
      this.write(
        stepScreen({
          step,
          index: action.index + 1,
          total: action.total,
          ...(action.command !== undefined ? { command: action.command } : {}),
          ...(action.missing !== undefined ? { missing: `No value for {{${action.missing}}}: no earlier step captured it; set it to run this step.` } : {}),
          readOnly: this.options.readOnly,
          color: this.color,
          width: this.width(),
          stepTitles: this.stepTitles,
          ...(this.options.observations?.[step.id] !== undefined ? { observation: this.options.observations[step.id] } : {}),
        }),
      );
      // A result from before the resume, until the step is run again.
      if (state && state.seq < this.policy.since && state.status !== 'pending') {
        const exit = state.exitCode !== null && state.exitCode !== 0 ? `, exit ${state.exitCode}` : '';
        this.write(`  Recorded before the resume: ${state.status}${exit}${state.outputFile ? ` (output in ${state.outputFile})` : ''}\n`);
      }
    }
    this.showStep = true;
    const choice = await this.prompter.select(`${step.title}: what now?`, action.choices.map((value) => ({ value, name: this.choiceName(value, action) })));
    switch (choice) {
      case 'run':
      case 'rerun':
        // A changed value changes the command: show it again before anything runs.
        if (await this.prompts.confirmDefaults(step)) return at;
        if (action.command !== undefined) await this.runStep(step, action.command);
        this.showStep = false;
        return at;
      case 'done':
        this.record.append({ type: 'step-done', step: step.id });
        return forward(this.plan, at);
      case 'skip': {
        const reason = await this.prompter.input('Why skip this step?', { validate: notEmpty('The reason') });
        this.record.append({ type: 'step-skipped', step: step.id, reason });
        return forward(this.plan, at);
      }
      case 'note': {
        const text = await this.prompter.input('Note:', { validate: notEmpty('The note') });
        this.record.append({ type: 'note', step: step.id, text });
        return at;
      }
      case 'set':
        if (action.missing !== undefined) await this.prompts.askVariable(action.missing);
        return at;
      case 'change':
        await this.prompts.changeValue();
        return at;
      case 'next':
        return forward(this.plan, at);
      case 'back':
        return back(this.plan, at);
      case 'escalate':
        return { phase: 'escalate' };
      case 'quit':
        return 'quit';
    }
  }

  private choiceName(choice: StepChoice, action: Extract<Action, { type: 'offer-step' }>): string {
    const { step } = action;
    switch (choice) {
      case 'run':
        return step.kind === 'mutating' ? 'Run (asks for a typed confirmation)' : 'Run';
      case 'rerun':
        return 'Rerun';
      case 'next':
        return (stepStateOf(this.record.state, step.id)?.attempts ?? 0) > 0 && step.kind !== 'tier3' ? 'Next step' : 'Continue';
      case 'done':
        return 'Done';
      case 'skip':
        return 'Skip';
      case 'note':
        return 'Note';
      case 'set':
        return `Set {{${action.missing ?? ''}}}`;
      case 'change':
        return 'Change a value';
      case 'back':
        return action.firstOfBranch ? 'Back to the choice of cause' : 'Back';
      case 'escalate':
        return 'Escalate now';
      case 'quit':
        return this.options.drill === undefined ? 'Quit (save, resume later)' : 'Quit (end the drill)';
    }
  }

  /** Once the session passes `escalation.after`, says so and offers to escalate (once). */
  private async offerOverdueEscalation(): Promise<boolean> {
    if (this.afterMs === undefined || this.overdueOffered || this.elapsedMs() < this.afterMs) return false;
    this.overdueOffered = true;
    this.write(escalationDue({ afterMs: this.afterMs, when: this.when, ...(this.contact ? { contact: this.contact } : {}), color: this.color, width: this.width() }));
    // No by default: an Enter pressed for the step menu must not escalate by accident.
    return this.prompter.confirm('Escalate now?', { default: false });
  }

  /** The branch list, suggested first; the cause is journaled when it differs from the one chosen before. */
  private async chooseCause(action: Extract<Action, { type: 'choose-cause' }>): Promise<Cursor> {
    const { suggested } = action;
    const branches = [...this.plan.branches].sort((a, b) => Number(suggested.includes(b.cause)) - Number(suggested.includes(a.cause)));
    const choices: PromptChoice[] = branches.map((b) => ({
      value: b.cause,
      name: `${b.title}${suggested.includes(b.cause) ? ' (suggested)' : ''}`,
      ...(b.when ? { description: b.when } : {}),
    }));
    choices.push({ value: NONE_FITS, name: 'None fits — escalate' });
    if (action.canGoBack) choices.push({ value: BACK, name: 'Back to the diagnosis' });
    this.showHeader();
    const preselected = action.current ?? suggested[0];
    const cause = await this.prompter.select('Which cause fits what you found?', choices, preselected !== undefined ? { default: preselected } : {});
    if (cause === BACK) return back(this.plan, { phase: 'cause' });
    if (cause === NONE_FITS) return { phase: 'escalate' };
    if (cause !== action.current) this.record.append({ type: 'cause-chosen', cause, suggested });
    return { phase: 'resolution', index: 0 };
  }

  write(text: string): void {
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

  showHeader(): void {
    const values = this.values;
    this.write(
      `\n${header({
        title: this.title,
        // The namespace the commands use, when the runbook has one: the header must not say another.
        kube: this.declared.has('namespace') && values.namespace !== undefined ? { ...this.options.kube, namespace: values.namespace } : this.options.kube,
        ...(this.contexts ? { contexts: this.contexts } : {}),
        elapsedMs: this.elapsedMs(),
        ...(this.afterMs !== undefined ? { escalateAfterMs: this.afterMs } : {}),
        color: this.color,
      })}`,
    );
  }

  private async end(outcome: SessionOutcome, collect: readonly string[]): Promise<InteractiveReport> {
    await this.interruptible((signal) =>
      collectForEscalation({
        record: this.record,
        commands: collect,
        maxOutputBytes: this.options.maxOutputBytes,
        signal,
        onOutput: this.live,
        onStart: (command) => this.write(`\n$ ${command}\n`),
        onEnd: (result) => this.write(`\n-> ${describeResult(result)}\n`),
        ...(this.options.env ? { env: this.options.env } : {}),
      }),
    );
    this.record.append({ type: 'session-ended', outcome });
    this.write(`\nSession ${this.record.sessionId} ended: ${outcome}.\n`);
    return runReport(this.plan, this.record.state);
  }

  private pause(): InteractiveReport {
    // A drill's simulated cluster goes away with it: there is nothing to resume against.
    if (this.options.drill !== undefined) {
      this.write('\nDrill stopped before the end of the walk; a drill cannot be resumed, start a new one to try again.\n');
      return runReport(this.plan, this.record.state);
    }
    this.record.append({ type: 'session-paused' });
    this.write(`\nSaved. Continue with: runbook resume ${this.record.sessionId}\n`);
    return runReport(this.plan, this.record.state);
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

  /** One attempt of a step that has a command; a change is confirmed first (and not run when it is not). */
  private async runStep(step: PlannedStep, command: string): Promise<void> {
    const attempt = (stepStateOf(this.record.state, step.id)?.attempts ?? 0) + 1;
    if (step.kind === 'mutating' && !(await confirmChange(this.confirmationHost(), step, command, attempt))) return;
    this.write(`\n$ ${command}\n`);
    const executed = await this.interruptible((signal) =>
      executeStep({
        record: this.record,
        step,
        command,
        attempt,
        maxOutputBytes: this.options.maxOutputBytes,
        signal,
        onOutput: this.live,
        readOnly: this.options.readOnly,
        ...(this.options.env ? { env: this.options.env } : {}),
      }),
    );
    this.prompts.captured(Object.keys(executed.captured));
    this.outputs.set(step.id, executed.output);
    this.write(`\n-> ${describeResult(executed.result)}${attempt > 1 ? ` (attempt ${attempt})` : ''}\n`);
    for (const [name, value] of Object.entries(executed.captured)) this.write(`   captured ${name} = ${value}\n`);
  }

  private confirmationHost(): Parameters<typeof confirmChange>[0] {
    return {
      record: this.record,
      prompter: this.prompter,
      namespace: this.options.kube.namespace,
      color: this.color,
      write: (text) => this.write(text),
      runOne: (command, file, timeoutMs, show) => this.runOne(command, file, timeoutMs, show),
    };
  }

  // ---- escalation ----

  private async askEscalation(): Promise<void> {
    this.showHeader();
    this.write(`\nEscalating${this.contact ? ` to ${this.contact}` : ''}.\n`);
    const criteria = this.when.length > 0 ? await this.prompter.checkbox('Which escalation criteria apply?', this.when.map((w) => ({ value: w, name: w }))) : [];
    // Tier 3 asks first why it was called: with no criterion ticked, the operator says it in words.
    const reason = criteria.length === 0 ? await this.prompter.input(this.when.length > 0 ? 'No criterion ticked: why escalate?' : 'Why escalate?', { validate: notEmpty('The reason') }) : undefined;
    this.record.append({ type: 'escalated', criteria, ...(reason !== undefined ? { reason } : {}), ...(this.contact ? { contact: this.contact } : {}) });
  }
}
