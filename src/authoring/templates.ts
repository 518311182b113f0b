import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UsageError } from '../errors.js';
import { packageRoot } from '../package-root.js';

export const DEFAULT_TEMPLATE = 'generic';

/** A template `runbook new` can start from: a runbook whose `TODO` markers the author fills in. */
export interface Template {
  name: string;
  path: string;
  text: string;
}

/** The folders templates are looked up in: the project's own `templates/` first, then the ones shipped with the tool. */
export function templateDirs(projectDir: string | undefined): string[] {
  const root = packageRoot();
  const dirs = [projectDir === undefined ? undefined : join(projectDir, 'templates'), root === undefined ? undefined : join(root, 'templates')];
  return [...new Set(dirs.filter((dir): dir is string => dir !== undefined && existsSync(dir)))];
}

/** Every template name, the project's first; a name found twice is the project's. */
export function listTemplates(dirs: readonly string[]): string[] {
  const names = new Set<string>();
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.md')).sort()) names.add(basename(name, '.md'));
  }
  return [...names];
}

export function loadTemplate(name: string, dirs: readonly string[]): Template {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) throw new UsageError(`Unknown template \`${name}\`; template names are kebab-case, expected one of ${known(dirs)}`);
  for (const dir of dirs) {
    const path = join(dir, `${name}.md`);
    if (existsSync(path)) return { name, path, text: readFileSync(path, 'utf8') };
  }
  throw new UsageError(`Unknown template \`${name}\`, expected one of ${known(dirs)}`);
}

function known(dirs: readonly string[]): string {
  const names = listTemplates(dirs);
  return names.length ? names.map((n) => `\`${n}\``).join(', ') : '(none: no templates folder was found)';
}
