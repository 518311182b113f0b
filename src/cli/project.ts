import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { loadCatalog, type Catalog } from '../library/catalog.js';

/** The project's settings the authoring and library commands share: where its runbooks live. */
export interface ProjectFolders {
  /** Folder of runbook.config.yaml, or the current folder without one. */
  dir: string;
  /** Absolute path of the runbooks folder. */
  runbooksDir: string;
  /** The runbooks folder as the user would type it, relative to the current folder. */
  runbooksDirShown: string;
  /** Glob patterns of Markdown files that are not runbooks, relative to `dir`. */
  ignore: string[];
}

export async function projectFolders(cwd: string): Promise<ProjectFolders> {
  const { loadConfig } = await import('../config/load.js');
  const config = loadConfig(cwd);
  const runbooksDir = resolve(config.dir, config.config.runbooksDir ?? 'runbooks');
  return { dir: config.dir, runbooksDir, runbooksDirShown: relative(cwd, runbooksDir) || '.', ignore: config.config.ignore ?? [] };
}

/** Every runbook of the project's runbooks folder; files that are not runbooks are noted on stderr. */
export async function projectCatalog(cwd: string, stderr: NodeJS.WriteStream): Promise<{ folders: ProjectFolders; catalog: Catalog }> {
  const folders = await projectFolders(cwd);
  if (!existsSync(folders.runbooksDir)) throw new UsageError(`No runbooks folder at ${folders.runbooksDirShown}; set \`runbooksDir\` in runbook.config.yaml, or start one with \`runbook new <id>\``);
  const catalog = await loadCatalog(folders.runbooksDir, { now: new Date(), ignore: folders.ignore, ignoreBase: folders.dir });
  for (const problem of catalog.problems) stderr.write(`runbook: skipped ${relative(cwd, problem.path) || problem.path}: ${problem.message}\n`);
  return { folders, catalog };
}
