/** A getopt-style reader of a program's arguments, for the rules that depend on options (`sed -i`, `curl -o`). */
import { mutating, type RuleContext, type Verdict } from './safety-types.js';
import type { ShellWord } from './shell-types.js';

export interface OptionSpec {
  /** One-letter options taking a value, attached (`-ofile`) or as the next word. */
  shortValue?: string;
  /** One-letter options whose value can only be attached (`sed -i.bak`). */
  shortOptional?: string;
  /** Long options taking a value: `--name=value` or `--name value`. */
  longValue?: readonly string[];
  /** Options end at the first operand, as for wrappers (`timeout 5 cmd -x`). */
  stopAtOperand?: boolean;
}

export interface ParsedOption {
  /** The letter of a short option, the name without dashes of a long one. */
  name: string;
  long: boolean;
  value?: string;
  word: ShellWord;
}

export interface ScannedArgs {
  options: ParsedOption[];
  operands: ShellWord[];
  /** The first word whose run-time value could be an option: its options cannot be fully known. */
  unknown?: ShellWord;
}

// Rules ask "is -o set, and to what?" without each re-implementing getopt.
export function scanOptions(args: readonly ShellWord[], spec: OptionSpec): ScannedArgs {
  const options: ParsedOption[] = [];
  const operands: ShellWord[] = [];
  let unknown: ShellWord | undefined;
  let index = 0;
  for (; index < args.length; index += 1) {
    const word = args[index];
    if (word === undefined) break;
    const text = word.text;
    if (word.mayBeOption) {
      unknown ??= word;
      if (spec.stopAtOperand) break;
      operands.push(word);
      continue;
    }
    if (text === '--') {
      index += 1;
      break;
    }
    if (text.startsWith('--')) {
      const eq = text.indexOf('=');
      const name = eq === -1 ? text.slice(2) : text.slice(2, eq);
      const next = args[index + 1];
      if (eq !== -1) options.push({ name, long: true, value: text.slice(eq + 1), word });
      else if (spec.longValue?.includes(name) && next !== undefined) {
        options.push({ name, long: true, value: next.text, word: next });
        if (next.mayBeOption) unknown ??= next;
        index += 1;
      } else options.push({ name, long: true, word });
      continue;
    }
    if (text.startsWith('-') && text.length > 1) {
      index += readCluster(args, index, spec, options, (w) => {
        unknown ??= w;
      });
      continue;
    }
    if (spec.stopAtOperand) break;
    operands.push(word);
  }
  operands.push(...args.slice(index));
  return unknown ? { options, operands, unknown } : { options, operands };
}

function readCluster(
  args: readonly ShellWord[],
  index: number,
  spec: OptionSpec,
  options: ParsedOption[],
  onUnknown: (w: ShellWord) => void,
): number {
  const word = args[index];
  if (word === undefined) return 0;
  const text = word.text;
  for (let k = 1; k < text.length; k += 1) {
    const letter = text[k] ?? '';
    const rest = text.slice(k + 1);
    if (spec.shortOptional?.includes(letter)) {
      options.push(rest === '' ? { name: letter, long: false, word } : { name: letter, long: false, value: rest, word });
      return 0;
    }
    if (!spec.shortValue?.includes(letter)) {
      options.push({ name: letter, long: false, word });
      continue;
    }
    if (rest !== '') {
      options.push({ name: letter, long: false, value: rest, word });
      return 0;
    }
    const next = args[index + 1];
    if (next === undefined) {
      options.push({ name: letter, long: false, word });
      return 0;
    }
    if (next.mayBeOption) onUnknown(next);
    options.push({ name: letter, long: false, value: next.text, word: next });
    return 1;
  }
  return 0;
}

// GNU tools accept any unambiguous prefix of a long option (`--in-pl` is `--in-place`): match those too.
export function isOption(opt: ParsedOption, letters: string, longNames: readonly string[]): boolean {
  if (!opt.long) return letters.includes(opt.name);
  return longNames.some((n) => n === opt.name || (opt.name.length >= 2 && n.startsWith(opt.name)));
}

// The options a rule checks are only trustworthy when no argument could turn into an option at run time.
export function unknownOptions(ctx: RuleContext, scanned: ScannedArgs): Verdict | undefined {
  if (scanned.unknown) {
    return mutating(
      `\`${scanned.unknown.raw}\` is only known at run time, so the options of \`${ctx.program}\` cannot be checked`,
    );
  }
  if (ctx.extraArgsFrom !== undefined) {
    return mutating(
      `\`${ctx.extraArgsFrom}\` adds arguments only known at run time, so the options of \`${ctx.program}\` cannot be checked`,
    );
  }
  return undefined;
}

/** Files a command may write to without changing anything. */
const HARMLESS_FILES = new Set(['/dev/null', '/dev/stdout', '/dev/stderr', '/dev/fd/1', '/dev/fd/2', '-']);

// `-o /dev/null` and `-o -` write nowhere that matters; any other file is a change on disk.
export function isHarmlessOutput(file: string | undefined): boolean {
  return file !== undefined && HARMLESS_FILES.has(file);
}
