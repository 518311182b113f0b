/**
 * A Prompter that answers from a script, for flow tests. Each prompt must match the next script entry
 * (its kind, and a substring of its message); anything else fails the test, and so do answers left over
 * when the test ends. An `input` answer its validator rejects is recorded in `rejected`, and the prompt
 * takes the next entry, as the real prompt asks again.
 */
import { onTestFinished } from 'vitest';
import { CancelledError } from '../../src/errors.js';
import type { InputOptions, PromptChoice, Prompter } from '../../src/runner/prompts.js';

export type PromptKind = 'select' | 'checkbox' | 'input' | 'confirm';

export type ScriptEntry = (
  | { kind: 'select'; message: string; answer: string }
  | { kind: 'checkbox'; message: string; answer: string[] }
  | { kind: 'input'; message: string; answer: string }
  | { kind: 'confirm'; message: string; answer: boolean }
  /** Ctrl-C at this prompt. */
  | { kind: PromptKind; message: string; cancel: true }
) & {
  /** Runs once this prompt is answered (e.g. to move a test clock on). */
  then?: () => void;
};

/** What was asked, in order, with the choices offered: for assertions on what the operator saw. */
export interface AskedPrompt {
  kind: PromptKind;
  message: string;
  choices?: PromptChoice[];
  default?: string | boolean;
}

export interface ScriptedPrompter extends Prompter {
  asked: AskedPrompt[];
  /** Validation messages for rejected input answers, in order. */
  rejected: string[];
  /** Throws if answers remain (also checked automatically when the test finishes). */
  done(): void;
}

// Shorthands for script entries.
export const sel = (message: string, answer: string): ScriptEntry => ({ kind: 'select', message, answer });
export const pick = (message: string, answer: string[]): ScriptEntry => ({ kind: 'checkbox', message, answer });
export const type = (message: string, answer: string): ScriptEntry => ({ kind: 'input', message, answer });
export const yes = (message: string, answer = true): ScriptEntry => ({ kind: 'confirm', message, answer });
export const ctrlC = (kind: PromptKind, message: string): ScriptEntry => ({ kind, message, cancel: true });

export function scriptedPrompter(script: readonly ScriptEntry[]): ScriptedPrompter {
  const remaining = [...script];
  const asked: AskedPrompt[] = [];
  const rejected: string[] = [];
  let failure: Error | undefined;

  const fail = (text: string): never => {
    failure ??= new Error(text);
    throw failure;
  };
  const next = (kind: PromptKind, message: string): ScriptEntry => {
    const entry = remaining.shift();
    if (!entry) return fail(`Unexpected ${kind} prompt "${message}": the script has no answers left`);
    if (entry.kind !== kind || !message.includes(entry.message)) {
      return fail(`Unexpected ${kind} prompt "${message}", the script expected a ${entry.kind} prompt containing "${entry.message}"`);
    }
    if ('cancel' in entry) throw new CancelledError('Cancelled at a prompt (scripted Ctrl-C)');
    entry.then?.();
    return entry;
  };
  const checkChoices = (message: string, choices: readonly PromptChoice[], answers: readonly string[]): void => {
    for (const answer of answers) {
      if (!choices.some((c) => c.value === answer)) {
        fail(`The answer "${answer}" to "${message}" is not among the choices: ${choices.map((c) => c.value).join(', ')}`);
      }
    }
  };

  const prompter: ScriptedPrompter = {
    asked,
    rejected,
    async select<T extends string>(message: string, choices: readonly PromptChoice<T>[], options: { default?: T } = {}): Promise<T> {
      asked.push({ kind: 'select', message, choices: [...choices], ...(options.default !== undefined ? { default: options.default } : {}) });
      const entry = next('select', message) as { answer: string };
      checkChoices(message, choices, [entry.answer]);
      return entry.answer as T;
    },
    async checkbox<T extends string>(message: string, choices: readonly PromptChoice<T>[]): Promise<T[]> {
      asked.push({ kind: 'checkbox', message, choices: [...choices] });
      const entry = next('checkbox', message) as { answer: string[] };
      checkChoices(message, choices, entry.answer);
      return entry.answer as T[];
    },
    async input(message: string, options: InputOptions = {}): Promise<string> {
      for (;;) {
        asked.push({ kind: 'input', message, ...(options.default !== undefined ? { default: options.default } : {}) });
        const entry = next('input', message) as { answer: string };
        const answer = entry.answer === '' && options.default !== undefined ? options.default : entry.answer;
        const problem = options.validate?.(answer);
        if (problem === undefined) return answer;
        rejected.push(problem);
      }
    },
    async confirm(message: string, options: { default?: boolean } = {}): Promise<boolean> {
      asked.push({ kind: 'confirm', message, ...(options.default !== undefined ? { default: options.default } : {}) });
      return (next('confirm', message) as { answer: boolean }).answer;
    },
    done(): void {
      if (failure) throw failure;
      if (remaining.length > 0) throw new Error(`${remaining.length} scripted answer(s) were never asked for; the next one: ${JSON.stringify(remaining[0])}`);
    },
  };
  onTestFinished(() => prompter.done());
  return prompter;
}
