import { lintSources } from '../lint/lint-sources.js';
import type { LintMessage } from '../lint/result.js';
import { rules } from '../lint/rules/index.js';

/**
 * Findings that make a runbook unsafe or impossible to walk: it cannot be read, a command could run
 * something unintended, a value has nowhere to go, a step or branch cannot be told apart. Everything else
 * (a broken link, an overdue review) is shown as a warning and the walk goes on.
 */
const BLOCKING = new Set([
  'parse-error',
  'schema',
  'unique-step-ids',
  'no-undeclared-variable',
  'no-angle-placeholder',
  'no-quoted-placeholder',
  'valid-capture',
  'read-only-commands',
  'no-literal-secrets',
  'no-unprotected-secret-read',
  'valid-evidence',
]);

export interface RunbookCheck {
  blocking: LintMessage[];
  warnings: LintMessage[];
}

// The same rules as `runbook lint`, so a runbook that passes CI walks, and one that does not says why.
export function checkRunbook(path: string, text: string, now = new Date()): RunbookCheck {
  const [result] = lintSources([{ filePath: path, content: text }], { rules, severities: {}, now });
  const messages = result?.messages ?? [];
  return {
    blocking: messages.filter((m) => m.severity === 2 && BLOCKING.has(m.ruleId)),
    warnings: messages.filter((m) => !(m.severity === 2 && BLOCKING.has(m.ruleId))),
  };
}
