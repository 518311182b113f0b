import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { FORMATTER_NAMES, loadFormatter, type FormatterName } from '../lint/formatters/formatter.js';
import type { LintResult } from '../lint/result.js';
import type { RuleMeta } from '../lint/rule.js';
import { VERSION } from '../version.js';
import { useColor } from './color.js';
import { EXIT } from './exit.js';
import { writeFileAtomic } from './write-file.js';

/** The report flags `lint` and `alerts check` share. */
export interface ReportFlags {
  format: string;
  outputFile?: string;
  quiet?: boolean;
  color?: boolean;
}

interface ReportIO {
  cwd: string;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

/** `--format`, checked before any work is done. */
export function checkFormat(format: string): FormatterName {
  if (!(FORMATTER_NAMES as readonly string[]).includes(format)) {
    throw new UsageError(`Unknown format \`${format}\`, expected one of ${FORMATTER_NAMES.map((n) => `\`${n}\``).join(', ')}`);
  }
  return format as FormatterName;
}

/** A flag's whole-number value, or a usage error naming the flag. */
export function wholeNumber(flag: string, text: string, minimum = 0): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < minimum) throw new UsageError(`${flag} expects a whole number${minimum ? ` of at least ${minimum}` : ''}, got \`${text}\``);
  return value;
}

// Prints the findings in the chosen format (to `--output-file` atomically, or stdout); returns what was reported,
// errors only with --quiet.
export async function writeReport(results: LintResult[], flags: ReportFlags, rulesMeta: (format: FormatterName) => Record<string, RuleMeta> | Promise<Record<string, RuleMeta>>, io: ReportIO): Promise<LintResult[]> {
  const reported = flags.quiet ? results.map((result) => ({ ...result, messages: result.messages.filter((m) => m.severity === 2), warningCount: 0 })) : results;
  const format = checkFormat(flags.format);
  const formatter = await loadFormatter(format);
  const toFile = flags.outputFile !== undefined;
  const text = formatter(reported, { color: !toFile && useColor(io.stdout, flags.color), cwd: io.cwd, rulesMeta: await rulesMeta(format), version: VERSION });
  if (toFile) writeFileAtomic(resolve(io.cwd, flags.outputFile!), text);
  else if (text) io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  return reported;
}

/** Exit 1 for errors, or for warnings past `--max-warnings`; 0 otherwise. */
export function findingsExitCode(results: readonly LintResult[], maxWarnings: number | undefined, stderr: NodeJS.WriteStream): number {
  const errors = results.reduce((sum, r) => sum + r.errorCount, 0);
  const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
  if (errors > 0) return EXIT.findings;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    stderr.write(`runbook: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}
