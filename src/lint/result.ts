/** One diagnostic in ESLint's JSON shape, so existing tooling can read `--format json`. */
export interface LintMessage {
  ruleId: string;
  /** 1 warning, 2 error. */
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** True for parse errors: the file could not be read as a runbook at all. */
  fatal?: boolean;
}

/** Every diagnostic of one file, in ESLint's shape. */
export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
}

// By position, then rule id in code-unit order: stable across machines, unlike locale order, and cheaper.
export function sortMessages(messages: LintMessage[]): LintMessage[] {
  // Findings mostly come in order (from the cache, always): checking is cheaper than sorting, most of all before
  // the comparator is optimised.
  for (let i = 1; i < messages.length; i++) {
    if (compareMessages(messages[i - 1]!, messages[i]!) > 0) return messages.sort(compareMessages);
  }
  return messages;
}

function compareMessages(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

export function toResult(filePath: string, messages: LintMessage[]): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let fatalErrorCount = 0;
  for (const message of messages) {
    if (message.severity === 2) errorCount++;
    else warningCount++;
    if (message.fatal) fatalErrorCount++;
  }
  return { filePath, messages: sortMessages(messages), errorCount, warningCount, fatalErrorCount };
}
