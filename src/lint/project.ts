import type { LintMessage } from './result.js';
import type { ConfiguredSeverity, ProjectFact, Rule } from './rule.js';
import { isDisabled } from './directives.js';
import { formatMessage, toLintMessage } from './message.js';

// Runs the rules that need every file at once, after the per-file pass, in the main thread.
export function applyProjectRules(
  facts: ProjectFact[],
  rules: readonly Rule[],
  severities: Readonly<Record<string, ConfiguredSeverity>>,
): Map<string, LintMessage[]> {
  const byFile = new Map<string, LintMessage[]>();
  for (const rule of rules) {
    if (!rule.checkProject) continue;
    const severity = severities[rule.meta.id] ?? rule.meta.severity;
    if (severity === 'off') continue;
    // Built on the first report: most runs have none.
    let factsByFile: Map<string, ProjectFact> | undefined;
    rule.checkProject(facts, (report) => {
      factsByFile ??= new Map(facts.map((fact) => [fact.filePath, fact]));
      if (isDisabled(factsByFile.get(report.filePath)?.directives, rule.meta.id, report.span.start.line)) return;
      const text = formatMessage(rule.meta.messages[report.messageId] ?? report.messageId, report.data);
      const list = byFile.get(report.filePath) ?? [];
      list.push(toLintMessage(text, report.span, rule.meta.id, severity === 'error' ? 2 : 1, false));
      byFile.set(report.filePath, list);
    });
  }
  return byFile;
}
