/**
 * The prompts the interactive runner asks, behind a small interface: the only module that imports
 * `@inquirer/prompts`. Ctrl-C at a prompt (inquirer's `ExitPromptError`, or an aborted prompt) becomes
 * the project's `CancelledError`, so the CLI exits 130 and the session stays resumable.
 */
import { checkbox, confirm, input, select } from '@inquirer/prompts';
import { CancelledError } from '../errors.js';

/** One entry of a `select` or `checkbox`: `value` is what the walk gets back, `name` what the operator sees. */
export interface PromptChoice<T extends string = string> {
  value: T;
  name: string;
  description?: string;
  /** For `checkbox`: ticked at first. */
  checked?: boolean;
}

export interface InputOptions {
  default?: string;
  /** An error message for a value that is not acceptable (the prompt asks again), or undefined to accept it. */
  validate?: (value: string) => string | undefined;
}

/** A validator for an answer that may not be empty: `what` names it in the message. */
export const notEmpty =
  (what: string) =>
  (value: string): string | undefined =>
    value.trim() === '' ? `${what} cannot be empty` : undefined;

/** Everything the walk asks of the operator. Every method rejects with `CancelledError` on Ctrl-C. */
export interface Prompter {
  select<T extends string>(message: string, choices: readonly PromptChoice<T>[], options?: { default?: T }): Promise<T>;
  checkbox<T extends string>(message: string, choices: readonly PromptChoice<T>[]): Promise<T[]>;
  input(message: string, options?: InputOptions): Promise<string>;
  confirm(message: string, options?: { default?: boolean }): Promise<boolean>;
}

export interface PromptStreams {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Aborting it stops the prompt on screen; the prompt then rejects with `CancelledError`. */
  signal?: AbortSignal;
}

/** Whether an error is inquirer's way of saying the operator pressed Ctrl-C or the prompt was aborted. */
export function isPromptCancellation(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

async function mapCancel<T>(prompt: () => Promise<T>): Promise<T> {
  try {
    return await prompt();
  } catch (error) {
    if (isPromptCancellation(error)) throw new CancelledError('Cancelled at a prompt; the session is saved and can be resumed');
    throw error;
  }
}

// The real prompts, on the given streams (a terminal in production, a pseudo-terminal in keystroke tests).
export function inquirerPrompter(streams: PromptStreams = {}): Prompter {
  const context = {
    ...(streams.input ? { input: streams.input } : {}),
    ...(streams.output ? { output: streams.output } : {}),
    ...(streams.signal ? { signal: streams.signal } : {}),
  };
  return {
    select: <T extends string>(message: string, choices: readonly PromptChoice<T>[], options: { default?: T } = {}) =>
      mapCancel(() =>
        select<T>(
          {
            message,
            choices: choices.map((c) => ({ value: c.value, name: c.name, ...(c.description ? { description: c.description } : {}) })),
            ...(options.default !== undefined ? { default: options.default } : {}),
            loop: false,
          },
          context,
        ),
      ),
    checkbox: <T extends string>(message: string, choices: readonly PromptChoice<T>[]) =>
      mapCancel(() =>
        checkbox<T>(
          { message, choices: choices.map((c) => ({ value: c.value, name: c.name, checked: c.checked === true, ...(c.description ? { description: c.description } : {}) })), loop: false },
          context,
        ),
      ),
    input: (message: string, options: InputOptions = {}) =>
      mapCancel(() =>
        input(
          {
            message,
            ...(options.default !== undefined ? { default: options.default } : {}),
            ...(options.validate ? { validate: (value: string) => options.validate?.(value) ?? true } : {}),
          },
          context,
        ),
      ),
    confirm: (message: string, options: { default?: boolean } = {}) => mapCancel(() => confirm({ message, ...(options.default !== undefined ? { default: options.default } : {}) }, context)),
  };
}
