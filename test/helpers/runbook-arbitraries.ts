import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { parseRunbook } from '../../src/runbook/parse.js';
import { VALID_BODY, VALID_RUNBOOK } from './sample.js';

// Generated runbooks for the property tests: mutations of real ones, so they reach the parser's and rules' corners.

// The small sample is the main seed; the shipped runbooks add realistic size at a lower rate, keeping the run short.
const seeds = [
  VALID_RUNBOOK,
  VALID_RUNBOOK,
  VALID_RUNBOOK,
  VALID_RUNBOOK,
  readFileSync(new URL('../../runbooks/pod-oom-restart-loop.md', import.meta.url), 'utf8'),
  readFileSync(new URL('../../runbooks/report-service-timeout.md', import.meta.url), 'utf8'),
];

// Characters that matter to YAML, Markdown, shell and our placeholders, so mutations hit the interesting paths.
const nasty = fc.constantFrom('---', '\n', '\r\n', ':', ': ', '- ', '{{', '}}', '{{x}}', '<pod>', '"', "'", '|', '>', '#', '&a', '*a', '!!binary', '\t', '\uFEFF', '\u0000', '[', ']', '{', '}', '`', '$(', ')', '\\', 'kubectl delete pod x', '(?<', '[[', '%');
const text = fc.oneof(fc.string({ maxLength: 20 }), nasty, fc.string({ unit: 'binary', maxLength: 8 }));

export const textMutation = fc.tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), text), { minLength: 1, maxLength: 6 })).map(([seed, edits]) => {
  let out = seed;
  for (const [at, remove, insert] of edits) {
    const position = at % (out.length + 1);
    out = out.slice(0, position) + insert + out.slice(position + remove);
  }
  return out;
});

export const lineShuffle = fc.tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 })).map(([seed, swaps]) => {
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
export const structural = fc
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
