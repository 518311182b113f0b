import { existsSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { planNewRunbook } from '../authoring/new-runbook.js';
import { DEFAULT_TEMPLATE, loadTemplate, templateDirs } from '../authoring/templates.js';
import { EXIT } from './exit.js';
import { projectFolders } from './project.js';
import { writeNewFileAtomic } from './write-file.js';

export interface NewCommandFlags {
  template?: string;
  alert?: string[];
  scenario?: boolean;
}

/** `runbook new <id>`: writes the runbook from a template (and its scenario with --scenario), never over a file. */
export async function newCommand(id: string, flags: NewCommandFlags, io: { cwd: string; stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }): Promise<number> {
  const folders = await projectFolders(io.cwd);
  const runbookPath = `${folders.runbooksDir}/${id}.md`;
  const existing = /^[a-z0-9-]+$/.test(id) && existsSync(runbookPath) ? readFileSync(runbookPath, 'utf8') : undefined;
  const template = existing === undefined ? loadTemplate(flags.template ?? DEFAULT_TEMPLATE, templateDirs(folders.dir)) : undefined;
  const plan = planNewRunbook({
    id,
    ...(template ? { template } : {}),
    alerts: flags.alert ?? [],
    today: new Date(),
    runbooksDir: folders.runbooksDir,
    runbooksDirShown: folders.runbooksDirShown,
    scenario: flags.scenario === true,
  }, existing);
  const shown = (path: string): string => relative(io.cwd, path) || path;
  if (plan.runbook) writeNewFileAtomic(plan.runbook.path, plan.runbook.text);
  if (plan.scenario) {
    try {
      writeNewFileAtomic(plan.scenario.path, plan.scenario.text);
    } catch (error) {
      // Both or neither: a runbook written by this run goes again when its scenario cannot be written.
      if (plan.runbook) rmSync(plan.runbook.path, { force: true });
      throw error;
    }
  }
  const lines: string[] = [];
  if (plan.runbook) lines.push(`Wrote ${shown(plan.runbook.path)} from template \`${template!.name}\`.`);
  if (plan.scenario) lines.push(`Wrote ${shown(plan.scenario.path)}, a scenario skeleton for \`runbook test\` and \`runbook drill\`.`);
  lines.push('Next:', `  runbook lint ${shown(runbookPath)}      # lists every TODO left to fill in`);
  if (!plan.scenario) lines.push(`  runbook new ${id} --scenario   # adds a scenario skeleton at ${shown(plan.scenarioPath)}`);
  else lines.push(`  runbook test ${shown(runbookPath)}      # once the scenario holds the objects the steps read`);
  io.stderr.write(`${lines.join('\n')}\n`);
  io.stdout.write(`${shown(plan.runbook?.path ?? plan.scenario!.path)}\n`);
  return EXIT.ok;
}
