import { relative, resolve } from 'node:path';

/** The project's settings the authoring and library commands share: where its runbooks live. */
export interface ProjectFolders {
  /** Folder of runbook.config.yaml, or the current folder without one. */
  dir: string;
  /** Absolute path of the runbooks folder. */
  runbooksDir: string;
  /** The runbooks folder as the user would type it, relative to the current folder. */
  runbooksDirShown: string;
}

export async function projectFolders(cwd: string): Promise<ProjectFolders> {
  const { loadConfig } = await import('../config/load.js');
  const config = loadConfig(cwd);
  const runbooksDir = resolve(config.dir, config.config.runbooksDir ?? 'runbooks');
  return { dir: config.dir, runbooksDir, runbooksDirShown: relative(cwd, runbooksDir) || '.' };
}
