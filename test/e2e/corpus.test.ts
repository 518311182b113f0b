import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

// Real runbooks written by others for another tool (Hugo pages with their own front-matter), kept beside the
// repository rather than in it; a clone without them says so instead of passing quietly.
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'prometheus-operator__runbooks', 'content');
const present = existsSync(CORPUS);
if (!present) console.warn(`corpus tests skipped: ${relative(ROOT, CORPUS)} is not beside this clone`);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name));
}

interface Result {
  filePath: string;
  messages: { ruleId: string; message: string; severity: number; line: number; column: number }[];
  errorCount: number;
}

describe.skipIf(!present)(`lint over the shared corpus of real runbooks${present ? '' : ' (skipped: ../shared/corpus is not beside this clone)'}`, () => {
  test('every file with front-matter is linted, none crashes, and each gets a message that says what is wrong', () => {
    const run = runCli(['lint', '--format', 'json', CORPUS]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as Result[];
    // Pages without front-matter (plain Markdown) are not runbooks: found in a folder, they are passed over.
    const withFrontMatter = markdownFiles(CORPUS).filter((file) => /^(\uFEFF)?---\r?\n/.test(readFileSync(file, 'utf8')));
    expect(withFrontMatter.length).toBeGreaterThan(0);
    expect(results.map((r) => r.filePath).sort()).toEqual(withFrontMatter.sort());
    for (const result of results) {
      expect(result.errorCount, result.filePath).toBeGreaterThan(0);
      for (const message of result.messages) {
        expect(message.message).not.toMatch(/Internal error/);
        expect(message.line).toBeGreaterThanOrEqual(1);
      }
    }
  });

  test('a Hugo page gets one front-matter message, not one per missing field', () => {
    const file = join(CORPUS, 'runbooks', 'kubernetes', 'KubePodCrashLooping.md');
    const run = runCli(['lint', '--format', 'json', file]);
    const [result] = JSON.parse(run.stdout) as Result[];
    const errors = result!.messages.filter((m) => m.severity === 2);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ ruleId: 'schema', line: 1, column: 1 });
    expect(errors[0]!.message).toMatch(/none of the runbook fields .* only `title`, `weight`/);
  });
});
