import type { Span } from '../runbook/position.js';
import type { LintMessage } from './result.js';

/** Fills `{name}` slots of a message template. */
export function formatMessage(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in data ? String(data[name]) : slot));
}

// ESLint's shape rather than a vfile message: it crosses threads and the cache as plain data, existing tooling
// reads it, and it costs no stack capture per finding (vfile messages are Errors).
export function toLintMessage(reason: string, span: Span, ruleId: string, severity: 1 | 2, fatal: boolean): LintMessage {
  const lint: LintMessage = {
    ruleId,
    severity,
    message: reason,
    line: span.start.line,
    column: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
  };
  if (fatal) lint.fatal = true;
  return lint;
}
