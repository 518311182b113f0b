/**
 * `awk` only reads unless its program runs commands (`system()`, `"cmd" | getline`, `print | "cmd"`) or writes
 * files (`print > "file"`), or an option loads code or writes a profile. The program is lexed just enough to
 * tell a regular expression `/a|b/` and a string `"a > b"` from the real operators.
 */
import { isOption, scanOptions, unknownOptions } from './options.js';
import { mutating, readOnly, type Rule } from './safety-types.js';

/** After one of these, a `/` starts a regular expression rather than a division. */
const BEFORE_REGEX = new Set(['', '(', ',', '{', '}', ';', '!', '~', '&', '|', '=', '?', ':', '\n', '+', '-', '*', '<', '>', '%', '^']);

/** The program with string and regular-expression literals emptied. */
function stripLiterals(program: string): string {
  let out = '';
  let last = '';
  let i = 0;
  while (i < program.length) {
    const c = program[i] ?? '';
    if (c === '"') {
      i += 1;
      while (i < program.length && program[i] !== '"') i += program[i] === '\\' ? 2 : 1;
      i += 1;
      out += '""';
      last = '"';
    } else if (c === '/' && BEFORE_REGEX.has(last)) {
      i += 1;
      let inBracket = false;
      while (i < program.length && (inBracket || program[i] !== '/') && program[i] !== '\n') {
        if (program[i] === '\\') i += 1;
        else if (program[i] === '[') inBracket = true;
        else if (program[i] === ']') inBracket = false;
        i += 1;
      }
      i += 1;
      out += '//';
      last = '/';
    } else if (c === '#') {
      while (i < program.length && program[i] !== '\n') i += 1;
    } else {
      out += c;
      if (c !== ' ' && c !== '\t') last = c;
      i += 1;
    }
  }
  return out;
}

// Exposed for tests: why an awk program is unsafe, or undefined when it only reads and prints.
export function awkProgramRisk(program: string): string | undefined {
  const code = stripLiterals(program);
  if (/\bsystem\s*\(/.test(code)) return '`awk` runs a shell command (`system`)';
  if (/@(load|include)\b/.test(code)) return '`awk` loads code';
  if (code.replaceAll('||', '').includes('|')) return '`awk` pipes to or from a shell command';
  if (/\bprintf?\b[^;{}\n]*>/.test(code)) return '`awk` writes to a file (`print >`)';
  return undefined;
}

const ALLOWED_LETTERS = 'FvebcCghLMnNOPrsStV';
const ALLOWED_LONG = [
  'field-separator', 'assign', 'source', 'characters-as-bytes', 'traditional', 'copyright', 'gen-pot', 'help', 'lint',
  'bignum', 'use-lc-numeric', 'non-decimal-data', 'optimize', 'posix', 're-interval', 'no-optimize', 'sandbox',
  'lint-old', 'version', 'csv',
];

// Diagnosis pipelines use awk constantly, so its program is checked rather than the whole tool distrusted.
export const awk: Rule = (ctx) => {
  const scanned = scanOptions(ctx.args, {
    shortValue: 'FvfeEilW',
    shortOptional: 'opdD',
    longValue: ['field-separator', 'assign', 'file', 'source', 'exec', 'include', 'load'],
  });
  const unknown = unknownOptions(ctx, scanned);
  if (unknown) return unknown;
  const programs: string[] = [];
  for (const o of scanned.options) {
    if (isOption(o, 'fE', ['file', 'exec'])) return mutating(`\`${ctx.program} -f\` reads its program from a file, which cannot be checked`);
    if (!isOption(o, ALLOWED_LETTERS, ALLOWED_LONG)) {
      return mutating(`\`${ctx.program}\` option \`${o.word.raw}\` is not known to be read-only`);
    }
    if (isOption(o, 'e', ['source'])) {
      if (o.word.dynamic) return mutating(`the \`${ctx.program}\` program is only known at run time`);
      programs.push(o.value ?? '');
    }
  }
  if (programs.length === 0) {
    const program = scanned.operands[0];
    if (program === undefined) return readOnly(`\`${ctx.program}\` without a program does nothing`);
    if (program.dynamic) return mutating(`the \`${ctx.program}\` program \`${program.raw}\` is only known at run time`);
    programs.push(program.text);
  }
  for (const program of programs) {
    const risk = awkProgramRisk(program);
    if (risk) return mutating(risk.replace('`awk`', `\`${ctx.program}\``));
  }
  return readOnly(`\`${ctx.program}\` only reads and prints`);
};
