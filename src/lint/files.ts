import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';

/** Folders never searched: dependencies and dot-folders (`.git`, `.github`, caches). */
const SKIPPED = ['**/node_modules/**', '**/.*/**'];

export interface FileListOptions {
  cwd: string;
  /** Extra glob patterns (relative to `ignoreBase`) of files that are not runbooks. */
  ignore?: string[];
  ignoreBase?: string;
}

// Files named outright are always linted; directories and globs contribute their `*.md` files.
export async function listRunbookFiles(paths: string[], options: FileListOptions): Promise<string[]> {
  const found = new Set<string>();
  const ignore = [...SKIPPED, ...(options.ignore ?? []).map((pattern) => toCwdPattern(pattern, options))];
  // The glob library is only loaded when a folder or pattern needs it: one named file is the common editor case.
  const globber = async () => import('tinyglobby');
  for (const input of paths) {
    const absolute = resolve(options.cwd, input);
    if (/[*?[\]{}()!]/.test(input) && (await globber()).isDynamicPattern(input)) {
      const { glob } = await globber();
      const matches = await glob(input, { cwd: options.cwd, ignore, absolute: true, onlyFiles: true, dot: false, expandDirectories: false });
      if (matches.length === 0) throw new UsageError(`No files match the pattern \`${input}\``);
      for (const match of matches) found.add(resolve(match));
      continue;
    }
    let kind: 'file' | 'dir';
    try {
      kind = statSync(absolute).isDirectory() ? 'dir' : 'file';
    } catch {
      throw new UsageError(`No such file or folder: ${input}`);
    }
    if (kind === 'file') {
      found.add(absolute);
      continue;
    }
    const { glob } = await globber();
    const rel = relative(options.cwd, absolute).split('\\').join('/');
    const pattern = rel ? `${escapeGlob(rel)}/**/*.md` : '**/*.md';
    const matches = await glob(pattern, { cwd: options.cwd, ignore, absolute: true, onlyFiles: true, dot: false, expandDirectories: false });
    for (const match of matches) found.add(resolve(match));
  }
  return [...found].sort();
}

function toCwdPattern(pattern: string, options: FileListOptions): string {
  const base = options.ignoreBase ?? options.cwd;
  const rel = relative(options.cwd, base).split('\\').join('/');
  return rel ? `${rel}/${pattern}` : pattern;
}

function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}()!]/g, '\\$&');
}
