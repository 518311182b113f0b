import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { lintSource } from '@secretlint/core';
import { creator } from '@secretlint/secretlint-rule-preset-recommend';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers/cli.js';

// The redaction and lint tests need credentials that look real; they assemble them at test time from parts, so the
// repository itself never holds one a secret scanner would flag (and teams that scan their dependencies never
// have to allow-list this project).
test('no file of the repository trips a secret scanner (secretlint, recommended preset)', { timeout: 120_000 }, async () => {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((file) => file !== '' && file !== 'package-lock.json');
  expect(files.length).toBeGreaterThan(100);
  const config = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: creator }] };
  const findings: string[] = [];
  for (const file of files) {
    let content: string;
    try {
      content = readFileSync(join(ROOT, file), 'utf8');
    } catch {
      continue; // deleted in the working tree
    }
    const result = await lintSource({ source: { filePath: file, content, ext: extname(file), contentType: 'text' }, options: { config } });
    for (const message of result.messages) findings.push(`${file}:${message.loc.start.line}: ${message.ruleId}: ${message.message}`);
  }
  expect(findings).toEqual([]);
});
