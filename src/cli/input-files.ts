import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.js';

/** One file a command was given: named outright, or found in a folder it was given. */
export interface InputFile {
  path: string;
  named: boolean;
}

/**
 * The files behind the paths on a command line: a file named outright is taken whatever its name, a folder
 * gives the files below it whose names match (hidden folders and node_modules left out), in a stable order.
 */
export function inputFiles(paths: readonly string[], cwd: string, matches: RegExp): InputFile[] {
  const files = new Map<string, InputFile>();
  for (const input of paths) {
    const absolute = resolve(cwd, input);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(absolute).isDirectory();
    } catch {
      throw new UsageError(`No such file or folder: ${input}`);
    }
    if (!isDirectory) files.set(absolute, { path: absolute, named: true });
    else for (const path of filesBelow(absolute, matches)) if (!files.has(path)) files.set(path, { path, named: false });
  }
  return [...files.values()];
}

function filesBelow(dir: string, matches: RegExp): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesBelow(path, matches));
    else if (entry.isFile() && matches.test(entry.name)) out.push(path);
  }
  return out;
}
