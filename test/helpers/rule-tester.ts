import { expect, test } from 'vitest';
import type { Rule } from '../../src/lint/rule.js';
import { lintSources } from '../../src/lint/lint-sources.js';
import type { LintMessage } from '../../src/lint/result.js';

/** An expected finding: the message id's text is compared after filling in `data`. */
export interface ExpectedError {
  messageId: string;
  data?: Record<string, string | number>;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface ValidCase {
  name?: string;
  code: string;
  /** Defaults to `<id>.md` derived from the front-matter, or `example.md`. */
  filename?: string;
  /** Other files linted in the same run (for project rules). */
  others?: { filename: string; code: string }[];
  now?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
}

export const DEFAULT_NOW = '2026-11-22T12:00:00Z';

/** Lints `code` with only `rule` switched on and returns that rule's findings for the file. */
export function runRule(rule: Rule, item: ValidCase): LintMessage[] {
  const filename = item.filename ?? guessFilename(item.code);
  const sources = [{ filePath: filename, content: item.code }, ...(item.others ?? []).map((o) => ({ filePath: o.filename, content: o.code }))];
  const [result] = lintSources(sources, { rules: [rule], severities: {}, now: new Date(item.now ?? DEFAULT_NOW) });
  return (result?.messages ?? []).filter((message) => message.ruleId === rule.meta.id);
}

// An ESLint-style table: valid snippets report nothing, invalid ones report exactly the listed errors at their places.
export function ruleTester(rule: Rule, cases: { valid: (ValidCase | string)[]; invalid: InvalidCase[] }): void {
  cases.valid.forEach((raw, i) => {
    const item = typeof raw === 'string' ? { code: raw } : raw;
    test(`${rule.meta.id} valid #${i + 1}${item.name ? `: ${item.name}` : ''}`, () => {
      expect(runRule(rule, item)).toEqual([]);
    });
  });
  cases.invalid.forEach((item, i) => {
    test(`${rule.meta.id} invalid #${i + 1}${item.name ? `: ${item.name}` : ''}`, () => {
      const actual = runRule(rule, item).map((m) => ({ message: m.message, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn }));
      const expected = item.errors.map((e) => {
        const template = rule.meta.messages[e.messageId];
        if (template === undefined) throw new Error(`unknown messageId ${e.messageId}`);
        const message = template.replace(/\{(\w+)\}/g, (slot, name: string) => (e.data && name in e.data ? String(e.data[name]) : slot));
        return {
          message,
          line: e.line,
          column: e.column,
          endLine: e.endLine ?? expect.any(Number),
          endColumn: e.endColumn ?? expect.any(Number),
        };
      });
      expect(actual).toEqual(expected);
    });
  });
}

function guessFilename(code: string): string {
  const id = /^id:\s*["']?([a-z0-9-]+)/m.exec(code)?.[1];
  return `runbooks/${id ?? 'example'}.md`;
}
