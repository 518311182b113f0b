/**
 * The values a walk-through asks for: a variable nobody gave (typed, or picked from `choices` or a read-only
 * `choices_from` command), the confirmation of a value taken from a default before a command uses it, and
 * "Change a value". Each answer is journaled as a `variables-set` from `prompt`.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { classifyCommand } from '../kube/index.js';
import type { Variable } from '../runbook/model.js';
import { findPlaceholders } from '../runbook/placeholders.js';
import type { PlannedStep, VariableSource } from '../session/events.js';
import { CHOICES_DIR, choicesOutputFile } from '../session/files.js';
import { ensurePrivateDir } from '../session/home.js';
import type { SessionRecord } from '../session/record.js';
import { valuesOf } from '../session/state.js';
import type { RunCommandResult } from './exec.js';
import type { Prompter } from './prompts.js';
import { describeResult } from './screen.js';
import { statusOf } from './step-run.js';
import { fillCommand, validateValue } from './variables.js';

/** The value of "Type another value" in a pick list. */
export const TYPE_ANOTHER = '';
const CHOICES_TIMEOUT_MS = 30_000;

/** What the value prompts need from the walk that asks them. */
export interface ValuePromptsHost {
  record: SessionRecord;
  prompter: Prompter;
  declared: ReadonlyMap<string, Partial<Variable>>;
  /** The kube context, named when a value came from its namespace. */
  contextName: string | undefined;
  write(text: string): void;
  /** Runs a command into a file, with its own Ctrl-C. */
  runOne(command: string, outputFile: string, timeoutMs: number, showOutput: boolean): Promise<RunCommandResult>;
}

export class ValuePrompts {
  /** Values from a default not yet confirmed by the operator. */
  private readonly unconfirmed = new Set<string>();

  constructor(private readonly host: ValuePromptsHost) {}

  private get values(): Record<string, string> {
    return valuesOf(this.host.record.state);
  }

  /** A step captured these: they need no confirming. */
  captured(names: readonly string[]): void {
    for (const name of names) this.unconfirmed.delete(name);
  }

  async askVariable(name: string): Promise<void> {
    const variable = this.host.declared.get(name) ?? {};
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
      const picked = await this.host.prompter.select(message, [
        ...valid.map((v) => ({ value: v, name: v })),
        ...(variable.type === 'enum' ? [] : [{ value: TYPE_ANOTHER, name: 'Type another value' }]),
      ]);
      if (picked !== TYPE_ANOTHER) value = picked;
    }
    value ??= await this.host.prompter.input(message, { validate });
    this.setValue(name, value);
  }

  /** A value the operator typed: journaled, and needs no confirming. */
  private setValue(name: string, value: string): void {
    this.unconfirmed.delete(name);
    this.host.record.append({ type: 'variables-set', values: { [name]: value }, sources: { [name]: 'prompt' } });
  }

  noteSources(sources: Record<string, VariableSource>): void {
    for (const [name, source] of Object.entries(sources)) if (source === 'default' || source === 'context') this.unconfirmed.add(name);
  }

  /**
   * Values nobody chose (the runbook's default, the context's namespace) are shown and confirmed before the first
   * command that uses them, and again before any change; returns true when one was changed (the command differs).
   */
  async confirmDefaults(step: PlannedStep): Promise<boolean> {
    if (step.template === undefined) return false;
    const names = [...new Set(findPlaceholders(step.template).map((p) => p.name))];
    let changed = false;
    for (const name of names) {
      const source = this.host.record.state.variables[name]?.source;
      if (source !== 'default' && source !== 'context') continue;
      if (!this.unconfirmed.has(name) && step.kind !== 'mutating') continue;
      const value = this.values[name] ?? '';
      const from = source === 'context' ? `the namespace of context ${this.host.contextName ?? ''}` : "the runbook's default";
      const keep = await this.host.prompter.confirm(`${name} = ${value} (${from}): use it?`, { default: true });
      this.unconfirmed.delete(name);
      if (keep) continue;
      const variable = this.host.declared.get(name) ?? {};
      const typed = await this.host.prompter.input(`${name}${variable.description ? `: ${variable.description}` : ''}`, { default: value, validate: (v) => validateValue(name, variable, v) });
      if (typed !== value) {
        this.setValue(name, typed);
        changed = true;
      }
    }
    return changed;
  }

  /** "Change a value": one variable, picked from all declared, typed again and checked by its type; journaled. */
  async changeValue(): Promise<void> {
    const names = [...this.host.declared.keys()];
    const name = await this.host.prompter.select(
      'Which value?',
      names.map((n) => ({ value: n, name: `${n} = ${this.values[n] ?? '(not set)'}` })),
    );
    const variable = this.host.declared.get(name) ?? {};
    const current = this.values[name];
    const value = await this.host.prompter.input(`${name}${variable.description ? `: ${variable.description}` : ''}`, {
      ...(current !== undefined ? { default: current } : {}),
      validate: (typed) => validateValue(name, variable, typed),
    });
    if (value === current) {
      this.unconfirmed.delete(name);
      return;
    }
    this.setValue(name, value);
    this.host.write(`${name} is now ${value}\n`);
  }

  /** The names a `choices_from` command lists (`deployment/web` offered as `web`); empty when it cannot or may not run. */
  private async choicesFrom(name: string, template: string): Promise<string[]> {
    let command: string;
    try {
      command = fillCommand(template, this.values);
    } catch (error) {
      this.host.write(`Cannot list the choices for ${name}: ${(error as Error).message}\n`);
      return [];
    }
    const classification = classifyCommand(command);
    if (classification.safety !== 'read-only') {
      this.host.write(`Not running the pick list for ${name}: it is not read-only (${classification.reason}).\n`);
      return [];
    }
    this.host.write(`Listing the choices for ${name}:\n  $ ${command}\n`);
    const dir = join(this.host.record.dir, CHOICES_DIR);
    ensurePrivateDir(dir);
    const file = join(this.host.record.dir, choicesOutputFile(name));
    const result = await this.host.runOne(command, file, CHOICES_TIMEOUT_MS, false);
    const text = readFileSync(file, 'utf8');
    rmSync(dir, { recursive: true, force: true });
    if (statusOf(result) !== 'ok') {
      this.host.write(`The pick list command did not work (${describeResult(result)}); type the value instead.\n${text.split('\n').slice(0, 5).join('\n')}\n`);
      return [];
    }
    return namesIn(text);
  }
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

