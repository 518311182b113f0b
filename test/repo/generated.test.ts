import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/cli.js';

// The schemas are the source of truth: types and validators generated from them must be current, and the
// whole project must type-check, or a schema edit could ship with stale code.
describe('repository', () => {
  test('generated types and validators match the schemas', () => {
    const run = spawnSync(process.execPath, ['scripts/generate.js', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test('the sources and the tests type-check under strict settings', { timeout: 120_000 }, () => {
    const run = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.test.json'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
