import { LiteralMatcher } from './literals.js';
import { compilePatterns } from './patterns.js';
import { findSecrets, type Rules } from './pipeline.js';
import { PlaceholderRegistry } from './placeholders.js';
import { isLiteralValue, isSecretVariableName, kindForName } from './secret-names.js';

/** One place something was redacted: the file, the line, the rule and how many times; never the value. */
export interface RedactionHit {
  file: string;
  line: number;
  rule: string;
  count: number;
}

export interface RedactorOptions {
  /** Literal secret values scrubbed wherever they appear, also in base64: kubeconfig credentials, `--redact-value`, config values. */
  literals?: readonly string[];
  /** Extra patterns from the config: rule name and regex source; the whole match is secret unless the regex has a group named `secret`. */
  patterns?: readonly { name: string; regex: string }[];
}

/**
 * Replaces every secret in a bundle's texts with `[REDACTED:<kind>:<n>]`. One instance serves one bundle:
 * the same secret gets the same placeholder in every file, and `hits()` says where redactions happened.
 */
export class Redactor {
  private readonly rules: Rules;
  private readonly registry = new PlaceholderRegistry();
  /** Hits by file, then rule, then line: keys the engine hashes once (the same strings every time) and numbers. */
  private readonly counts = new Map<string, Map<string, Map<number, RedactionHit>>>();

  constructor(options: RedactorOptions = {}) {
    this.rules = { literals: new LiteralMatcher(options.literals ?? []), patterns: compilePatterns(options.patterns ?? []) };
  }

  /** Redacts one file's text. */
  redactText(text: string, file: string): string {
    const secrets = findSecrets(text, this.rules);
    if (secrets.length === 0) return text;
    // Built by concatenating slices: the engine keeps that as a tree of references into `text` instead of copying
    // it here, where the copy of a large text cost about as much as finding its secrets. The copy is made once,
    // by whatever first reads the characters (the archive writer encoding them).
    let redacted = '';
    let copied = 0;
    let line = 1;
    // Each line break is found once, however many secrets share a line (or a text without any).
    let nextBreak = text.indexOf('\n');
    for (const secret of secrets) {
      for (; nextBreak !== -1 && nextBreak < secret.start; nextBreak = text.indexOf('\n', nextBreak + 1)) line++;
      redacted += text.slice(copied, secret.start) + this.registry.placeholderFor(secret.identity, secret.kind);
      copied = secret.end;
      this.record(file, line, secret.rule);
    }
    return redacted + text.slice(copied);
  }

  /**
   * A variable's value: masked whole when the name looks secret, else redacted as text. A masked value is
   * also scrubbed literally from every text redacted afterwards.
   */
  redactVariable(name: string, value: string, file: string): string {
    if (!isSecretVariableName(name) || !isLiteralValue(value)) return this.redactText(value, file);
    this.rules.literals.add(value);
    this.record(file, 1, 'variable');
    return this.registry.placeholderFor(value, kindForName(name));
  }

  /** Every hit so far, merged per file, line and rule, sorted by file, line, rule. */
  hits(): RedactionHit[] {
    return [...this.counts.values()]
      .flatMap((byRule) => [...byRule.values()].flatMap((byLine) => [...byLine.values()]))
      .map((hit) => ({ ...hit }))
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)));
  }

  private record(file: string, line: number, rule: string): void {
    let byRule = this.counts.get(file);
    if (byRule === undefined) this.counts.set(file, (byRule = new Map()));
    let byLine = byRule.get(rule);
    if (byLine === undefined) byRule.set(rule, (byLine = new Map()));
    const hit = byLine.get(line);
    if (hit) hit.count++;
    else byLine.set(line, { file, line, rule, count: 1 });
  }
}
