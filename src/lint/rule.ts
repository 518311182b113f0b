import type { Path } from '../runbook/locator.js';
import type { LooseRunbook } from '../runbook/model.js';
import type { ParsedRunbook } from '../runbook/parse.js';
import type { Span } from '../runbook/position.js';
import type { Directives } from './directives.js';

export type RuleSeverity = 'error' | 'warn';
export type ConfiguredSeverity = RuleSeverity | 'off';

/** What a rule is, beside what it checks: the engine, docs and formatters read only this. */
export interface RuleMeta {
  id: string;
  type: 'problem' | 'suggestion';
  description: string;
  severity: RuleSeverity;
  /** messageId to template; `{name}` is replaced from the report's data. */
  messages: Record<string, string>;
  /** Project rules see facts from every linted file at once (e.g. duplicate ids). */
  scope?: 'file' | 'project';
  /** Where the check is documented, when not at docs/rules/<id>.md (checks of other commands that share the formats). */
  docsPath?: string;
}

/** Where a report points: a front-matter path (its key or value, or characters of a string value), or a span. */
export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  path?: Path;
  part?: 'key' | 'value';
  /** Characters of the string at `path`. */
  range?: [number, number];
  span?: Span;
}

export interface RuleContext {
  filePath: string;
  source: ParsedRunbook;
  /** The front-matter, when it is a mapping; parts may have the wrong shape. */
  runbook: LooseRunbook | undefined;
  now: Date;
  report(descriptor: ReportDescriptor): void;
  /** Declares that the result depends on whether this other file exists, so a cached result can go stale. */
  dependsOnFile(path: string): void;
}

/** What one file contributes to project rules, computed in whichever thread linted it. */
export interface ProjectFact {
  filePath: string;
  id?: string;
  idSpan?: Span;
  /** The file's disable comments, so project findings honour them too. */
  directives?: Directives;
}

export interface ProjectReport extends Omit<ReportDescriptor, 'path' | 'part' | 'range'> {
  filePath: string;
  span: Span;
}

export interface Rule {
  meta: RuleMeta;
  check?(context: RuleContext): void;
  checkProject?(facts: ProjectFact[], report: (descriptor: ProjectReport) => void): void;
}

// Keeps rule modules free of boilerplate while typing their messageIds.
export function defineRule(rule: Rule): Rule {
  return rule;
}
