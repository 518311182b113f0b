import type { Path } from './locator.js';
import type { Branch, DiagnosisStep, ResolutionStep, Runbook, Variable } from './types.generated.js';

export type { Branch, DiagnosisStep, ResolutionStep, Runbook, Variable } from './types.generated.js';

/** A step of either phase with where it sits, so rules and the runner can treat all steps alike. */
export interface StepEntry {
  phase: 'diagnosis' | 'resolution';
  step: Partial<DiagnosisStep & ResolutionStep>;
  path: Path;
  /** The branch the step belongs to, for resolution steps. */
  branch?: Partial<Branch>;
}

/** Where a shell command appears in a runbook; `readOnly` says whether it must not change anything. */
export interface CommandEntry {
  command: string;
  path: Path;
  kind: 'run' | 'choices_from' | 'collect';
  readOnlyRequired: boolean;
  step?: StepEntry;
}

/**
 * A runbook whose front-matter may not match the schema: every accessor below skips the parts
 * that have the wrong shape, so rules can run on broken files without throwing.
 */
export type LooseRunbook = Partial<Record<keyof Runbook, unknown>>;

export function asLooseRunbook(data: unknown): LooseRunbook | undefined {
  return isRecord(data) ? (data as LooseRunbook) : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function records<T>(value: unknown): [T, number][] {
  if (!Array.isArray(value)) return [];
  const out: [T, number][] = [];
  value.forEach((item, index) => {
    if (isRecord(item)) out.push([item as T, index]);
  });
  return out;
}

/** Declared variables, by name, skipping entries that are not mappings. */
export function variablesOf(runbook: LooseRunbook): Map<string, Partial<Variable>> {
  const out = new Map<string, Partial<Variable>>();
  if (!isRecord(runbook.variables)) return out;
  for (const [name, value] of Object.entries(runbook.variables)) out.set(name, isRecord(value) ? (value as Partial<Variable>) : {});
  return out;
}

export function diagnosisOf(runbook: LooseRunbook): StepEntry[] {
  return records<Partial<DiagnosisStep>>(runbook.diagnosis).map(([step, index]) => ({ phase: 'diagnosis', step, path: ['diagnosis', index] }));
}

export function branchesOf(runbook: LooseRunbook): [Partial<Branch>, number][] {
  return records<Partial<Branch>>(runbook.resolution);
}

/** Every step in walking order: diagnosis first, then each resolution branch's steps. */
export function stepsOf(runbook: LooseRunbook): StepEntry[] {
  const steps = diagnosisOf(runbook);
  for (const [branch, b] of branchesOf(runbook)) {
    for (const [step, index] of records<Partial<ResolutionStep>>(branch.steps)) {
      steps.push({ phase: 'resolution', step, path: ['resolution', b, 'steps', index], branch });
    }
  }
  return steps;
}

export function collectOf(runbook: LooseRunbook): [string, Path][] {
  const escalation = runbook.escalation;
  if (!isRecord(escalation) || !Array.isArray(escalation.collect)) return [];
  return escalation.collect.flatMap((command, index): [string, Path][] => (typeof command === 'string' ? [[command, ['escalation', 'collect', index]]] : []));
}

/** Every shell command in the runbook, with whether it must be read-only (diagnosis, pick lists, collection). */
export function commandsOf(runbook: LooseRunbook): CommandEntry[] {
  const commands: CommandEntry[] = [];
  for (const [name, variable] of variablesOf(runbook)) {
    if (typeof variable.choices_from === 'string') {
      commands.push({ command: variable.choices_from, path: ['variables', name, 'choices_from'], kind: 'choices_from', readOnlyRequired: true });
    }
  }
  for (const entry of stepsOf(runbook)) {
    if (typeof entry.step.run === 'string') {
      commands.push({ command: entry.step.run, path: [...entry.path, 'run'], kind: 'run', readOnlyRequired: entry.phase === 'diagnosis', step: entry });
    }
  }
  for (const [command, path] of collectOf(runbook)) commands.push({ command, path, kind: 'collect', readOnlyRequired: true });
  return commands;
}

/** A step's stable id: its own, or one derived from its title (resolution steps may omit it). */
export function stepIdOf(step: Partial<DiagnosisStep & ResolutionStep>): string | undefined {
  if (typeof step.id === 'string') return step.id;
  if (typeof step.title !== 'string') return undefined;
  const slug = step.title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || undefined;
}
