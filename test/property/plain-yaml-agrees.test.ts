import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { splitFrontMatter } from '../../src/runbook/front-matter.js';
import { createLocator } from '../../src/runbook/locator.js';
import { readPlainFrontMatter } from '../../src/runbook/plain-yaml.js';
import { createLineIndex } from '../../src/runbook/position.js';
import { lineShuffle, structural, textMutation } from '../helpers/runbook-arbitraries.js';

// The parser reads plain front-matter with js-yaml and builds `yaml`'s document (with positions) only when a finding
// needs a place. Whatever js-yaml accepts as plain must be what `yaml` reads, with no error or warning, and the `id`
// it locates must be where `yaml` puts it; otherwise the linter would say different things depending on the path.
let plainCases = 0;
function agrees(input: string): void {
  const split = splitFrontMatter(input);
  if (split.kind !== 'present') return;
  const plain = readPlainFrontMatter(split.yaml);
  if (!plain) return;
  plainCases++;
  const doc = parseDocument(split.yaml, { prettyErrors: false, uniqueKeys: true, strict: true });
  expect([...doc.errors, ...doc.warnings].map((e) => e.message)).toEqual([]);
  expect(plain.data).toEqual(doc.toJS({ maxAliasCount: 100 }));
  const index = createLineIndex(split.yaml);
  const at = index.toSpan(0, 0);
  const span = createLocator(doc, split.yaml, 0, index, at).value(['id']);
  if (plain.idRange) expect(plain.idRange).toEqual([span?.start.offset, span?.end.offset]);
}

describe('plain front-matter reads the same with js-yaml as with yaml', () => {
  // The property says nothing if the generated front-matter is never plain.
  beforeEach(() => {
    plainCases = 0;
  });
  afterEach((context) => {
    if (!context.task.name.startsWith('random')) expect(plainCases, 'cases read as plain YAML').toBeGreaterThan(100);
  });

  test('text mutations of real runbooks (4,000 cases)', { timeout: 120_000 }, () => {
    fc.assert(fc.property(textMutation, agrees), { numRuns: 4000 });
  });
  test('shuffled lines (1,000 cases)', () => {
    fc.assert(fc.property(lineShuffle, agrees), { numRuns: 1000 });
  });
  test('front-matter values of every shape (4,000 cases)', { timeout: 120_000 }, () => {
    fc.assert(fc.property(structural, agrees), { numRuns: 4000 });
  });
  test('random front-matter text (2,000 cases)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (yaml) => agrees(`---\n${yaml}\n---\n# Body\n`)), { numRuns: 2000 });
  });
});
