import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { lintSources } from '../../src/lint/lint-sources.js';
import { rules } from '../../src/lint/rules/index.js';
import { parseRunbook } from '../../src/runbook/parse.js';
import { DEFAULT_NOW } from '../helpers/rule-tester.js';
import { VALID_BODY, VALID_RUNBOOK } from '../helpers/sample.js';

// The small sample is the main seed; the shipped runbooks add realistic size at a lower rate, keeping the run short.
const seeds = [
  VALID_RUNBOOK,
  VALID_RUNBOOK,
  VALID_RUNBOOK,
  VALID_RUNBOOK,
  readFileSync(new URL('../../runbooks/pod-oom-restart-loop.md', import.meta.url), 'utf8'),
  readFileSync(new URL('../../runbooks/report-service-timeout.md', import.meta.url), 'utf8'),
];

/** Lints one input with every rule; the property is that nothing escapes and no rule reports its own crash. */
function lintAll(content: string | Uint8Array): void {
  const [result] = lintSources([{ filePath: 'runbooks/fuzz.md', content }], { rules, severities: {}, now: new Date(DEFAULT_NOW) });
  const crashes = (result?.messages ?? []).filter((m) => m.message.startsWith('Internal error'));
  expect(crashes).toEqual([]);
  for (const message of result?.messages ?? []) {
    expect(message.line).toBeGreaterThanOrEqual(1);
    expect(message.column).toBeGreaterThanOrEqual(1);
  }
}

// Characters that matter to YAML, Markdown, shell and our placeholders, so mutations hit the interesting paths.
const nasty = fc.constantFrom('---', '\n', '\r\n', ':', ': ', '- ', '{{', '}}', '{{x}}', '<pod>', '"', "'", '|', '>', '#', '&a', '*a', '!!binary', '\t', '\uFEFF', '\u0000', '[', ']', '{', '}', '`', '$(', ')', '\\', 'kubectl delete pod x', '(?<', '[[', '%');
const text = fc.oneof(fc.string({ maxLength: 20 }), nasty, fc.string({ unit: 'binary', maxLength: 8 }));

const textMutation = fc.tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), text), { minLength: 1, maxLength: 6 })).map(([seed, edits]) => {
  let out = seed;
  for (const [at, remove, insert] of edits) {
    const position = at % (out.length + 1);
    out = out.slice(0, position) + insert + out.slice(position + remove);
  }
  return out;
});

const lineShuffle = fc.tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 })).map(([seed, swaps]) => {
  const lines = seed.split('\n');
  for (const [a, b] of swaps) {
    const i = a % lines.length;
    const j = b % lines.length;
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
  }
  return lines.join('\n');
});

// Structure-aware: valid YAML whose values have the wrong types, so rules meet every shape the schema forbids.
const paths = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] => {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((item, i) => paths(item, [...prefix, i]))];
  if (value && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return [prefix];
};
const baseData = parseRunbook('x.md', VALID_RUNBOOK).data as Record<string, unknown>;
const allPaths = paths(baseData).filter((p) => p.length > 0);
const structural = fc
  .array(fc.tuple(fc.constantFrom(...allPaths), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined), fc.string())), { minLength: 1, maxLength: 4 })
  .map((edits) => {
    const data = structuredClone(baseData);
    for (const [path, value] of edits) {
      let parent: unknown = data;
      for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown> | null)?.[key];
      if (parent && typeof parent === 'object') (parent as Record<string | number, unknown>)[path.at(-1)!] = value;
    }
    return `---\n${stringify(data)}---\n${VALID_BODY}`;
  });

describe('the parser and linter never throw', () => {
  test('text mutations of real runbooks (4,000 cases)', { timeout: 180_000 }, () => {
    fc.assert(fc.property(textMutation, (input) => lintAll(input)), { numRuns: 4000 });
  });
  test('shuffled lines (1,000 cases)', { timeout: 120_000 }, () => {
    fc.assert(fc.property(lineShuffle, (input) => lintAll(input)), { numRuns: 1000 });
  });
  test('front-matter values of the wrong shape (4,000 cases)', { timeout: 120_000 }, () => {
    fc.assert(fc.property(structural, (input) => lintAll(input)), { numRuns: 4000 });
  });
  test('arbitrary bytes (1,000 cases)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => lintAll(bytes)), { numRuns: 1000 });
  });
  test('random front-matter text (1,000 cases)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (yaml) => lintAll(`---\n${yaml}\n---\n# Body\n`)), { numRuns: 1000 });
  });
});
