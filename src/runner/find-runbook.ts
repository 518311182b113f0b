import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { closest } from '../lint/suggest.js';

/** A runbook named on the command line, read from disk. */
export interface FoundRunbook {
  path: string;
  text: string;
  /** Found among the runbooks shipped with the tool, not in the project's folder. */
  shipped?: boolean;
}

// `runbook run pod-oom-restart-loop` looks in the runbooks folder; anything with a slash or `.md` is a path.
// With `shippedDir`, an id the project does not have is looked up among the runbooks shipped with the tool.
export function findRunbook(idOrPath: string, options: { cwd: string; runbooksDir: string; shippedDir?: string }): FoundRunbook {
  const isPath = idOrPath.includes('/') || idOrPath.endsWith('.md');
  const path = isPath ? resolve(options.cwd, idOrPath) : resolve(options.cwd, options.runbooksDir, `${idOrPath}.md`);
  if (!existsSync(path)) {
    if (isPath) throw new UsageError(`No such runbook file: ${idOrPath}`);
    const shipped = options.shippedDir === undefined ? undefined : resolve(options.shippedDir, `${idOrPath}.md`);
    if (shipped !== undefined && existsSync(shipped)) return { ...read(shipped, idOrPath), shipped: true };
    const known = listIds(resolve(options.cwd, options.runbooksDir));
    const guess = closest(idOrPath, known);
    const hint = guess ? `; did you mean \`${guess}\`?` : known.length ? `; known runbooks: ${known.slice(0, 10).join(', ')}${known.length > 10 ? ', …' : ''}` : `; ${options.runbooksDir} has no runbooks`;
    throw new UsageError(`No runbook \`${idOrPath}\` in ${options.runbooksDir}${hint}`);
  }
  return read(path, idOrPath);
}

function read(path: string, idOrPath: string): FoundRunbook {
  try {
    return { path, text: readFileSync(path, 'utf8') };
  } catch (error) {
    throw new UsageError(`Cannot read ${idOrPath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function listIds(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => basename(name, '.md'))
      .sort();
  } catch {
    return [];
  }
}
