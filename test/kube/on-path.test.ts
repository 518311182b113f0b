import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { findOnPath } from '../../src/kube/on-path.js';

const root = mkdtempSync(join(tmpdir(), 'runbook-path-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('finds the first executable of that name in PATH order, skipping folders and files that cannot run', () => {
  for (const dir of ['a', 'b', 'c', 'd']) mkdirSync(join(root, dir));
  writeFileSync(join(root, 'a', 'kubectl'), 'not executable');
  mkdirSync(join(root, 'b', 'kubectl'));
  writeFileSync(join(root, 'c', 'kubectl'), '#!/bin/sh\n');
  chmodSync(join(root, 'c', 'kubectl'), 0o755);
  writeFileSync(join(root, 'd', 'kubectl'), '#!/bin/sh\n');
  chmodSync(join(root, 'd', 'kubectl'), 0o755);
  const PATH = ['', join(root, 'missing'), join(root, 'a'), join(root, 'b'), join(root, 'c'), join(root, 'd')].join(':');
  expect(findOnPath('kubectl', { PATH })).toBe(join(root, 'c', 'kubectl'));
  expect(findOnPath('kubectl', { PATH: join(root, 'a') })).toBeUndefined();
  expect(findOnPath('kubectl', {})).toBeUndefined();
});
