import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { SessionBusyError } from '../../src/errors.js';
import { lockSession } from '../../src/session/lock.js';

const root = mkdtempSync(join(tmpdir(), 'runbook-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const folder = (): string => {
  const dir = join(root, `s${++n}`);
  mkdirSync(dir);
  return dir;
};

describe('the journal lock', () => {
  test('one holder at a time; giving it back lets the next one in', () => {
    const dir = folder();
    const release = lockSession(dir, 's1');
    expect(statSync(join(dir, 'journal.lock')).mode & 0o777).toBe(0o600);
    expect(() => lockSession(dir, 's1')).toThrow(SessionBusyError);
    release();
    expect(existsSync(join(dir, 'journal.lock'))).toBe(false);
    lockSession(dir, 's1')();
  });

  test('a lock left by a process that died on this host is taken over', () => {
    const dir = folder();
    // A pid that existed and is gone: a child that has exited.
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(join(dir, 'journal.lock'), JSON.stringify({ pid: Number(gone), host: hostname(), since: '2026-12-01T00:00:00.000Z' }));
    const release = lockSession(dir, 's2');
    release();
  });

  test('a lock cut short by a crash (empty) is taken over; one held on another host is not', () => {
    const dir = folder();
    writeFileSync(join(dir, 'journal.lock'), '');
    lockSession(dir, 's3')();
    writeFileSync(join(dir, 'journal.lock'), JSON.stringify({ pid: 1, host: 'another-host.example', since: '2026-12-01T00:00:00.000Z' }));
    expect(() => lockSession(dir, 's3')).toThrow(/Session s3 is open in another runbook process \(pid 1 on another-host\.example, since 2026-12-01T00:00:00\.000Z\).*delete .*journal\.lock/);
  });
});
