import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * The folder the archive goes in, and its temporary file with it: `output` as a folder, the folder of `output` as a
 * file, or `cwd`. Its own module, so the main thread of `runbook bundle` knows it without loading the bundle code.
 */
export function archiveFolder(cwd: string, output: string | undefined): string {
  if (output === undefined) return cwd;
  const target = resolve(cwd, output);
  return isDirectory(target) || output.endsWith('/') ? target : dirname(target);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
