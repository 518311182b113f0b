import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ConfigError, UsageError } from '../errors.js';
import { readRuleFile, type RuleFile } from '../library/alert-rules.js';
import { ALERT_CHECKS, checkAlerts } from '../library/alerts-check.js';
import { compileUrlPattern, type UrlPattern } from '../library/runbook-urls.js';
import { inputFiles } from './input-files.js';
import { checkFormat, findingsExitCode, wholeNumber, writeReport } from './lint-report.js';
import { projectCatalog } from './project.js';

export interface AlertsCheckFlags {
  format: string;
  outputFile?: string;
  maxWarnings?: string;
  quiet?: boolean;
  color?: boolean;
}

// `runbook alerts check <rules...>`: alerts without a runbook, runbooks naming unknown alerts, and `runbook_url`s that
// lead nowhere, in the lint report formats; exit 0 clean, 1 findings (errors, or warnings past --max-warnings), 2 usage.
export async function alertsCheckCommand(paths: string[], flags: AlertsCheckFlags, io: { cwd: string; stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }): Promise<number> {
  checkFormat(flags.format);
  const maxWarnings = flags.maxWarnings === undefined ? undefined : wholeNumber('--max-warnings', flags.maxWarnings);
  const { folders, catalog } = await projectCatalog(io.cwd, io.stderr);
  const { loadConfig } = await import('../config/load.js');
  const config = loadConfig(io.cwd);
  const patterns = (config.config.alerts?.runbookUrls ?? []).map((pattern, i): UrlPattern => {
    const compiled = compileUrlPattern(pattern);
    if (typeof compiled === 'string') throw new ConfigError(`${config.path ?? 'runbook.config.yaml'}: \`alerts.runbookUrls[${i}]\` ${compiled}`);
    return compiled;
  });
  const ruleFiles = ruleFilesOf(paths, io.cwd);
  const check = checkAlerts({ ruleFiles, catalog, patterns, runbooksDirShown: folders.runbooksDirShown, startRunbookCommand });
  const reported = await writeReport(check.results, flags, () => ALERT_CHECKS, io);
  const c = check.counts;
  io.stderr.write(`${c.alerts} alerts in ${ruleFiles.length} rule files: ${c.withRunbook} with a runbook; ${c.withUrl} with a runbook_url, ${c.urlsResolved} of them resolved; ${c.runbooks} runbooks in ${folders.runbooksDirShown}\n`);
  return findingsExitCode(reported, maxWarnings, io.stderr);
}

/** `runbook new <id> --alert NAME`: how a finding tells the user to start the runbook an alert lacks. */
export function startRunbookCommand(alert: string): string {
  return `runbook new <id> --alert ${alert}`;
}

// Files named outright are read whatever they hold; folders contribute their YAML files that hold rules.
function ruleFilesOf(paths: string[], cwd: string): RuleFile[] {
  const out: RuleFile[] = [];
  for (const { path, named } of inputFiles(paths, cwd, /\.ya?ml$/)) {
    const file = readRuleFile(path, read(path, named ? relative(cwd, path) || path : path));
    if (named && file.kind === 'none' && file.problems.length === 0) {
      file.problems.push({ ruleId: 'invalid-rule-file', severity: 2, message: 'Expected a PrometheusRule manifest or a Prometheus rule file (`groups:`), found neither', line: 1, column: 1, endLine: 1, endColumn: 1 });
    }
    if (named || file.kind !== 'none' || file.problems.length > 0) out.push(file);
  }
  if (out.length === 0) throw new UsageError(`No rule files found in ${paths.join(', ')}: expected YAML files with PrometheusRule manifests or \`groups:\``);
  return out;
}

function read(path: string, shown: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
