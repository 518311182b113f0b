import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const root = mkdtempSync(join(tmpdir(), 'runbook-onboarding-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a new user', () => {
  test('the author guide’s $schema line finds the schema from their own repository, where the package is installed', () => {
    const guide = readFileSync(join(ROOT, 'docs', 'author-guide.md'), 'utf8');
    const line = /# yaml-language-server: \$schema=(\S*node_modules\/runbook\/\S+)/.exec(guide);
    expect(line, 'the guide names the schema inside node_modules/runbook').not.toBeNull();
    // Their repository: runbooks/ beside node_modules/, with this package installed as `runbook`.
    mkdirSync(join(root, 'node_modules'), { recursive: true });
    symlinkSync(ROOT, join(root, 'node_modules', 'runbook'), 'dir');
    const schema = resolve(join(root, 'runbooks'), line![1]!);
    expect(existsSync(schema), schema).toBe(true);
    expect(JSON.parse(readFileSync(schema, 'utf8'))).toMatchObject({ title: expect.any(String) });
    // And it ships: the folder is in the package's files.
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain(dirname(line![1]!.replace('../node_modules/runbook/', '')));
  });

  test('escalation bundles written in the repository are ignored by git', () => {
    const check = spawnSync('git', ['check-ignore', '-q', 'escalation-pod-oom-restart-loop-20261122T163448Z-abc123.tar.gz'], { cwd: ROOT });
    if (check.status === 128) return void console.warn('skipped: not a git checkout');
    expect(check.status).toBe(0);
  });

  test('the README explains the engine warnings an older Node.js prints on install', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('EBADENGINE');
    expect(readme).toMatch(/brings its own Node\.js 24/);
  });
});
