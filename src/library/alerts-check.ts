import type { LintMessage, LintResult } from '../lint/result.js';
import { toResult } from '../lint/result.js';
import type { RuleMeta } from '../lint/rule.js';
import type { Span } from '../runbook/position.js';
import type { AlertRule, RuleFile } from './alert-rules.js';
import type { Catalog, CatalogEntry } from './catalog.js';
import { matchRunbookUrl, type UrlPattern } from './runbook-urls.js';

const DOCS = 'docs/ci-guide.md#alerts-and-runbooks-in-step-runbook-alerts-check';

/** The checks `runbook alerts check` makes, described as lint rules are, for the report formats that list rules. */
export const ALERT_CHECKS: Record<string, RuleMeta> = {
  'alert-without-runbook': {
    id: 'alert-without-runbook',
    type: 'suggestion',
    description: 'Every alerting rule should have a runbook: one that names it under `alerts:`, or that its `runbook_url` points at.',
    severity: 'warn',
    messages: {},
    docsPath: DOCS,
  },
  'runbook-url': {
    id: 'runbook-url',
    type: 'problem',
    description: 'A `runbook_url` annotation must resolve, through the patterns in runbook.config.yaml, to a runbook of the repository.',
    severity: 'error',
    messages: {},
    docsPath: DOCS,
  },
  'unknown-alert': {
    id: 'unknown-alert',
    type: 'suggestion',
    description: 'An alert a runbook names under `alerts:` should exist in the rule files checked.',
    severity: 'warn',
    messages: {},
    docsPath: DOCS,
  },
  'invalid-rule-file': { id: 'invalid-rule-file', type: 'problem', description: 'A rule file must be YAML with a list of rule `groups`.', severity: 'error', messages: {}, docsPath: DOCS },
  'parse-error': { id: 'parse-error', type: 'problem', description: 'The file must be valid YAML.', severity: 'error', messages: {}, docsPath: DOCS },
};

export interface AlertsCheckInput {
  ruleFiles: RuleFile[];
  catalog: Catalog;
  patterns: readonly UrlPattern[];
  /** How the runbooks folder is named in messages. */
  runbooksDirShown: string;
  /** The command line that starts a runbook for an alert, as messages suggest it: the CLI's to word. */
  startRunbookCommand: (alert: string) => string;
}

export interface AlertsCheckReport {
  results: LintResult[];
  counts: { alerts: number; withRunbook: number; withUrl: number; urlsResolved: number; runbooks: number };
}

// Both directions: each alert to its runbook (by `alerts:` or by `runbook_url`), and each runbook's alerts to a rule.
export function checkAlerts(input: AlertsCheckInput): AlertsCheckReport {
  const findings = new Map<string, LintMessage[]>();
  const report = (file: string, span: Span, ruleId: string, message: string, level?: 'error' | 'warn'): void => {
    const severity = (level ?? ALERT_CHECKS[ruleId]?.severity) === 'error' ? 2 : 1;
    const list = findings.get(file) ?? [];
    list.push({ ruleId, severity, message, line: span.start.line, column: span.start.column, endLine: span.end.line, endColumn: span.end.column });
    findings.set(file, list);
  };
  const byAlert = new Map<string, CatalogEntry[]>();
  const byAlertFolded = new Map<string, CatalogEntry[]>();
  for (const entry of input.catalog.entries) {
    for (const alert of entry.alerts) {
      byAlert.set(alert, [...(byAlert.get(alert) ?? []), entry]);
      byAlertFolded.set(alert.toLowerCase(), [...(byAlertFolded.get(alert.toLowerCase()) ?? []), entry]);
    }
  }
  const ids = new Map(input.catalog.entries.map((entry) => [entry.id, entry]));
  const counts = { alerts: 0, withRunbook: 0, withUrl: 0, urlsResolved: 0, runbooks: input.catalog.entries.length };
  const defined = new Map<string, string>();

  for (const ruleFile of input.ruleFiles) {
    for (const problem of ruleFile.problems) findings.set(ruleFile.file, [...(findings.get(ruleFile.file) ?? []), problem]);
    for (const rule of ruleFile.alerts) {
      counts.alerts++;
      defined.set(rule.alert, rule.alert);
      defined.set(rule.alert.toLowerCase(), rule.alert);
      const named = byAlert.get(rule.alert) ?? [];
      let urlRunbook = false;
      if (rule.runbookUrl) {
        counts.withUrl++;
        const outcome = resolveUrl(rule, input, ids, byAlertFolded);
        if (outcome.resolved) counts.urlsResolved++;
        urlRunbook = outcome.resolved;
        if (outcome.message) report(rule.file, rule.runbookUrl.span, outcome.ruleId ?? 'runbook-url', outcome.message, outcome.severity);
      }
      if (named.length > 0 || urlRunbook) counts.withRunbook++;
      // An alert with a `runbook_url` that does not resolve has its finding on the URL already.
      else if (!rule.runbookUrl) {
        report(rule.file, rule.span, 'alert-without-runbook', `Alert \`${rule.alert}\` has no runbook: none in ${input.runbooksDirShown} names it under \`alerts:\`; start one with \`${input.startRunbookCommand(rule.alert)}\``);
      }
    }
  }

  for (const entry of input.catalog.entries) {
    const source = input.catalog.sources.get(entry.path);
    entry.alerts.forEach((alert, i) => {
      if (defined.has(alert)) return;
      const span = source?.locate.value(['alerts', i]) ?? source?.locate.nearest(['alerts', i]);
      if (!span) return;
      const other = defined.get(alert.toLowerCase());
      report(entry.path, span, 'unknown-alert', other ? `Unknown alert \`${alert}\`, expected \`${other}\` as the rule files spell it` : `Alert \`${alert}\` is defined in none of the rule files checked; fix the name or remove it`);
    });
  }

  const files = [...input.ruleFiles.map((f) => f.file), ...input.catalog.entries.map((e) => e.path)];
  const results = [...new Set(files)].map((file) => toResult(file, findings.get(file) ?? []));
  return { results, counts };
}

interface UrlOutcome {
  resolved: boolean;
  severity?: 'error' | 'warn';
  ruleId?: string;
  message?: string;
}

function resolveUrl(rule: AlertRule, input: AlertsCheckInput, ids: Map<string, CatalogEntry>, byAlertFolded: Map<string, CatalogEntry[]>): UrlOutcome {
  const url = rule.runbookUrl!.url;
  if (input.patterns.length === 0) {
    return { resolved: false, severity: 'warn', message: `Cannot check \`runbook_url\` ${url}: runbook.config.yaml has no \`alerts.runbookUrls\` patterns, such as \`https://runbooks.example.com/{id}\`` };
  }
  const target = matchRunbookUrl(url, input.patterns);
  if (!target) {
    return { resolved: false, severity: 'error', message: `Unexpected \`runbook_url\` ${url}, expected a URL of the form ${input.patterns.map((p) => `\`${p.pattern}\``).join(' or ')} (\`alerts.runbookUrls\` in runbook.config.yaml)` };
  }
  if (target.kind === 'id') {
    const entry = ids.get(target.id);
    if (!entry) return { resolved: false, severity: 'error', message: `\`runbook_url\` points at runbook \`${target.id}\`, which is not in ${input.runbooksDirShown}` };
    if (!entry.alerts.includes(rule.alert)) {
      return { resolved: true, ruleId: 'unknown-alert', message: `\`runbook_url\` points at runbook \`${entry.id}\`, whose \`alerts:\` does not name \`${rule.alert}\`; add it there so \`runbook for-alert\` finds it` };
    }
    return { resolved: true };
  }
  const found = byAlertFolded.get(target.alert.toLowerCase()) ?? [];
  if (found.length === 0) {
    const same = target.alert.toLowerCase() === rule.alert.toLowerCase();
    const name = same ? rule.alert : target.alert;
    return {
      resolved: false,
      severity: 'error',
      message: `\`runbook_url\` leads to the runbook for alert \`${name}\`, and no runbook in ${input.runbooksDirShown} names it under \`alerts:\`; add it there, or start one with \`${input.startRunbookCommand(name)}\``,
    };
  }
  if (target.alert.toLowerCase() !== rule.alert.toLowerCase()) {
    return { resolved: true, ruleId: 'runbook-url', message: `\`runbook_url\` names alert \`${target.alert}\`, expected \`${rule.alert}\`, the alert of this rule` };
  }
  return { resolved: true };
}
