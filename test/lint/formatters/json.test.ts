import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormatterContext } from '../../../src/lint/formatters/formatter.js';
import json from '../../../src/lint/formatters/json.js';
import type { LintResult } from '../../../src/lint/result.js';

const cwd = path.resolve('/repo');
const context: FormatterContext = { color: true, cwd, rulesMeta: {}, version: '0.1.0' };
const at = (file: string): string => path.join(cwd, 'runbooks', file);

const results: LintResult[] = [
  { filePath: at('clean.md'), messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0 },
  {
    filePath: at('disk-pressure.md'),
    messages: [
      { ruleId: 'schema', severity: 2, message: 'Unexpected field `severty`, expected a known field', line: 5, column: 1, endLine: 5, endColumn: 8 },
      { ruleId: 'stale-review', severity: 1, message: 'Unexpected <b> & "x" \'y\'\nnext: 100%, done', line: 12, column: 10, endLine: 12, endColumn: 20 },
    ],
    errorCount: 1,
    warningCount: 1,
    fatalErrorCount: 0,
  },
  {
    filePath: at('broken.md'),
    messages: [{ ruleId: 'parse-error', severity: 2, message: 'Missing front-matter', line: 1, column: 1, endLine: 1, endColumn: 4, fatal: true }],
    errorCount: 1,
    warningCount: 0,
    fatalErrorCount: 1,
  },
];

describe('json', () => {
  it("is exactly ESLint's JSON: the results, serialised as they are", () => {
    expect(json(results, context)).toBe(JSON.stringify(results));
    expect(json([], context)).toBe('[]');
  });

  it('round-trips to the same objects, clean files and absolute paths included', () => {
    const parsed: unknown = JSON.parse(json(results, context));
    expect(parsed).toEqual(results);
    expect(parsed).toMatchObject([{ filePath: at('clean.md'), messages: [] }, {}, { messages: [{ fatal: true }] }]);
  });
});
