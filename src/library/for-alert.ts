import { UsageError } from '../errors.js';
import { shellQuote } from '../kube/index.js';
import { isRecord, stepsOf, variablesOf, type LooseRunbook } from '../runbook/model.js';
import { validateValue } from '../runner/variables.js';
import { runbooksForAlert, type Catalog, type CatalogEntry } from './catalog.js';

/** A runbook for an alert, with the `runbook run` command its labels fill in. */
export interface AlertRunbook extends CatalogEntry {
  /** Present when the alert's labels were given. */
  run?: {
    command: string;
    /** Variables filled from labels of the same name. */
    vars: Record<string, string>;
    /** Variables the labels do not give, with no default and no step capturing them: the walk asks for them. */
    asked: string[];
    /** Labels whose value the variable's type refuses, with why; left out of the command. */
    refused: { name: string; value: string; problem: string }[];
  };
}

/** The alert's name from its labels, or a usage error saying what was expected. */
export function alertnameOf(labels: Record<string, string>, source: string): string {
  const name = labels.alertname;
  if (!name) throw new UsageError(`${source}: the alert has no \`alertname\` label; name the alert on the command line`);
  return name;
}

// Every runbook naming the alert; with labels, the command line that starts each one with values filled in.
export function runbooksFor(catalog: Catalog, alertname: string, labels?: Record<string, string>): AlertRunbook[] {
  return runbooksForAlert(catalog, alertname).map((entry) => {
    if (!labels) return entry;
    return { ...entry, run: runCommandFor(entry.id, catalog.runbooks.get(entry.path) ?? {}, labels) };
  });
}

/** `runbook run <id> --var name=value …` for the labels named like the runbook's variables, values shell-quoted. */
export function runCommandFor(id: string, runbook: LooseRunbook, labels: Record<string, string>): NonNullable<AlertRunbook['run']> {
  const vars: Record<string, string> = {};
  const asked: string[] = [];
  const refused: { name: string; value: string; problem: string }[] = [];
  const captured = new Set(stepsOf(runbook).flatMap((entry) => (isRecord(entry.step.capture) ? Object.keys(entry.step.capture) : [])));
  for (const [name, variable] of variablesOf(runbook)) {
    const value = labels[name];
    if (value === undefined) {
      if (variable.default === undefined && !captured.has(name)) asked.push(name);
      continue;
    }
    const problem = validateValue(name, variable, value);
    if (problem) refused.push({ name, value, problem });
    else vars[name] = value;
  }
  const words = ['runbook', 'run', shellQuote(id), ...Object.entries(vars).flatMap(([name, value]) => ['--var', `${name}=${shellQuote(value)}`])];
  return { command: words.join(' '), vars, asked, refused };
}

// `runbook run --alert FILE` without a runbook: exactly one runbook must name the alert.
export function pickRunbookForAlert(catalog: Catalog, alertname: string, runbooksDirShown: string): CatalogEntry {
  const matches = runbooksForAlert(catalog, alertname);
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) throw new UsageError(`No runbook in ${runbooksDirShown} names the alert \`${alertname}\` under \`alerts:\`; name the runbook to run: runbook run <id> --alert FILE`);
  throw new UsageError(`${matches.length} runbooks name the alert \`${alertname}\`: ${matches.map((m) => m.id).join(', ')}; name the one to run: runbook run <id> --alert FILE`);
}
