import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { CLI, ROOT, runCli } from '../helpers/cli.js';
import { runbookText, VALID_FRONT_MATTER, VALID_RUNBOOK } from '../helpers/sample.js';

const made: string[] = [];
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'runbook-lint-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const broken = runbookText(VALID_FRONT_MATTER.replace('severity: high', 'severity: urgent'));

describe('runbook lint', () => {
  test('the shipped runbooks lint clean, from the default folder', () => {
    const run = runCli(['lint']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('');
    expect(run.code).toBe(0);
  });

  test('a finding prints file:line:col, severity, message and rule, and exits 1', () => {
    const dir = project({ 'runbooks/disk-pressure.md': broken });
    const run = runCli(['lint', 'runbooks'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/runbooks\/disk-pressure\.md:5:11\s+error\s+Unexpected `urgent` for `severity`, expected `critical`, `high`, `medium`, `low`\s+schema/);
    expect(run.stdout).toMatch(/1 problem \(1 error, 0 warnings\)/);
  });

  test('json output is ESLint-shaped', () => {
    const dir = project({ 'runbooks/disk-pressure.md': broken });
    const run = runCli(['lint', '--format', 'json', 'runbooks'], { cwd: dir });
    const results = JSON.parse(run.stdout) as { filePath: string; messages: Record<string, unknown>[]; errorCount: number; warningCount: number }[];
    expect(results).toHaveLength(1);
    expect(results[0]!.filePath).toBe(join(dir, 'runbooks/disk-pressure.md'));
    expect(results[0]!.errorCount).toBe(1);
    expect(results[0]!.messages[0]).toMatchObject({ ruleId: 'schema', severity: 2, line: 5, column: 11, endLine: 5, endColumn: 17 });
  });

  test('warnings alone pass unless --max-warnings is exceeded', () => {
    const noPrevention = runbookText(VALID_FRONT_MATTER, '# Node under disk pressure\n');
    const dir = project({ 'runbooks/disk-pressure.md': noPrevention });
    const lenient = runCli(['lint'], { cwd: dir });
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toMatch(/warning .*require-prevention/);
    const strict = runCli(['lint', '--max-warnings', '0'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/more than --max-warnings 0/);
  });

  test('a disable comment in the body switches a rule off for the file', () => {
    const text = runbookText(VALID_FRONT_MATTER, '# Node under disk pressure\n\n<!-- runbook-lint-disable require-prevention -->\n');
    const dir = project({ 'runbooks/disk-pressure.md': text });
    expect(runCli(['lint', '--max-warnings', '0'], { cwd: dir }).code).toBe(0);
  });

  test('the config file sets severities and is validated with located errors', () => {
    const noPrevention = runbookText(VALID_FRONT_MATTER, '# Node under disk pressure\n');
    const dir = project({ 'runbooks/disk-pressure.md': noPrevention, 'runbook.config.yaml': 'rules:\n  require-prevention: error\n' });
    const run = runCli(['lint'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/error\s+.*require-prevention/);

    writeFileSync(join(dir, 'runbook.config.yaml'), 'rules:\n  require-prevension: off\n');
    const bad = runCli(['lint'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${join(dir, 'runbook.config.yaml')}:2:3: unknown rule \`require-prevension\``);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  test('usage mistakes exit 2 with one line and no stack trace', () => {
    const missing = runCli(['lint', 'no/such/place']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe('runbook: No such file or folder: no/such/place');
    const format = runCli(['lint', '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/xml/);
    expect(runCli(['lint', '--max-warnings', 'many']).code).toBe(2);
  });

  test('folders skip node_modules and dot-folders; globs and explicit files work', () => {
    const dir = project({
      'runbooks/disk-pressure.md': VALID_RUNBOOK,
      'runbooks/node_modules/pkg/README.md': 'not a runbook',
      'runbooks/.drafts/draft.md': 'not a runbook',
      'notes.txt': 'not a runbook',
    });
    const json = (args: string[]) => (JSON.parse(runCli(['lint', '-f', 'json', ...args], { cwd: dir }).stdout) as { filePath: string }[]).map((r) => r.filePath);
    expect(json(['runbooks'])).toEqual([join(dir, 'runbooks/disk-pressure.md')]);
    expect(json(['runbooks/*.md'])).toEqual([join(dir, 'runbooks/disk-pressure.md')]);
    expect(json(['notes.txt'])).toEqual([join(dir, 'notes.txt')]);
    expect(runCli(['lint', 'runbooks/*.yaml'], { cwd: dir }).code).toBe(2);
  });

  test('Markdown without front-matter in a folder is not a runbook, unless named; no runbooks at all is exit 2', () => {
    const dir = project({
      'runbooks/disk-pressure.md': VALID_RUNBOOK,
      'runbooks/README.md': '# Runbooks\n\nOne file per alert; see the author guide.\n',
      'docs/guide.md': '# Guide\n',
    });
    const run = runCli(['lint', 'runbooks'], { cwd: dir });
    expect(run.stdout).toBe('');
    expect(run.code).toBe(0);
    // Named outright, a file is linted as a runbook whatever it holds.
    const named = runCli(['lint', 'runbooks/README.md'], { cwd: dir });
    expect(named.code).toBe(1);
    expect(named.stdout).toContain('Missing front-matter');
    const none = runCli(['lint', 'docs'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr.trim()).toBe('runbook: No runbooks found in docs (1 Markdown file without front-matter skipped): a runbook is a Markdown file that starts with YAML front-matter between `---` lines');
    const empty = project({ 'runbooks/.keep': '' });
    expect(runCli(['lint'], { cwd: empty }).stderr).toContain('runbook: No runbooks found in runbooks:');
  });

  test('the scenario beside a runbook is checked too, and an edit to it is seen through the cache', () => {
    const dir = project({
      'runbooks/disk-pressure.md': VALID_RUNBOOK,
      'runbooks/scenarios/disk-pressure.yaml': 'runbook: disk-pressure\nobjects:\n  - apiVersion: v1\n    kind: Node\n    metadata: { name: node-a }\n    stauts: {}\n',
    });
    const broken = runCli(['lint', '--cache'], { cwd: dir });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('Scenario scenarios/disk-pressure.yaml:6:5: unknown key `stauts` in objects[0]');
    writeFileSync(join(dir, 'runbooks/scenarios/disk-pressure.yaml'), 'runbook: disk-pressure\nobjects:\n  - apiVersion: v1\n    kind: Node\n    metadata: { name: node-a }\n    status: {}\n');
    const fixed = runCli(['lint', '--cache'], { cwd: dir });
    expect(fixed.stdout).toBe('');
    expect(fixed.code).toBe(0);
  });

  test('--output-file writes the whole report atomically and prints nothing', () => {
    const dir = project({ 'runbooks/disk-pressure.md': broken });
    const run = runCli(['lint', '-f', 'sarif', '-o', 'out/report.sarif'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const sarif = JSON.parse(readFileSync(join(dir, 'out/report.sarif'), 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results).toHaveLength(1);
  });

  test('duplicate ids across files are found, also when linted in several threads', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) {
      const id = `disk-pressure-${i}`;
      files[`runbooks/${id}.md`] = runbookText(VALID_FRONT_MATTER.replace('id: disk-pressure', `id: ${id}`));
    }
    files['runbooks/copy/disk-pressure-7.md'] = runbookText(VALID_FRONT_MATTER.replace('id: disk-pressure', 'id: disk-pressure-7'));
    const dir = project(files);
    const one = runCli(['lint', '-f', 'json', '--threads', '0'], { cwd: dir });
    const two = runCli(['lint', '-f', 'json', '--threads', '2'], { cwd: dir });
    expect(two.stdout).toBe(one.stdout);
    const results = JSON.parse(two.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(results).toHaveLength(401);
    const flagged = results.filter((r) => r.messages.some((m) => m.ruleId === 'unique-id')).map((r) => r.filePath);
    expect(flagged).toEqual([join(dir, 'runbooks/disk-pressure-7.md')]);
  });

  test('--cache reuses results for unchanged files and notices edits and deleted link targets', () => {
    const linked = runbookText(VALID_FRONT_MATTER, '# Disk\n\nSee [the guide](guide.md).\n\n## Prevention\n\nRotate logs.\n');
    const dir = project({ 'runbooks/disk-pressure.md': linked, 'runbooks/guide.md': runbookText(VALID_FRONT_MATTER.replace('id: disk-pressure', 'id: guide')) });
    const first = runCli(['lint', '--cache', 'runbooks/disk-pressure.md'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(existsSync(join(dir, '.runbook-lint-cache'))).toBe(true);
    expect(runCli(['lint', '--cache', 'runbooks/disk-pressure.md'], { cwd: dir }).code).toBe(0);
    rmSync(join(dir, 'runbooks/guide.md'));
    const afterDelete = runCli(['lint', '--cache', 'runbooks/disk-pressure.md'], { cwd: dir });
    expect(afterDelete.code).toBe(1);
    expect(afterDelete.stdout).toMatch(/valid-links/);
    writeFileSync(join(dir, 'runbooks/disk-pressure.md'), broken);
    expect(runCli(['lint', '--cache', 'runbooks/disk-pressure.md'], { cwd: dir }).stdout).toMatch(/urgent/);
  });

  test('a corrupt cache is ignored, not fatal', () => {
    const dir = project({ 'runbooks/disk-pressure.md': VALID_RUNBOOK, '.runbook-lint-cache': '{not json' });
    expect(runCli(['lint', '--cache'], { cwd: dir }).code).toBe(0);
  });

  test('--help lists every rule and --version prints the version', () => {
    const help = runCli(['lint', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/read-only-commands/);
    const version = runCli(['--version']);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  });

  test('a cache from an older layout is read as no cache, and replaced', () => {
    const old = JSON.stringify({ key: 'older', files: { 'runbooks/disk-pressure.md': { hash: 'x', messages: [] } } });
    const dir = project({ 'runbooks/disk-pressure.md': broken, '.runbook-lint-cache': old });
    expect(runCli(['lint', '--cache'], { cwd: dir }).stdout).toMatch(/urgent/);
    const again = runCli(['lint', '--cache'], { cwd: dir });
    expect(again.stdout).toMatch(/urgent/);
    expect(readFileSync(join(dir, '.runbook-lint-cache'), 'utf8')).not.toBe(old);
  });

  // The report goes straight to the file descriptor (see src/bin/standard-streams.ts): it must still arrive whole
  // through a pipe far larger than a pipe's buffer, and a reader that stops early must not cause a crash report.
  const many = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`runbooks/r${i}.md`, broken]));

  test('a report larger than a pipe holds arrives whole', () => {
    const dir = project(many(400));
    const run = runCli(['lint', '-f', 'json', 'runbooks'], { cwd: dir });
    expect(run.stdout.length).toBeGreaterThan(256 * 1024);
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(400);
    expect(run.code).toBe(1);
  });

  test('a reader that stops early (`| head`) ends the report quietly', () => {
    const dir = project(many(400));
    const pipeline = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" lint -f json runbooks 2>err | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"; cat err`], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(pipeline.stdout).toBe('1\n');
  });
});
