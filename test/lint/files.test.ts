import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { listRunbookFiles } from '../../src/lint/files.js';

const root = mkdtempSync(join(tmpdir(), 'runbook-files-'));
for (const file of ['runbooks/a.md', 'runbooks/team/b.md', 'runbooks/drafts/c.md', 'runbooks/node_modules/x/README.md', 'runbooks/.cache/d.md', 'runbooks/notes.txt', 'odd[1].md']) {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), '');
}
symlinkSync(join(root, 'nowhere.md'), join(root, 'runbooks/broken-link.md'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const rel = (files: string[]) => files.map((file) => file.slice(root.length + 1));

describe('listRunbookFiles', () => {
  test('folders give their Markdown files, skipping node_modules and dot-folders, sorted', async () => {
    expect(rel(await listRunbookFiles(['runbooks'], { cwd: root }))).toEqual(['runbooks/a.md', 'runbooks/broken-link.md', 'runbooks/drafts/c.md', 'runbooks/team/b.md']);
  });

  test('config ignore patterns apply relative to the config folder', async () => {
    const files = await listRunbookFiles(['.'], { cwd: join(root, 'runbooks'), ignore: ['runbooks/drafts/**'], ignoreBase: root });
    expect(rel(files)).toEqual(['runbooks/a.md', 'runbooks/broken-link.md', 'runbooks/team/b.md']);
  });

  test('globs expand; a file whose name looks like a glob is still a file', async () => {
    expect(rel(await listRunbookFiles(['runbooks/*/*.md'], { cwd: root }))).toEqual(['runbooks/drafts/c.md', 'runbooks/team/b.md']);
    expect(rel(await listRunbookFiles(['odd[1].md'], { cwd: root }))).toEqual(['odd[1].md']);
  });

  test('a named file is linted whatever its extension; duplicates are listed once', async () => {
    expect(rel(await listRunbookFiles(['runbooks/notes.txt', 'runbooks/a.md', 'runbooks'], { cwd: root }))).toContain('runbooks/notes.txt');
    expect((await listRunbookFiles(['runbooks/a.md', 'runbooks/a.md'], { cwd: root })).length).toBe(1);
  });

  test('missing paths and empty globs are usage errors', async () => {
    await expect(listRunbookFiles(['nope'], { cwd: root })).rejects.toThrow(UsageError);
    await expect(listRunbookFiles(['runbooks/*.yaml'], { cwd: root })).rejects.toThrow('No files match the pattern `runbooks/*.yaml`');
  });
});
