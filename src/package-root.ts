import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder this package is installed in (the one with its package.json), found by walking up from this module:
 * the bundled `dist/` and the TypeScript sources sit at different depths. Undefined when it cannot be found.
 */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string | undefined {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'runbook') return dir;
      } catch {
        // not ours, or unreadable: keep walking up
      }
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** The runbooks shipped with the package, with their scenarios: the embedded default a drill falls back to. */
export function shippedRunbooksDir(): string | undefined {
  const root = packageRoot();
  return root === undefined ? undefined : join(root, 'runbooks');
}
