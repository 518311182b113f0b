import type { LintResult } from '../result.js';
import type { RuleMeta } from '../rule.js';

/** What every formatter gets besides the results. */
export interface FormatterContext {
  /** Colour escapes are allowed (a TTY without NO_COLOR). */
  color: boolean;
  /** File paths in results are absolute; formatters show them relative to this. */
  cwd: string;
  /** Metadata of every known rule, by id, for formats that describe rules (SARIF). */
  rulesMeta: Readonly<Record<string, RuleMeta>>;
  /** The tool's version, for formats that name their producer. */
  version: string;
}

/** A pure function from results to text; the CLI writes the text to stdout. */
export type Formatter = (results: LintResult[], context: FormatterContext) => string;

export const FORMATTER_NAMES = ['stylish', 'json', 'sarif', 'junit', 'github'] as const;
export type FormatterName = (typeof FORMATTER_NAMES)[number];

// Loaded on demand so `runbook lint` pays only for the format it prints.
export async function loadFormatter(name: FormatterName): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).default;
    case 'json':
      return (await import('./json.js')).default;
    case 'sarif':
      return (await import('./sarif.js')).default;
    case 'junit':
      return (await import('./junit.js')).default;
    case 'github':
      return (await import('./github.js')).default;
  }
}
