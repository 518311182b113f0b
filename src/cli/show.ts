import { relative } from 'node:path';
import { asLooseRunbook } from '../runbook/model.js';
import { parseRunbook } from '../runbook/parse.js';
import { isReviewOverdue } from '../runbook/review.js';
import { renderRunbook } from '../library/render.js';
import { findRunbook } from '../runner/find-runbook.js';
import { ConfigError } from '../errors.js';
import { useColor } from './color.js';
import { EXIT } from './exit.js';
import { projectFolders } from './project.js';

/** `runbook show <id|path>`: the runbook rendered for reading in a terminal; `--json` prints its front-matter. */
export async function showCommand(idOrPath: string, flags: { json?: boolean }, io: { cwd: string; stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }): Promise<number> {
  const folders = await projectFolders(io.cwd);
  const found = findRunbook(idOrPath, { cwd: io.cwd, runbooksDir: folders.runbooksDirShown });
  const shown = relative(io.cwd, found.path) || found.path;
  const parsed = parseRunbook(found.path, found.text);
  const runbook = asLooseRunbook(parsed.data);
  if (!runbook) {
    const problem = parsed.problems[0];
    const where = problem ? `${problem.span.start.line}:${problem.span.start.column}` : '1:1';
    throw new ConfigError(`${shown}:${where}: ${problem?.message ?? 'no front-matter mapping to show'}; run \`runbook lint ${shown}\``);
  }
  if (flags.json) {
    io.stdout.write(`${JSON.stringify({ path: shown, ...runbook }, null, 2)}\n`);
    return EXIT.ok;
  }
  io.stdout.write(renderRunbook(runbook, { color: useColor(io.stdout), path: shown, overdue: isReviewOverdue(runbook.reviewed, runbook.review_every, new Date()) }));
  return EXIT.ok;
}
