import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormatterContext } from '../../../src/lint/formatters/formatter.js';
import stylish from '../../../src/lint/formatters/stylish.js';
import type { LintResult } from '../../../src/lint/result.js';

const cwd = path.resolve('/repo');
const context: FormatterContext = { color: false, cwd, rulesMeta: {}, version: '0.1.0' };
const at = (file: string): string => path.join(cwd, 'runbooks', file);

const clean: LintResult = { filePath: at('clean.md'), messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0 };
const mixed: LintResult = {
  filePath: at('disk-pressure.md'),
  messages: [
    { ruleId: 'schema', severity: 2, message: 'Unexpected field `severty`, expected a known field', line: 5, column: 1, endLine: 5, endColumn: 8 },
    { ruleId: 'stale-review', severity: 1, message: 'Review is overdue by 30 days', line: 12, column: 10, endLine: 12, endColumn: 20 },
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
  filePath: at('odd.md'),
  messages: [{ ruleId: 'schema', severity: 1, message: 'Unexpected <b> & "x" \'y\'\nnext: 100%, done\u001b[2J', line: 3, column: 7, endLine: 3, endColumn: 9 }],
  errorCount: 0,
  warningCount: 1,
  fatalErrorCount: 0,
};

const stripAnsi = (text: string): string => text.replace(/\u001b\[\d+m/g, '');

describe('stylish', () => {
  it('prints nothing at all when there are no findings', () => {
    expect(stylish([], context)).toBe('');
    expect(stylish([clean, clean], context)).toBe('');
    expect(stylish([clean], { ...context, color: true })).toBe('');
  });

  it('groups by file, starts each line with a clickable path:line:col, aligns columns and totals', () => {
    expect(stylish([clean, mixed, fatal], context)).toBe(
      [
        'runbooks/disk-pressure.md',
        '  runbooks/disk-pressure.md:5:1    error    Unexpected field `severty`, expected a known field  schema',
        '  runbooks/disk-pressure.md:12:10  warning  Review is overdue by 30 days                        stale-review',
        '',
        'runbooks/broken.md',
        '  runbooks/broken.md:1:1  error    Missing front-matter  parse-error',
        '',
        '✖ 3 problems (2 errors, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('keeps a finding on one line and never passes control characters to the terminal', () => {
    expect(stylish([tricky], context)).toBe(
      [
        'runbooks/odd.md',
        '  runbooks/odd.md:3:7  warning  Unexpected <b> & "x" \'y\'\\nnext: 100%, done\\x1B[2J  schema',
        '',
        '✖ 1 problem (0 errors, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('uses singular words for one of a kind', () => {
    expect(stylish([fatal], context).endsWith('✖ 1 problem (1 error, 0 warnings)\n')).toBe(true);
  });

  it('colours severities, dims rule ids and bolds the totals only when asked, without moving a column', () => {
    const plain = stylish([mixed, fatal], context);
    const coloured = stylish([mixed, fatal], { ...context, color: true });
    expect(plain).not.toContain('\u001b');
    expect(coloured).toContain('\u001b[31merror\u001b[39m');
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
    expect(coloured).toContain('\u001b[2mstale-review\u001b[22m');
    expect(coloured).toContain('\u001b[1m\u001b[31m✖ 3 problems (2 errors, 1 warning)\u001b[39m\u001b[22m');
    expect(stripAnsi(coloured)).toBe(plain);
  });

  it('colours the totals yellow when there are only warnings', () => {
    expect(stylish([tricky], { ...context, color: true })).toContain('\u001b[1m\u001b[33m✖ 1 problem (0 errors, 1 warning)\u001b[39m\u001b[22m');
  });
});
