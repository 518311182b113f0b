import { join } from 'node:path';
import { expect, test } from 'vitest';
import { packageRoot } from '../src/package-root.js';
import { ROOT } from './helpers/cli.js';

test('the package root is found from the sources and from the bundle, and nowhere outside it', () => {
  expect(packageRoot(join(ROOT, 'src', 'cli', 'drill.ts'))).toBe(ROOT.replace(/\/$/, ''));
  expect(packageRoot(join(ROOT, 'dist', 'cli.js'))).toBe(ROOT.replace(/\/$/, ''));
  expect(packageRoot('/usr/lib/node_modules/other/index.js')).toBeUndefined();
});
