import { relative } from 'node:path';
import { UsageError } from '../errors.js';
import { shellQuote } from '../kube/index.js';
import { alertnameOf, runbooksFor } from '../library/for-alert.js';
import { labelsFromAlert } from '../runner/variables.js';
import { EXIT } from './exit.js';
import { projectCatalog } from './project.js';
import { readJsonFile } from './read-json.js';

export interface ForAlertFlags {
  alert?: string;
  json?: boolean;
}

/** `runbook run <id> --var name=value …`: the command that starts a walk with these values, each one shell-quoted. */
export function runCommandLine(id: string, vars: Record<string, string>): string {
  return ['runbook', 'run', shellQuote(id), ...Object.entries(vars).flatMap(([name, value]) => ['--var', `${name}=${shellQuote(value)}`])].join(' ');
}

// `runbook for-alert <alertname>`: the runbooks naming the alert; with `--alert FILE`, the `runbook run`
// command for each, its variables filled from the alert's labels. Exit 1 when no runbook names the alert.
export async function forAlertCommand(alertname: string | undefined, flags: ForAlertFlags, io: { cwd: string; stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }): Promise<number> {
  const labels = flags.alert === undefined ? undefined : labelsFromAlert(readJsonFile(flags.alert, io.cwd), flags.alert);
  const name = alertname ?? (labels ? alertnameOf(labels, flags.alert!) : undefined);
  if (name === undefined) throw new UsageError('Name the alert (runbook for-alert KubePodCrashLooping) or give its payload with --alert FILE');
  if (labels?.alertname !== undefined && labels.alertname !== name) {
    io.stderr.write(`runbook: note: the payload's alert is \`${labels.alertname}\`; looking up \`${name}\` as asked, with the payload's labels\n`);
  }
  const { folders, catalog } = await projectCatalog(io.cwd, io.stderr);
  const found = runbooksFor(catalog, name, labels).map(({ run, ...entry }) => ({
    ...entry,
    path: relative(io.cwd, entry.path) || entry.path,
    ...(run ? { run: { command: runCommandLine(entry.id, run.vars), ...run } } : {}),
  }));
  if (flags.json) io.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
  if (found.length === 0) {
    io.stderr.write(`No runbook in ${folders.runbooksDirShown} names the alert \`${name}\` under \`alerts:\`\n`);
    return EXIT.findings;
  }
  if (flags.json) return EXIT.ok;
  for (const entry of found) {
    if (!entry.run) {
      io.stdout.write(`${entry.id}\t${entry.title}\t${entry.path}\n`);
      continue;
    }
    io.stdout.write(`${entry.run.command}\n`);
    for (const refused of entry.run.refused) io.stderr.write(`${entry.id}: label ${refused.name}=${JSON.stringify(refused.value)} left out: ${refused.problem}\n`);
    if (entry.run.asked.length) io.stderr.write(`${entry.id}: the walk will ask for ${entry.run.asked.join(', ')}\n`);
  }
  return EXIT.ok;
}
