import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { useProjects } from '../helpers/project.js';

const project = useProjects('runbook-import-');
const PAGE = '# DiskAlmostFull\n\n## Meaning\n\nA volume is almost full.\n\n## Diagnosis\n\n```shell\n$ kubectl -n <namespace> get pvc\n```\n\n```text\nnot a command\n```\n\n## Mitigation\n\nAsk the owner to delete old data.\n';

describe('runbook import', () => {
  test('writes each page as a runbook that lints clean but for TODO markers, with located warnings', () => {
    const dir = project({ 'wiki/DiskAlmostFull.md': PAGE, 'wiki/_index.md': '---\nbookHidden: true\n---\n' });
    const run = runCli(['import', 'wiki'], { cwd: dir });
    expect(run.stdout).toBe('runbooks/disk-almost-full.md\n');
    expect(run.stderr).toContain('wiki/DiskAlmostFull.md:13:1: warning: Kept in the body only: a `text` block under Diagnosis that is not shell commands\n');
    expect(run.stderr).toContain('wiki/_index.md:1:1: warning: Not converted: ');
    expect(run.stderr).toContain('Imported 1 of 2 files into runbooks: 1 lint clean but for TODO markers');
    // Not every file became a runbook.
    expect(run.code).toBe(1);
    const lint = runCli(['lint', '--format', 'json', 'runbooks'], { cwd: dir });
    expect(lint.code).toBe(0);
    const [result] = JSON.parse(lint.stdout) as { messages: { ruleId: string }[] }[];
    expect(new Set(result!.messages.map((m) => m.ruleId))).toEqual(new Set(['todo-marker']));
    expect(readFileSync(join(dir, 'runbooks/disk-almost-full.md'), 'utf8')).toContain('run: kubectl -n {{namespace}} get pvc');
  });

  test('-o picks the folder, an existing runbook is never replaced, --json reports per file', () => {
    const dir = project({ 'DiskAlmostFull.md': PAGE, 'out/disk-almost-full.md': 'mine\n' });
    const run = runCli(['import', 'DiskAlmostFull.md', '-o', 'out', '--json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(readFileSync(join(dir, 'out/disk-almost-full.md'), 'utf8')).toBe('mine\n');
    const [report] = JSON.parse(run.stdout) as { status: string; output: string }[];
    expect(report).toMatchObject({ status: 'exists', output: 'out/disk-almost-full.md' });
    const fresh = project({ 'DiskAlmostFull.md': PAGE });
    expect(runCli(['import', 'DiskAlmostFull.md', '-o', 'out'], { cwd: fresh }).code).toBe(0);
  });
});
