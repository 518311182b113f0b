import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { lint } from '../lint/engine.js';
import { FORMATTER_NAMES, loadFormatter, type FormatterName } from '../lint/formatters/formatter.js';
import type { RuleMeta } from '../lint/rule.js';
import { VERSION } from '../version.js';
import { useColor } from './color.js';
import { EXIT } from './exit.js';
import { writeFileAtomic } from './write-file.js';

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
  if (!(FORMATTER_NAMES as readonly string[]).includes(flags.format)) {
    throw new UsageError(`Unknown format \`${flags.format}\`, expected one of ${FORMATTER_NAMES.map((n) => `\`${n}\``).join(', ')}`);
  }
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
  let results = run.results;
  if (flags.quiet) {
    results = results.map((result) => ({ ...result, messages: result.messages.filter((m) => m.severity === 2), warningCount: 0 }));
  }
  const format = flags.format as FormatterName;
  const formatter = await loadFormatter(format);
  const toFile = flags.outputFile !== undefined;
  const text = formatter(results, {
    color: !toFile && useColor(io.stdout, flags.color),
    cwd: io.cwd,
    rulesMeta: format === 'sarif' ? await allRulesMeta() : {},
    version: VERSION,
  });
  if (toFile) writeFileAtomic(resolve(io.cwd, flags.outputFile!), text);
  else if (text) io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);

  const errors = results.reduce((sum, r) => sum + r.errorCount, 0);
  const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
  if (errors > 0) return EXIT.findings;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`runbook: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}

async function allRulesMeta(): Promise<Record<string, RuleMeta>> {
  const { rules } = await import('../lint/rules/index.js');
  return Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta]));
}

function wholeNumber(flag: string, text: string, minimum = 0): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < minimum) throw new UsageError(`${flag} expects a whole number${minimum ? ` of at least ${minimum}` : ''}, got \`${text}\``);
  return value;
}
