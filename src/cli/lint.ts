import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { lint } from '../lint/engine.js';
import type { RuleMeta } from '../lint/rule.js';
import { VERSION } from '../version.js';
import { checkFormat, findingsExitCode, wholeNumber, writeReport } from './lint-report.js';

export interface LintCommandOptions {
  format: string;
  maxWarnings?: string;
  cache?: boolean;
  cacheLocation?: string;
  config?: string;
  outputFile?: string;
  quiet?: boolean;
  threads?: string;
  color?: boolean;
}

/** `runbook lint`: parses flags, runs the linter, prints the report, returns the exit code. */
export async function lintCommand(paths: string[], flags: LintCommandOptions, io: { cwd: string; stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }): Promise<number> {
  checkFormat(flags.format);
  const maxWarnings = flags.maxWarnings === undefined ? undefined : wholeNumber('--max-warnings', flags.maxWarnings);
  const threads = flags.threads === undefined ? undefined : wholeNumber('--threads', flags.threads);
  const targets = paths.length > 0 ? paths : [existsSync(resolve(io.cwd, 'runbooks')) ? 'runbooks' : '.'];
  const run = await lint({
    paths: targets,
    cwd: io.cwd,
    version: VERSION,
    ...(flags.config ? { config: flags.config } : {}),
    ...(flags.cache ? { cache: true } : {}),
    ...(flags.cacheLocation ? { cacheLocation: flags.cacheLocation } : {}),
    ...(threads === undefined ? {} : { threads }),
  });
  // Exit 0 over nothing would pass a CI job pointed at the wrong folder.
  if (run.results.length === 0) {
    const skipped = run.skipped.length > 0 ? ` (${run.skipped.length} Markdown file${run.skipped.length === 1 ? '' : 's'} without front-matter skipped)` : '';
    throw new UsageError(`No runbooks found in ${targets.join(', ')}${skipped}: a runbook is a Markdown file that starts with YAML front-matter between \`---\` lines`);
  }
  const reported = await writeReport(run.results, flags, (format) => (format === 'sarif' ? allRulesMeta() : {}), io);
  return findingsExitCode(reported, maxWarnings, io.stderr);
}

async function allRulesMeta(): Promise<Record<string, RuleMeta>> {
  const { rules } = await import('../lint/rules/index.js');
  return Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta]));
}
