import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormatterContext } from '../../../src/lint/formatters/formatter.js';
import github from '../../../src/lint/formatters/github.js';
import type { LintResult } from '../../../src/lint/result.js';

const cwd = path.resolve('/repo');
const context: FormatterContext = { color: true, cwd, rulesMeta: {}, version: '0.1.0' };
const at = (file: string): string => path.join(cwd, 'runbooks', file);

const clean: LintResult = { filePath: at('clean.md'), messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0 };
const mixed: LintResult = {
  filePath: at('disk-pressure.md'),
  messages: [
    { ruleId: 'schema', severity: 2, message: 'Unexpected field `severty`, expected a known field', line: 5, column: 1, endLine: 5, endColumn: 8 },
    { ruleId: 'stale-review', severity: 1, message: 'Review is overdue by 30 days', line: 12, column: 10, endLine: 13, endColumn: 2 },
  ],
  errorCount: 1,
  warningCount: 1,
  fatalErrorCount: 0,
};
const fatal: LintResult = {
  filePath: at('broken.md'),
  messages: [{ ruleId: 'parse-error', severity: 2, message: 'Missing front-matter', line: 1, column: 1, endLine: 1, endColumn: 4, fatal: true }],
  errorCount: 1,
  warningCount: 0,
  fatalErrorCount: 1,
};
const tricky: LintResult = {
  filePath: at('odd, name:1.md'),
  messages: [{ ruleId: 'ns:rule,x', severity: 1, message: 'Unexpected <b> & "x" \'y\'\r\nnext: 100%, done %0A', line: 3, column: 7, endLine: 3, endColumn: 9 }],
  errorCount: 0,
  warningCount: 1,
  fatalErrorCount: 0,
};

describe('github', () => {
  it('prints nothing when there are no findings', () => {
    expect(github([], context)).toBe('');
    expect(github([clean], context)).toBe('');
  });

  it('writes one workflow command per finding, with the full range and the rule as title', () => {
    expect(github([clean, mixed, fatal], context)).toBe(
      [
        '::error file=runbooks/disk-pressure.md,line=5,col=1,endLine=5,endColumn=8,title=schema::Unexpected field `severty`, expected a known field',
        '::warning file=runbooks/disk-pressure.md,line=12,col=10,endLine=13,endColumn=2,title=stale-review::Review is overdue by 30 days',
        '::error file=runbooks/broken.md,line=1,col=1,endLine=1,endColumn=4,title=parse-error::Missing front-matter',
        '',
      ].join('\n'),
    );
  });

  it("escapes data and properties the way the runner unescapes them, so a message cannot start a command", () => {
    expect(github([tricky], context)).toBe(
      '::warning file=runbooks/odd%2C name%3A1.md,line=3,col=7,endLine=3,endColumn=9,title=ns%3Arule%2Cx::' +
        'Unexpected <b> & "x" \'y\'%0D%0Anext: 100%25, done %250A\n',
    );
  });

  it('leaves out a position GitHub cannot place', () => {
    const fileLevel: LintResult = { ...fatal, messages: [{ ruleId: 'parse-error', severity: 2, message: 'Empty file', line: 0, column: 0, endLine: 0, endColumn: 0 }] };
    expect(github([fileLevel], context)).toBe('::error file=runbooks/broken.md,title=parse-error::Empty file\n');
  });
});
