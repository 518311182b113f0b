import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { lintSources } from '../../src/lint/lint-sources.js';
import { rules } from '../../src/lint/rules/index.js';
import { DEFAULT_NOW } from '../helpers/rule-tester.js';
import { lineShuffle, structural, textMutation } from '../helpers/runbook-arbitraries.js';

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
