import { mkdtempSync, rmSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { lint } from '../../src/lint/engine.js';
import { runbookText, VALID_BODY, VALID_FRONT_MATTER } from '../helpers/sample.js';

const dirs: string[] = [];
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'runbook-engine-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const now = new Date('2026-11-22T12:00:00Z');
const linking = runbookText(VALID_FRONT_MATTER, `${VALID_BODY}\nSee [the guide](guide.md#rotating-logs).\n`);
const guide = (heading: string) => `# Guide\n\n## ${heading}\n`;
const run = (cwd: string, cache = true) => lint({ paths: ['runbooks'], cwd, cache, now, version: 'test' });

describe('lint cache', () => {
  test('unchanged files come from the cache, also when only touched', async () => {
    const dir = project({ 'runbooks/disk-pressure.md': linking, 'runbooks/guide.md': guide('Rotating logs') });
    const first = await run(dir);
    expect(first.cached).toBe(0);
    const second = await run(dir);
    expect(second.cached).toBe(2);
    expect(second.results).toEqual(first.results);
    utimesSync(join(dir, 'runbooks/disk-pressure.md'), new Date(), new Date(Date.now() + 5000));
    expect((await run(dir)).cached).toBe(2);
  });

  test('an edited file, or a renamed heading in a file it links to, is linted again', async () => {
    const dir = project({ 'runbooks/disk-pressure.md': linking, 'runbooks/guide.md': guide('Rotating logs') });
    await run(dir);
    writeFileSync(join(dir, 'runbooks/guide.md'), guide('Log rotation'));
    const after = await run(dir);
    expect(after.cached).toBe(0);
    const messages = after.results.find((r) => r.filePath.endsWith('disk-pressure.md'))!.messages;
    expect(messages.map((m) => m.ruleId)).toEqual(['valid-links']);
  });

  test('a different config or day is a different cache', async () => {
    const dir = project({ 'runbooks/disk-pressure.md': runbookText() });
    await run(dir);
    expect((await lint({ paths: ['runbooks'], cwd: dir, cache: true, now: new Date('2026-11-23T12:00:00Z'), version: 'test' })).cached).toBe(0);
    writeFileSync(join(dir, 'runbook.config.yaml'), 'rules:\n  require-prevention: off\n');
    expect((await run(dir)).cached).toBe(0);
    expect((await run(dir)).cached).toBe(1);
  });

  test('without --cache nothing is read from or written to it', async () => {
    const dir = project({ 'runbooks/disk-pressure.md': runbookText() });
    await run(dir, false);
    expect((await run(dir)).cached).toBe(0);
  });
});
