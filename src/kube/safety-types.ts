/** The result types of the read-only/mutating classifier, and the context its per-program rules receive. */
import type { KubectlInvocation } from './kubectl.js';
import type { ShellError, ShellWord } from './shell-types.js';

export type Safety = 'read-only' | 'mutating';

export interface CommandSafety {
  /** The program as written (path stripped), `''` for a command made only of assignments or redirections. */
  program: string;
  safety: Safety;
  /** A short sentence naming the culprit, in Markdown-ish backticks. */
  reason: string;
  start: number;
  end: number;
  /** Set when the program, or the program a wrapper such as `timeout` or `xargs` runs, is kubectl or oc. */
  kubectl?: KubectlInvocation;
  /** Set when the command prints credentials (`kubectl config view --raw`): its output must not be kept. */
  sensitive?: string;
}

export interface Classification {
  safety: Safety;
  reason: string;
  commands: CommandSafety[];
  errors: ShellError[];
  /** Why the line's output must not be kept, when one of its commands prints credentials. */
  sensitive?: string;
}

/** A rule's answer for one program invocation. */
export interface Verdict {
  safety: Safety;
  reason: string;
  kubectl?: KubectlInvocation;
  sensitive?: string;
}

export interface RuleContext {
  /** The program name, path stripped: `kubectl`, `grep`. */
  program: string;
  /** The words after the program. */
  args: ShellWord[];
  /** Set when a wrapper appends arguments only known at run time (`xargs`). */
  extraArgsFrom?: string;
  /** Classifies the command a wrapper runs, given as words. */
  classifyWords(words: ShellWord[], extraArgsFrom?: string): Verdict;
  /** Classifies a script a wrapper hands to a shell (`watch '...'`, `sh -c '...'`). */
  classifyScript(script: string): Verdict;
}

export type Rule = (ctx: RuleContext) => Verdict;

// Rules build their answers through these two, so every reason reads the same way.
export function readOnly(reason: string, kubectl?: KubectlInvocation): Verdict {
  return kubectl ? { safety: 'read-only', reason, kubectl } : { safety: 'read-only', reason };
}

// See readOnly.
export function mutating(reason: string, kubectl?: KubectlInvocation): Verdict {
  return kubectl ? { safety: 'mutating', reason, kubectl } : { safety: 'mutating', reason };
}
