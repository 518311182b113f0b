import { isMap, isScalar, isSeq, parseAllDocuments, type Node, type YAMLMap } from 'yaml';
import type { LintMessage } from '../lint/result.js';
import { createLineIndex, type LineIndex, type Span } from '../runbook/position.js';

/** One alerting rule found in a rule file, with where its name and `runbook_url` are written. */
export interface AlertRule {
  alert: string;
  /** The rule group's `name`. */
  group: string;
  file: string;
  span: Span;
  runbookUrl?: { url: string; span: Span };
}

export interface RuleFile {
  file: string;
  /** A PrometheusRule manifest, a plain Prometheus rule file, or neither. */
  kind: 'PrometheusRule' | 'rules' | 'none';
  alerts: AlertRule[];
  /** Syntax errors and shapes that are not rules, located. */
  problems: LintMessage[];
}

// Reads every YAML document of the file: a PrometheusRule (`spec.groups[].rules[]`, also several in one file
// separated by `---`) or a plain Prometheus rule file (`groups[].rules[]`). Recording rules (`record:`) are skipped.
export function readRuleFile(file: string, text: string): RuleFile {
  const index = createLineIndex(text);
  const result: RuleFile = { file, kind: 'none', alerts: [], problems: [] };
  // An empty file is an empty stream: no documents, nothing to read.
  for (const doc of parseAllDocuments(text, { prettyErrors: false })) {
    const error = doc.errors[0];
    if (error) {
      result.problems.push(problem(index, error.pos[0], error.pos[1], 'parse-error', 2, `Invalid YAML: ${error.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '')}`));
      continue;
    }
    const root = doc.contents;
    if (!isMap(root)) continue;
    let groups: Node | null | undefined;
    if (scalarText(root.get('kind', true)) === 'PrometheusRule') {
      result.kind = 'PrometheusRule';
      const spec = root.get('spec', true);
      groups = isMap(spec) ? (spec.get('groups', true) as Node | undefined) : undefined;
    } else if (root.has('groups')) {
      result.kind = result.kind === 'none' ? 'rules' : result.kind;
      groups = root.get('groups', true) as Node | undefined;
    } else {
      continue;
    }
    if (!isSeq(groups)) {
      const at = (groups as Node | undefined)?.range ?? root.range;
      result.problems.push(problem(index, at?.[0] ?? 0, at?.[1] ?? 0, 'invalid-rule-file', 2, 'Expected `groups` to be a list of rule groups'));
      continue;
    }
    for (const group of groups.items) {
      if (!isMap(group)) continue;
      const groupName = scalarText(group.get('name', true)) ?? '';
      const rules = group.get('rules', true);
      if (!isSeq(rules)) continue;
      for (const rule of rules.items) if (isMap(rule)) readRule(rule, groupName, file, index, result);
    }
  }
  return result;
}

function readRule(rule: YAMLMap, group: string, file: string, index: LineIndex, out: RuleFile): void {
  const alertNode = rule.get('alert', true);
  const alert = scalarText(alertNode);
  if (alert === undefined || !isScalar(alertNode) || !alertNode.range) return;
  const entry: AlertRule = { alert, group, file, span: index.toSpan(alertNode.range[0], alertNode.range[1]) };
  const annotations = rule.get('annotations', true);
  if (isMap(annotations)) {
    const urlNode = annotations.get('runbook_url', true);
    const url = scalarText(urlNode);
    if (url !== undefined && isScalar(urlNode) && urlNode.range) entry.runbookUrl = { url: url.trim(), span: index.toSpan(urlNode.range[0], urlNode.range[1]) };
  }
  out.alerts.push(entry);
}

function scalarText(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

function problem(index: LineIndex, start: number, end: number, ruleId: string, severity: 1 | 2, message: string): LintMessage {
  const span = index.toSpan(start, end);
  return { ruleId, severity, message, line: span.start.line, column: span.start.column, endLine: span.end.line, endColumn: span.end.column };
}
