import { readdirSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';

export interface FileListOptions {
  cwd: string;
  /** Glob patterns, relative to `ignoreBase`, of Markdown files that are not runbooks. */
  ignore?: string[];
  ignoreBase?: string;
  /** Filled with the files named outright (not found in a folder or by a pattern): those are runbooks whatever they hold. */
  named?: Set<string>;
}

const GLOB_CHARS = /[*?[\]{}()!]/;

/** Folders never searched: dependencies and dot-folders (`.git`, `.github`, caches). */
function skipFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

// Files named outright are always linted; folders contribute their `*.md` files and globs their matches.
// Folders are walked directly rather than through the glob library: it is the common case and start-up counts.
export async function listRunbookFiles(paths: string[], options: FileListOptions): Promise<string[]> {
  const found = new Set<string>();
  const isIgnored = await ignoreMatcher(options);
  for (const input of paths) {
    const absolute = resolve(options.cwd, input);
    if (GLOB_CHARS.test(input) && !exists(absolute)) {
      const { glob } = await import('tinyglobby');
      const matches = await glob(input, { cwd: options.cwd, ignore: ['**/node_modules/**', '**/.*/**'], absolute: true, onlyFiles: true, dot: false, expandDirectories: false });
      const kept = matches.map((match) => resolve(match)).filter((file) => !isIgnored(file));
      if (kept.length === 0) throw new UsageError(`No files match the pattern \`${input}\``);
      for (const file of kept) found.add(file);
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = statSync(absolute).isDirectory();
    } catch {
      throw new UsageError(`No such file or folder: ${input}`);
    }
    if (!isDirectory) {
      found.add(absolute);
      options.named?.add(absolute);
    }
    else for (const file of walkMarkdown(absolute)) if (!isIgnored(file)) found.add(file);
  }
  return [...found].sort();
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

// Plain recursion and string concatenation: on a cold start this is several times faster than a generator
// with path.join, and a lint of an unchanged tree is mostly this walk.
function walkMarkdown(dir: string, out: string[] = []): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out; // unreadable folders are skipped, as `find` would after its warning
  }
  for (const entry of entries) {
    const path = dir + sep + entry.name;
    if (entry.isDirectory()) {
      if (!skipFolder(entry.name)) walkMarkdown(path, out);
    } else if (entry.name.endsWith('.md') && (entry.isFile() || entry.isSymbolicLink())) {
      out.push(path);
    }
  }
  return out;
}

async function ignoreMatcher(options: FileListOptions): Promise<(file: string) => boolean> {
  const patterns = options.ignore ?? [];
  if (patterns.length === 0) return () => false;
  const { default: picomatch } = await import('picomatch');
  const base = options.ignoreBase ?? options.cwd;
  const matches = picomatch(patterns, { dot: true });
  return (file) => matches(relative(base, file).split(sep).join('/'));
}
