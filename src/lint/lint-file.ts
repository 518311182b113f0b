import { readFileSync } from 'node:fs';
import { asLooseRunbook } from '../runbook/model.js';
import { parseRunbook } from '../runbook/parse.js';
import type { Span } from '../runbook/position.js';
import { isDisabled, readDirectives } from './directives.js';
import { formatMessage, toLintMessage } from './message.js';
import { sortMessages, type LintMessage } from './result.js';
import type { ConfiguredSeverity, ProjectFact, ReportDescriptor, Rule, RuleContext } from './rule.js';
import { PARSE_ERROR_ID } from './rules/parse-error.js';

export interface FileLintOptions {
  rules: readonly Rule[];
  /** Severity per rule id, after the config is applied; rules missing here use their default. */
  severities: Readonly<Record<string, ConfiguredSeverity>>;
  now: Date;
  maxFileSize?: number;
}

/** The settings a lint run hands to every thread, as plain data that can cross to a worker. */
export interface LintSettings {
  severities: Record<string, ConfiguredSeverity>;
  /** ISO time: review dates are judged against it. */
  now: string;
  maxFileSize?: number;
}

/** Options for `lintFile` from a run's settings. */
export function fileLintOptions(settings: LintSettings, rules: readonly Rule[]): FileLintOptions {
  return { rules, severities: settings.severities, now: new Date(settings.now), ...(settings.maxFileSize === undefined ? {} : { maxFileSize: settings.maxFileSize }) };
}

export interface FileLintOutput {
  messages: LintMessage[];
  fact: ProjectFact;
  /** Other files whose existence the result depends on, so a cache can tell when it went stale. */
  dependencies: string[];
}

// Lints one file in isolation; the only cross-file knowledge leaves through `fact`.
export function lintFile(filePath: string, input: Uint8Array | string, options: FileLintOptions): FileLintOutput {
  const source = parseRunbook(filePath, input, options.maxFileSize === undefined ? {} : { maxFileSize: options.maxFileSize });
  const messages: LintMessage[] = [];
  for (const problem of source.problems) {
    messages.push(toLintMessage(problem.message, problem.span, PARSE_ERROR_ID, 2, true));
  }
  const runbook = asLooseRunbook(source.data);
  const fact: ProjectFact = { filePath };
  if (runbook && typeof runbook.id === 'string') {
    fact.id = runbook.id;
    const span = source.idSpan;
    if (span) fact.idSpan = span;
  }
  const directives = readDirectives(source);
  if (directives.file.length > 0 || Object.keys(directives.lines).length > 0) fact.directives = directives;
  const dependencies: string[] = [];
  // A file that is not text has only its parse error to report.
  for (const rule of source.isText ? options.rules : []) {
    if (!rule.check) continue;
    const severity = options.severities[rule.meta.id] ?? rule.meta.severity;
    if (severity === 'off') continue;
    const context: RuleContext = {
      filePath,
      source,
      runbook,
      now: options.now,
      report(descriptor) {
        const span = placeOf(context, descriptor);
        if (isDisabled(directives, rule.meta.id, span.start.line)) return;
        const text = formatMessage(rule.meta.messages[descriptor.messageId] ?? descriptor.messageId, descriptor.data);
        messages.push(toLintMessage(text, span, rule.meta.id, severity === 'error' ? 2 : 1, false));
      },
      dependsOnFile(path) {
        dependencies.push(path);
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      // A rule bug must not hide the other rules' findings; it is reported like a finding, with a plea to report it.
      messages.push(
        toLintMessage(`Internal error in rule ${rule.meta.id}: ${(error as Error).message} (please report this)`, source.locate.nearest([]), rule.meta.id, 2, false),
      );
    }
  }
  // In order once here, so a cached file's findings need no sorting on every run that reads them.
  return { messages: sortMessages(messages), fact, dependencies };
}

/** The output for a file that could not be read at all (permissions, a vanished file): a located parse error. */
export function unreadableFile(filePath: string, error: unknown): FileLintOutput {
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  const at = { line: 1, column: 1, offset: 0 };
  return { messages: [toLintMessage(`Cannot read the file (${code}); check that it exists and is readable`, { start: at, end: at }, PARSE_ERROR_ID, 2, true)], fact: { filePath }, dependencies: [] };
}

/** Reads and lints one file from disk; read failures become findings, never exceptions. */
export function lintPath(filePath: string, options: FileLintOptions): FileLintOutput {
  let content: Uint8Array;
  try {
    content = readFileSync(filePath);
  } catch (error) {
    return unreadableFile(filePath, error);
  }
  return lintFile(filePath, content, options);
}

function placeOf(context: RuleContext, descriptor: ReportDescriptor): Span {
  if (descriptor.span) return descriptor.span;
  const locate = context.source.locate;
  const path = descriptor.path ?? [];
  if (descriptor.range) {
    const within = locate.within(path, descriptor.range[0], descriptor.range[1]);
    if (within) return within;
  }
  if (descriptor.part === 'key') return locate.key(path) ?? locate.nearest(path, 'key');
  return locate.value(path) ?? locate.nearest(path, 'value');
}
