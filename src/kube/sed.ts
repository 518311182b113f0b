/**
 * `sed` only reads unless it edits in place (`-i`) or its script writes files (`w`, `s///w`) or runs commands
 * (`e`, `s///e`). The script is read command by command; anything not understood counts as unsafe.
 */
import { isOption, scanOptions, unknownOptions } from './options.js';
import { mutating, readOnly, type Rule } from './safety-types.js';

const SIMPLE_COMMANDS = new Set(['=', 'd', 'D', 'g', 'G', 'h', 'H', 'n', 'N', 'p', 'P', 'x', 'z', 'F', '{', '}']);

class SedScript {
  private i = 0;
  constructor(private readonly s: string) {}

  private get c(): string {
    return this.s[this.i] ?? '';
  }

  private skip(chars: RegExp): void {
    while (this.i < this.s.length && chars.test(this.c)) this.i += 1;
  }

  private toLineEnd(): void {
    while (this.i < this.s.length && this.c !== '\n') this.i += 1;
  }

  private toCommandEnd(): void {
    while (this.i < this.s.length && this.c !== '\n' && this.c !== ';' && this.c !== '}') this.i += 1;
  }

  /** Reads up to an unescaped `delim`; returns false at the end of the script. */
  private delimited(delim: string): boolean {
    while (this.i < this.s.length) {
      if (this.c === '\\') this.i += 2;
      else if (this.c === delim) {
        this.i += 1;
        return true;
      } else if (this.c === '\n' && delim !== '\n') return false;
      else this.i += 1;
    }
    return false;
  }

  private address(): boolean {
    if (/[0-9]/.test(this.c)) {
      this.skip(/[0-9]/);
      if (this.c === '~') {
        this.i += 1;
        this.skip(/[0-9]/);
      }
    } else if (this.c === '$') this.i += 1;
    else if (this.c === '/' || this.c === '\\') {
      let delim = '/';
      if (this.c === '\\') {
        this.i += 1;
        delim = this.c;
      }
      this.i += 1;
      if (!this.delimited(delim)) return false;
      this.skip(/[IM]/);
    }
    return true;
  }

  private addresses(): boolean {
    if (!this.address()) return false;
    this.skip(/[ \t]/);
    if (this.c === ',') {
      this.i += 1;
      this.skip(/[ \t]/);
      const step = this.s[this.i];
      if (step === '+' || step === '~') {
        this.i += 1;
        this.skip(/[0-9]/);
      } else if (!this.address()) return false;
    }
    return true;
  }

  /** `s/re/replacement/flags` (or `y/abc/xyz/`). Returns a risk, or undefined. */
  private substitute(command: string): string | undefined {
    const delim = this.c;
    if (delim === '' || delim === '\n' || delim === '\\') return 'cannot read the `sed` script';
    this.i += 1;
    if (!this.delimited(delim) || !this.delimited(delim)) return 'cannot read the `sed` script';
    if (command === 'y') return undefined;
    while (this.i < this.s.length && !/[\n;}]/.test(this.c)) {
      const flag = this.c;
      if (flag === 'w') return '`sed` writes to a file (`s///w`)';
      if (flag === 'e') return '`sed` runs the pattern space as a command (`s///e`)';
      if (!/[gpiImM0-9 \t]/.test(flag)) return `cannot read the \`sed\` flag \`${flag}\``;
      this.i += 1;
    }
    return undefined;
  }

  // Walks the script; returns why it is unsafe, or undefined when it only prints and edits the stream.
  risk(): string | undefined {
    while (this.i < this.s.length) {
      this.skip(/[ \t\n;]/);
      if (this.i >= this.s.length) break;
      if (this.c === '#') {
        this.toLineEnd();
        continue;
      }
      if (!this.addresses()) return 'cannot read the `sed` script';
      this.skip(/[ \t]/);
      while (this.c === '!') {
        this.i += 1;
        this.skip(/[ \t]/);
      }
      const command = this.c;
      this.i += 1;
      if (SIMPLE_COMMANDS.has(command)) continue;
      if ('qQlL'.includes(command) && command !== '') this.skip(/[ \t0-9]/);
      else if (':btTv'.includes(command) && command !== '') this.toCommandEnd();
      else if ('aic'.includes(command) && command !== '') this.text();
      else if (command === 'r' || command === 'R') this.toLineEnd();
      else if (command === 'w' || command === 'W') return `\`sed\` writes to a file (\`${command}\` command)`;
      else if (command === 'e') return '`sed` runs a shell command (`e` command)';
      else if (command === 's' || command === 'y') {
        const risk = this.substitute(command);
        if (risk) return risk;
      } else return `cannot read the \`sed\` command \`${command}\``;
    }
    return undefined;
  }

  /** The text of `a`, `i`, `c`: to the end of the line, continued by trailing backslashes. */
  private text(): void {
    for (;;) {
      const nl = this.s.indexOf('\n', this.i);
      if (nl === -1) {
        this.i = this.s.length;
        return;
      }
      let backslashes = 0;
      for (let k = nl - 1; k >= this.i && this.s[k] === '\\'; k -= 1) backslashes += 1;
      this.i = nl + 1;
      if (backslashes % 2 === 0) return;
    }
  }
}

// Exposed for tests: why a sed script is unsafe, or undefined when it only transforms the stream.
export function sedScriptRisk(script: string): string | undefined {
  return new SedScript(script).risk();
}

// sed is read-only in pipelines but edits files with -i, and its script can write or run commands.
export const sed: Rule = (ctx) => {
  const scanned = scanOptions(ctx.args, {
    shortValue: 'efl',
    shortOptional: 'i',
    longValue: ['expression', 'file', 'line-length'],
  });
  const unknown = unknownOptions(ctx, scanned);
  if (unknown) return unknown;
  const scripts: string[] = [];
  let sandbox = false;
  for (const o of scanned.options) {
    if (isOption(o, 'i', ['in-place'])) return mutating('`sed -i` edits files in place');
    if (isOption(o, 'f', ['file'])) return mutating('`sed -f` reads its script from a file, which cannot be checked');
    if (isOption(o, 'e', ['expression'])) {
      if (o.word.dynamic) return mutating(`the \`sed\` script \`${o.word.raw}\` is only known at run time`);
      scripts.push(o.value ?? '');
    } else if (o.long && o.name === 'sandbox') sandbox = true;
    else if (!isOption(o, 'nErsuzlb', ['quiet', 'silent', 'regexp-extended', 'separate', 'unbuffered', 'null-data', 'line-length', 'posix', 'debug', 'follow-symlinks', 'binary', 'help', 'version'])) {
      return mutating(`\`sed\` option \`${o.word.raw}\` is not known to be read-only`);
    }
  }
  if (scripts.length === 0) {
    const script = scanned.operands[0];
    if (script === undefined) return readOnly('`sed` without a script does nothing');
    if (script.dynamic) return mutating(`the \`sed\` script \`${script.raw}\` is only known at run time`);
    scripts.push(script.text);
  }
  if (!sandbox) {
    for (const script of scripts) {
      const risk = sedScriptRisk(script);
      if (risk) return mutating(risk);
    }
  }
  return readOnly('`sed` without `-i` only prints');
};
