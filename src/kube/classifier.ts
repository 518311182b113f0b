/**
 * The safety classifier: is a runbook command line read-only (safe on one keypress, allowed in diagnosis
 * steps) or mutating (typed confirmation)? Every command the line runs counts, substitutions included; an
 * unknown program, an unparsable line or an unsafe placeholder makes it mutating.
 */
import { awk } from './awk.js';
import { helm } from './helm.js';
import { KUBECTL_PROGRAMS, kubectl } from './kubectl-safety.js';
import { curl, openssl, wget } from './net-tools.js';
import {
  type Classification,
  type CommandSafety,
  mutating,
  readOnly,
  type Rule,
  type Verdict,
} from './safety-types.js';
import { sed } from './sed.js';
import { parseShell } from './shell.js';
import type { PlaceholderContext, ShellRedirect, ShellWord, SimpleCommand } from './shell-types.js';
import { textToolRules } from './text-tools.js';
import { dangerousVariable, wrapperRules } from './wrappers.js';

const RULES: ReadonlyMap<string, Rule> = new Map<string, Rule>([
  ...textToolRules(),
  ...wrapperRules(),
  ...KUBECTL_PROGRAMS.map((p): [string, Rule] => [p, kubectl]),
  ['helm', helm],
  ['sed', sed],
  ['awk', awk],
  ['gawk', awk],
  ['mawk', awk],
  ['nawk', awk],
  ['curl', curl],
  ['wget', wget],
  ['openssl', openssl],
]);

const MAX_DEPTH = 8;

/** Where a bare program name may be spelt with its path and still be the system's program. */
const PROGRAM_DIRS = ['/bin/', '/usr/bin/', '/usr/local/bin/', '/sbin/', '/usr/sbin/', '/opt/homebrew/bin/'];

/** Reserved words that start a compound command; the command after them runs. */
const PREFIX_KEYWORDS = new Set(['!', 'if', 'then', 'else', 'elif', 'do', 'while', 'until']);
/** Reserved words that close one. */
const END_KEYWORDS = new Set(['fi', 'done', 'esac', 'then', 'else', 'do']);

const CONTEXT_TEXT: Readonly<Record<PlaceholderContext, string>> = {
  bare: 'outside quotes',
  'single-quoted': 'inside single quotes',
  'double-quoted': 'inside double quotes',
  backtick: 'inside backticks',
  expansion: 'inside `${...}`',
  heredoc: 'inside a here-document',
};

/** Files a redirection may write to without changing anything. */
const HARMLESS_TARGETS = new Set(['/dev/null', '/dev/stdout', '/dev/stderr', '/dev/fd/1', '/dev/fd/2', '/dev/tty']);

function programName(word: ShellWord): string | undefined {
  const text = word.text;
  if (!text.includes('/')) return text;
  const dir = PROGRAM_DIRS.find((d) => text.startsWith(d) && !text.slice(d.length).includes('/'));
  return dir === undefined ? undefined : text.slice(dir.length);
}

function classifyWords(words: readonly ShellWord[], extraArgsFrom: string | undefined, depth: number): Verdict {
  if (depth > MAX_DEPTH) return mutating('commands are nested too deeply to check');
  let start = 0;
  while (start < words.length && PREFIX_KEYWORDS.has(words[start]?.raw ?? '')) start += 1;
  const rest = words.slice(start);
  const first = rest[0];
  if (first === undefined) return readOnly(start > 0 ? 'only a shell keyword' : 'runs nothing');
  if (rest.length === 1 && END_KEYWORDS.has(first.raw)) return readOnly(`\`${first.raw}\` only ends a block`);
  if (first.raw === 'for' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(rest[1]?.raw ?? '') && (rest.length === 2 || rest[2]?.raw === 'in')) {
    return readOnly('a `for` loop header runs nothing itself');
  }
  if (first.dynamic) return mutating(`\`${first.raw}\` is only known at run time, so the program cannot be checked`);
  const name = programName(first);
  if (name === undefined) return mutating(`\`${first.text}\` is not known to be read-only`);
  const rule = RULES.get(name);
  if (rule === undefined) return mutating(`\`${name}\` is not known to be read-only`);
  const ctx = {
    program: name,
    args: rest.slice(1),
    classifyWords: (inner: ShellWord[], extra?: string): Verdict => classifyWords(inner, extra, depth + 1),
    classifyScript: (script: string): Verdict => summarize(classifyLine(script, depth + 1)),
  };
  return rule(extraArgsFrom === undefined ? ctx : { ...ctx, extraArgsFrom });
}

function summarize(c: Classification): Verdict {
  const withKubectl = c.commands.find((x) => x.kubectl !== undefined)?.kubectl;
  const verdict: Verdict = withKubectl ? { safety: c.safety, reason: c.reason, kubectl: withKubectl } : { safety: c.safety, reason: c.reason };
  if (c.sensitive !== undefined) verdict.sensitive = c.sensitive;
  return verdict;
}

function writesFile(r: ShellRedirect): boolean {
  switch (r.op) {
    case '<':
    case '<<':
    case '<<-':
    case '<<<':
    case '<&':
      return false;
    case '>&':
      return !/^(\d+|-)$/.test(r.target) && !HARMLESS_TARGETS.has(r.target);
    default:
      return !HARMLESS_TARGETS.has(r.target);
  }
}

function programOf(cmd: SimpleCommand): string {
  const word = cmd.words.find((w) => !PREFIX_KEYWORDS.has(w.raw));
  if (word === undefined) return '';
  return programName(word) ?? word.text;
}

function classifySimple(cmd: SimpleCommand, depth: number): CommandSafety {
  let verdict: Verdict =
    cmd.words.length > 0
      ? classifyWords(cmd.words, undefined, depth)
      : readOnly(cmd.assignments.length > 0 ? 'only sets shell variables' : 'runs nothing');
  const dangerous = cmd.assignments.map((a) => a.raw.slice(0, a.raw.search(/\+?=/))).find(dangerousVariable);
  if (dangerous !== undefined) verdict = { ...verdict, safety: 'mutating', reason: `setting \`${dangerous}\` can change which code runs` };
  const redirect = cmd.redirects.find(writesFile);
  if (verdict.safety === 'read-only' && redirect) {
    verdict = { ...verdict, safety: 'mutating', reason: `output is redirected to the file \`${redirect.target}\`` };
  }
  const result: CommandSafety = {
    program: programOf(cmd),
    safety: verdict.safety,
    reason: verdict.reason,
    start: cmd.start,
    end: cmd.end,
  };
  if (verdict.kubectl) result.kubectl = verdict.kubectl;
  if (verdict.sensitive !== undefined) result.sensitive = verdict.sensitive;
  return result;
}

function classifyLine(line: string, depth: number): Classification {
  const classification = classifyParsed(line, depth);
  const sensitive = classification.commands.find((c) => c.sensitive !== undefined)?.sensitive;
  return sensitive === undefined ? classification : { ...classification, sensitive };
}

function classifyParsed(line: string, depth: number): Classification {
  const parsed = parseShell(line);
  const commands = parsed.commands.map((cmd) => classifySimple(cmd, depth));
  const errors = parsed.errors;
  let placeholderReason: string | undefined;
  for (const p of parsed.placeholders) {
    if (p.context === 'bare') continue;
    const reason = `\`${p.text}\` is ${CONTEXT_TEXT[p.context]}, where the inserted value would not be quoted safely`;
    placeholderReason ??= reason;
    const holder = commands
      .filter((c) => c.start <= p.start && p.end <= c.end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    if (holder && holder.safety === 'read-only') {
      holder.safety = 'mutating';
      holder.reason = reason;
    }
  }
  const firstError = errors[0];
  if (firstError) return { safety: 'mutating', reason: firstError.message, commands, errors };
  if (commands.length === 0) return { safety: 'mutating', reason: 'the command is empty', commands, errors };
  const culprit = commands.find((c) => c.safety === 'mutating');
  if (culprit) return { safety: 'mutating', reason: culprit.reason, commands, errors };
  if (placeholderReason) return { safety: 'mutating', reason: placeholderReason, commands, errors };
  const only = commands.length === 1 ? commands[0] : undefined;
  return { safety: 'read-only', reason: only ? only.reason : `all ${commands.length} commands only read`, commands, errors };
}

// The linter (diagnosis steps must be read-only) and the runner (one keypress or typed confirmation) ask this.
export function classifyCommand(line: string): Classification {
  try {
    return classifyLine(line, 0);
  } catch (error) {
    return {
      safety: 'mutating',
      reason: `internal classifier error: ${String(error)}`,
      commands: [],
      errors: [{ message: `internal classifier error: ${String(error)}`, offset: 0 }],
    };
  }
}
