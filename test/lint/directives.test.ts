import { describe, expect, test } from 'vitest';
import { lintSources } from '../../src/lint/lint-sources.js';
import { rules } from '../../src/lint/rules/index.js';
import { DEFAULT_NOW } from '../helpers/rule-tester.js';
import { runbookText, VALID_BODY, VALID_FRONT_MATTER } from '../helpers/sample.js';

function ruleIds(files: { filePath: string; content: string }[]): string[][] {
  return lintSources(files, { rules, severities: {}, now: new Date(DEFAULT_NOW) }).map((r) => r.messages.map((m) => `${m.line}:${m.ruleId}`));
}

const noPrevention = '# Node under disk pressure\n';
const typo = VALID_FRONT_MATTER.replace('severity: high', 'severity: urgent');

describe('disable comments', () => {
  test('without a comment, findings are reported', () => {
    expect(ruleIds([{ filePath: 'runbooks/disk-pressure.md', content: runbookText(typo, noPrevention) }])).toEqual([['5:schema', '39:require-prevention']]);
  });

  test('an HTML comment in the body switches the named rules off for the whole file, front-matter included', () => {
    const body = `${noPrevention}\n<!-- runbook-lint-disable schema, require-prevention -- drafted during an incident -->\n`;
    expect(ruleIds([{ filePath: 'runbooks/disk-pressure.md', content: runbookText(typo, body) }])).toEqual([[]]);
  });

  test('a comment without rule ids switches every rule off, but never parse errors', () => {
    expect(ruleIds([{ filePath: 'runbooks/disk-pressure.md', content: runbookText(typo, `${noPrevention}<!-- runbook-lint-disable -->\n`) }])).toEqual([[]]);
    expect(ruleIds([{ filePath: 'runbooks/x.md', content: '# no front-matter\n<!-- runbook-lint-disable -->\n' }])).toEqual([['1:parse-error']]);
  });

  test('a YAML comment switches a rule off on its own line or the next one only', () => {
    const sameLine = typo.replace('severity: urgent', 'severity: urgent # runbook-lint-disable-line schema');
    expect(ruleIds([{ filePath: 'runbooks/disk-pressure.md', content: runbookText(sameLine, VALID_BODY) }])).toEqual([[]]);
    const nextLine = typo.replace('severity: urgent', '# runbook-lint-disable-next-line schema\nseverity: urgent');
    expect(ruleIds([{ filePath: 'runbooks/disk-pressure.md', content: runbookText(nextLine, VALID_BODY) }])).toEqual([[]]);
    const otherRule = typo.replace('severity: urgent', 'severity: urgent # runbook-lint-disable-line require-namespace');
    expect(ruleIds([{ filePath: 'runbooks/disk-pressure.md', content: runbookText(otherRule, VALID_BODY) }])).toEqual([['5:schema']]);
  });

  test('project rules honour them too', () => {
    const copy = runbookText(VALID_FRONT_MATTER, `${VALID_BODY}\n<!-- runbook-lint-disable unique-id id-matches-filename -->\n`);
    const files = [
      { filePath: 'runbooks/disk-pressure.md', content: runbookText() },
      { filePath: 'runbooks/z/copy.md', content: copy },
    ];
    expect(ruleIds(files)).toEqual([[], []]);
    files[1]!.content = runbookText(VALID_FRONT_MATTER, `${VALID_BODY}\n<!-- runbook-lint-disable id-matches-filename -->\n`);
    expect(ruleIds(files)).toEqual([[], ['2:unique-id']]);
  });
});
