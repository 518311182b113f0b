import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Code } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { lintSources } from '../../src/lint/lint-sources.js';
import { rules } from '../../src/lint/rules/index.js';
import { projectRules } from '../../src/lint/rules/project-rules.js';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import { DEFAULT_NOW } from '../helpers/rule-tester.js';

/** The examples of a rule page: `ok` and `not-ok` snippets, each not-ok one with the output it must produce. */
interface Example {
  kind: 'ok' | 'not-ok';
  file: string;
  code: string;
  expected: string[];
  line: number;
}

function examplesOf(page: string): Example[] {
  const tree = unified().use(remarkParse).parse(page);
  const blocks = tree.children.filter((node): node is Code => node.type === 'code');
  const examples: Example[] = [];
  blocks.forEach((block, i) => {
    const kind = /\bnot-ok\b/.test(block.meta ?? '') ? 'not-ok' : /\bok\b/.test(block.meta ?? '') ? 'ok' : undefined;
    if (block.lang !== 'markdown' || !kind) return;
    const file = /\bfile=(\S+)/.exec(block.meta ?? '')?.[1] ?? 'runbooks/example.md';
    const next = blocks[i + 1];
    const expected = kind === 'not-ok' && next?.lang === 'text' ? next.value.split('\n').filter(Boolean) : [];
    examples.push({ kind, file, code: `${block.value}\n`, expected, line: block.position?.start.line ?? 0 });
  });
  return examples;
}

const docsDir = new URL('../../docs/rules/', import.meta.url);
// Examples name files relative to the repository, so links between real files resolve wherever the tests run.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pages = readdirSync(docsDir).filter((name) => name.endsWith('.md') && name !== 'README.md');

describe('rule documentation', () => {
  test('every rule has a page, a test file, and a config entry; nothing else does', () => {
    const ids = rules.map((rule) => rule.meta.id).sort();
    expect(pages.map((name) => name.replace(/\.md$/, '')).sort()).toEqual(ids);
    const tests = readdirSync(new URL('../lint/rules/', import.meta.url)).map((name) => name.replace(/\.test\.ts$/, ''));
    for (const id of ids.filter((id) => id !== 'parse-error')) expect(tests, `test/lint/rules/${id}.test.ts`).toContain(id);
    expect([...configSchema.properties.rules.propertyNames.enum].sort()).toEqual(ids.filter((id) => id !== 'parse-error'));
    // The main thread runs only the project rules it knows of; a cross-file rule missing there would never run.
    expect(projectRules.map((rule) => rule.meta.id)).toEqual(rules.filter((rule) => rule.checkProject).map((rule) => rule.meta.id));
    const index = readFileSync(new URL('README.md', docsDir), 'utf8');
    for (const id of ids) expect(index, `docs/rules/README.md lists ${id}`).toContain(`[\`${id}\`](${id}.md)`);
  });

  for (const rule of rules) {
    const name = `${rule.meta.id}.md`;
    if (!pages.includes(name)) continue;
    const page = readFileSync(new URL(name, docsDir), 'utf8');
    const examples = examplesOf(page);
    test(`${name} states the rule's description and default severity`, () => {
      expect(page).toContain(rule.meta.description);
      expect(page).toContain(`Default severity: **${rule.meta.severity === 'warn' ? 'warning' : 'error'}**`);
      expect(examples.some((e) => e.kind === 'ok')).toBe(true);
      expect(examples.some((e) => e.kind === 'not-ok')).toBe(true);
    });
    const oks = examples.filter((e) => e.kind === 'ok');
    const lintWith = (main: Example) => {
      const sources = [main, ...oks.filter((o) => o !== main)].map((e) => ({ filePath: join(ROOT, e.file), content: e.code }));
      const [result] = lintSources(sources, { rules: [rule], severities: { [rule.meta.id]: 'error' }, now: new Date(DEFAULT_NOW) });
      return (result?.messages ?? []).filter((m) => m.ruleId === rule.meta.id).map((m) => `${m.line}:${m.column}: ${m.message}`);
    };
    for (const example of examples) {
      test(`${name}:${example.line} ${example.kind} example`, () => {
        expect(lintWith(example)).toEqual(example.expected);
      });
    }
  }
});
