import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { splitFrontMatter } from '../../src/runbook/front-matter.js';
import { parseRunbook } from '../../src/runbook/parse.js';
import { readPlainFrontMatter, readPlainYamlWithAliases } from '../../src/runbook/plain-yaml.js';

describe('readPlainFrontMatter', () => {
  test.each(['pod-oom-restart-loop', 'report-service-timeout'])('reads the shipped %s runbook as yaml does', (id) => {
    const split = splitFrontMatter(readFileSync(new URL(`../../runbooks/${id}.md`, import.meta.url), 'utf8'));
    if (split.kind !== 'present') throw new Error('no front-matter');
    expect(readPlainFrontMatter(split.yaml)?.data).toEqual(parseDocument(split.yaml).toJS());
  });

  // Each of these is read by `yaml` instead, for its data, its warnings or its located error.
  test.each([
    ['an anchor and an alias', 'a: &x [1]\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a custom tag', 'a: !secret x\n'],
    ['a directive', '%YAML 1.1\n---\na: yes\n'],
    ['a null key', '~: 1\n'],
    ['a boolean key', 'true: 1\n'],
    ['a number key', '1: one\n'],
    ['an empty key', ': 1\n'],
    ['a list as a key', '? [a, b]\n: 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a carriage return on its own', 'a: 1\rb: 2\n'],
    ['a comment between a key and its value', 'a:\n# why\n  t\nb:\n'],
    ['a syntax error', 'a: [1\n'],
    ['a list', '- a\n- b\n'],
    ['a string', 'just text\n'],
    ['nothing', ''],
  ])('leaves %s to yaml', (_, yaml) => {
    expect(readPlainFrontMatter(yaml)).toBeUndefined();
  });

  test.each([
    ['plain', 'title: T\nid: disk-full\n', 'disk-full'],
    ['double-quoted', 'id: "disk-full"\n', '"disk-full"'],
    ['single-quoted', "id: 'disk-full'  # why\n", "'disk-full'"],
    ['after a nested value', 'variables:\n  id:\n    type: string\nid: disk-full\n', 'disk-full'],
  ])('finds a %s top-level id where yaml does', (_, yaml, expected) => {
    const range = readPlainFrontMatter(yaml)?.idRange;
    expect(range && yaml.slice(...range)).toBe(expected);
  });

  test('leaves a block scalar id to the locator', () => {
    expect(readPlainFrontMatter('id: |\n  disk-full\n')?.idRange).toBeUndefined();
  });
});

describe('parseRunbook with plain front-matter', () => {
  test('has its data and locates keys on demand, at the same places', () => {
    const text = '---\nid: disk-full\ntitle: "Disk full"\nseverity: high\n---\n# Disk full\n';
    const parsed = parseRunbook('runbooks/disk-full.md', text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).toEqual({ id: 'disk-full', title: 'Disk full', severity: 'high' });
    expect(parsed.idSpan).toMatchObject({ start: { line: 2, column: 5 }, end: { line: 2, column: 14 } });
    expect(parsed.locate.value(['title'])).toMatchObject({ start: { line: 3, column: 8 }, end: { line: 3, column: 19 } });
    expect(parsed.locate.key(['severity'])).toMatchObject({ start: { line: 4, column: 1 } });
  });

  test('reports what yaml reports when the front-matter is not plain', () => {
    const parsed = parseRunbook('runbooks/disk-full.md', '---\nid: disk-full\nid: again\n---\n# Disk full\n');
    expect(parsed.problems.map((p) => [p.message, p.span.start.line])).toEqual([['Invalid YAML in front-matter: Map keys must be unique', 3]]);
  });
});

describe('readPlainYamlWithAliases', () => {
  const folders = ['runbooks/scenarios', 'test/sim/fixtures', 'docs/rules/examples/scenarios'];
  const scenarios = folders.flatMap((folder) =>
    readdirSync(new URL(`../../${folder}/`, import.meta.url))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => `${folder}/${name}`),
  );

  test.each(scenarios)('reads %s as yaml does', (file) => {
    const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    const fast = readPlainYamlWithAliases(text);
    if (fast !== undefined) expect(fast).toEqual(parseDocument(text).toJS());
  });

  test('reads nearly every shipped scenario, anchors and aliases included, without yaml', () => {
    const shipped = scenarios.filter((file) => file.startsWith('runbooks/'));
    const read = shipped.filter((file) => readPlainYamlWithAliases(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')) !== undefined);
    expect(read.length).toBeGreaterThanOrEqual(shipped.length - 1);
  });

  test.each([
    ['a merge key, which js-yaml merges and YAML 1.2 keeps', 'base: &b { a: 1 }\nderived:\n  <<: *b\n  c: 2\n'],
    ['an alias as a key', 'a: &k x\n*k : 1\n'],
    ['a tag', 'a: !!str 1\n'],
  ])('leaves %s to yaml', (_name, text) => {
    expect(readPlainYamlWithAliases(text)).toBeUndefined();
  });

  test('an alias keeps the anchored value', () => {
    expect(readPlainYamlWithAliases('a: &x [1, 2]\nb: *x\n')).toEqual({ a: [1, 2], b: [1, 2] });
  });
});
