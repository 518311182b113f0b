import { ConfigError } from '../../errors.js';
import { PRIORITY, type Finding } from './finding.js';
import { placeholderKind } from './placeholders.js';

export interface CompiledPattern {
  name: string;
  kind: string;
  regex: RegExp;
}

/** Extra patterns from the config; a bad one is a config error naming the pattern. */
export function compilePatterns(patterns: readonly { name: string; regex: string }[]): CompiledPattern[] {
  return patterns.map(({ name, regex }) => {
    let compiled: RegExp;
    try {
      compiled = new RegExp(regex, 'gd');
    } catch (error) {
      throw new ConfigError(`redact.patterns: \`${name}\` is not a valid regular expression: ${(error as Error).message}; fix or remove it`);
    }
    return { name, kind: placeholderKind(name), regex: compiled };
  });
}

/** The whole match is the secret, or only its group named `secret` when there is one. */
export function findPatterns(text: string, patterns: readonly CompiledPattern[], out: Finding[]): void {
  for (const { name, kind, regex } of patterns) {
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      if (match[0] === '') {
        regex.lastIndex++;
        continue;
      }
      const span = match.indices?.groups?.secret ?? [match.index, match.index + match[0].length];
      if (span[1] > span[0]) out.push({ start: span[0], end: span[1], kind, rule: name, priority: PRIORITY.shape });
    }
  }
}
