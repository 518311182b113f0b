import type { ParsedRunbook } from '../runbook/parse.js';

/**
 * Which rules are switched off where, from comments in the file:
 * `<!-- runbook-lint-disable rule-a rule-b -->` in the body, or `# runbook-lint-disable rule-a` in the front-matter,
 * for the whole file (a runbook is one unit, and the body comes after the front-matter it would need to cover);
 * `runbook-lint-disable-next-line` and (front-matter only) `runbook-lint-disable-line` for one line.
 * No rule ids means every rule.
 */
export interface Directives {
  /** Rule ids off for the whole file; `*` is every rule. */
  file: string[];
  /** Rule ids off on one line, by line. */
  lines: Record<number, string[]>;
}

const HTML = /<!--\s*runbook-lint-(disable|disable-next-line)\b([^>]*?)\s*-->/g;
const YAML = /#\s*runbook-lint-(disable|disable-next-line|disable-line)\b(.*)$/;

const ALL = '*';

export function readDirectives(source: ParsedRunbook): Directives {
  const directives: Directives = { file: [], lines: {} };
  const add = (kind: string, ids: string[], line: number): void => {
    const targets = ids.length ? ids : [ALL];
    if (kind === 'disable') {
      directives.file.push(...targets);
      return;
    }
    const at = kind === 'disable-next-line' ? line + 1 : line;
    (directives.lines[at] ??= []).push(...targets);
  };
  const text = source.text;
  if (text.includes('runbook-lint-')) {
    for (const match of text.matchAll(HTML)) {
      const line = source.index.toPoint(match.index + match[0].length).line;
      add(match[1]!, ruleIds(match[2] ?? ''), line);
    }
    if (source.frontMatter.kind === 'present') {
      const fm = source.frontMatter;
      const first = source.index.toPoint(fm.yamlStart).line;
      fm.yaml.split('\n').forEach((lineText, i) => {
        const match = YAML.exec(lineText);
        if (match) add(match[1]!, ruleIds(match[2] ?? ''), first + i);
      });
    }
  }
  return directives;
}

/** Whether a finding of `ruleId` on `line` is switched off by the file's comments. */
export function isDisabled(directives: Directives | undefined, ruleId: string, line: number): boolean {
  if (!directives) return false;
  const matches = (ids: string[] | undefined): boolean => ids !== undefined && (ids.includes(ALL) || ids.includes(ruleId));
  return matches(directives.file) || matches(directives.lines[line]);
}

// `-- why` after the ids is a free-text reason, as in ESLint.
function ruleIds(text: string): string[] {
  const [ids = ''] = text.split(/\s--\s|^--\s/);
  return ids
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter(Boolean);
}
