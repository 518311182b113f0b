import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { splitFrontMatter } from '../runbook/front-matter.js';
import { scenarioPathFor } from '../sim/scenario.js';
import { scenarioSkeleton } from './scenario-skeleton.js';
import type { Template } from './templates.js';

const RUNBOOK_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Prometheus alert names are metric-name shaped. */
const ALERT_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

export interface NewRunbookOptions {
  id: string;
  /** Needed unless the runbook exists already. */
  template?: Template;
  alerts: readonly string[];
  /** The review date written into `reviewed`. */
  today: Date;
  /** Absolute path of the runbooks folder. */
  runbooksDir: string;
  /** The runbooks folder as messages show it (relative to where the user is). */
  runbooksDirShown?: string;
  scenario: boolean;
}

/** A file `runbook new` writes. */
export interface PlannedFile {
  path: string;
  text: string;
}

/** What `runbook new` writes, and what it left for later. */
export interface NewRunbookPlan {
  runbook?: PlannedFile;
  scenario?: PlannedFile;
  /** Where the scenario would go, when it was not asked for. */
  scenarioPath: string;
}

/** Refuses a bad id or alert name with a message saying what to type instead. */
export function checkNewRunbookNames(id: string, alerts: readonly string[]): void {
  if (!RUNBOOK_ID.test(id) || id.length > 100) {
    const suggestion = id
      .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    throw new UsageError(`Invalid runbook id \`${id}\`: ids are kebab-case (lower-case letters, digits and single dashes)${suggestion && RUNBOOK_ID.test(suggestion) ? `, for example \`${suggestion}\`` : ''}`);
  }
  for (const alert of alerts) {
    if (!ALERT_NAME.test(alert)) throw new UsageError(`Invalid alert name \`${alert}\`: alert names are letters, digits and underscores, not starting with a digit`);
  }
}

// The runbook from its template, and the scenario when asked for. An existing runbook is never replaced:
// with `scenario`, only the scenario is added for it (built from the runbook on disk).
export function planNewRunbook(options: NewRunbookOptions, existingRunbookText?: string): NewRunbookPlan {
  checkNewRunbookNames(options.id, options.alerts);
  const runbookPath = join(options.runbooksDir, `${options.id}.md`);
  const scenarioPath = scenarioPathFor(options.runbooksDir, options.id);
  const shownDir = options.runbooksDirShown ?? options.runbooksDir;
  if (existingRunbookText !== undefined && !options.scenario) {
    throw new InputError({ kind: 'runbook-exists', path: join(shownDir, `${options.id}.md`) });
  }
  if (options.scenario && existsSync(scenarioPath)) throw new UsageError(`${scenarioPathFor(shownDir, options.id)} already exists; edit it instead`);
  if (existingRunbookText === undefined && options.template === undefined) throw new UsageError('No template to start the runbook from');
  const runbookText = existingRunbookText ?? instantiate(options.template!, options.id, options.alerts, options.today);
  return {
    ...(existingRunbookText === undefined ? { runbook: { path: runbookPath, text: runbookText } } : {}),
    ...(options.scenario ? { scenario: { path: scenarioPath, text: scenarioSkeleton(runbookPath, runbookText) } } : {}),
    scenarioPath,
  };
}

// Line edits rather than a YAML round trip, so the template's comments, quoting and folding stay as written.
export function instantiate(template: Template, id: string, alerts: readonly string[], today: Date): string {
  const split = splitFrontMatter(template.text);
  if (split.kind !== 'present') throw new UsageError(`${template.path}:1:1: a template must start with a \`---\` front-matter block`);
  let yaml = split.yaml;
  const set = (key: string, line: string): void => {
    const pattern = new RegExp(`^${key}:.*$`, 'm');
    if (!pattern.test(yaml)) throw new UsageError(`${template.path}: a template needs a top-level \`${key}:\` line`);
    yaml = yaml.replace(pattern, line);
  };
  set('id', `id: ${id}`);
  set('reviewed', `reviewed: "${today.toISOString().slice(0, 10)}"`);
  if (alerts.length > 0) set('alerts', `alerts: [${alerts.join(', ')}]`);
  return template.text.slice(0, split.yamlStart) + yaml + template.text.slice(split.yamlEnd);
}
