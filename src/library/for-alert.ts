import { InputError, UsageError } from '../errors.js';
import { isRecord, stepsOf, variablesOf, type LooseRunbook } from '../runbook/model.js';
import { validateValue } from '../runner/variables.js';
import { runbooksForAlert, type Catalog, type CatalogEntry } from './catalog.js';

/** A runbook for an alert, with the values its labels give a walk of it (the CLI prints the command that starts it). */
export interface AlertRunbook extends CatalogEntry {
  /** Present when the alert's labels were given. */
  run?: AlertValues;
}

/** What an alert's labels give a walk of one runbook. */
export interface AlertValues {
  /** Variables filled from labels of the same name. */
  vars: Record<string, string>;
  /** Variables the labels do not give, with no default and no step capturing them: the walk asks for them. */
  asked: string[];
  /** Labels whose value the variable's type refuses, with why; left out of the walk. */
  refused: { name: string; value: string; problem: string }[];
}

/** The alert's name from its labels, or a usage error saying what was expected. */
export function alertnameOf(labels: Record<string, string>, source: string): string {
  const name = labels.alertname;
  if (!name) throw new UsageError(`${source}: the alert has no \`alertname\` label; name the alert on the command line`);
  return name;
}

// Every runbook naming the alert; with labels, the values each one's walk would start with.
export function runbooksFor(catalog: Catalog, alertname: string, labels?: Record<string, string>): AlertRunbook[] {
  return runbooksForAlert(catalog, alertname).map((entry) => {
    if (!labels) return entry;
    return { ...entry, run: alertValuesFor(catalog.runbooks.get(entry.path) ?? {}, labels) };
  });
}

/** The labels named like the runbook's variables, as values for them, checked against each variable's type. */
export function alertValuesFor(runbook: LooseRunbook, labels: Record<string, string>): AlertValues {
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
  return { vars, asked, refused };
}

// `runbook run --alert FILE` without a runbook: exactly one runbook must name the alert.
export function pickRunbookForAlert(catalog: Catalog, alertname: string, runbooksDirShown: string): CatalogEntry {
  const matches = runbooksForAlert(catalog, alertname);
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) throw new InputError({ kind: 'no-runbook-for-alert', alertname, runbooksDirShown });
  throw new InputError({ kind: 'several-runbooks-for-alert', alertname, ids: matches.map((m) => m.id) });
}
