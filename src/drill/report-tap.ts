import { relative, sep } from 'node:path';
import { stringify } from 'yaml';
import type { ScenarioTestResult } from './scenario-test.js';

// TAP version 14: a line per runbook, failed checks as a YAML block under it, skipped runbooks marked SKIP with
// where their scenario would be, and a closing count.
export function formatTap(results: readonly ScenarioTestResult[], cwd: string): string {
  const lines = ['TAP version 14', `1..${results.length}`];
  results.forEach((result, i) => {
    const file = shown(result.runbookPath, cwd);
    if (result.status === 'skipped') {
      lines.push(`ok ${i + 1} - ${result.runbookId} # SKIP no scenario at ${shown(result.scenarioPath, cwd)}`);
      return;
    }
    const passed = result.checks.filter((c) => c.ok).length;
    const about = `(${file}, ${passed}/${result.checks.length} checks, ${(result.durationMs / 1000).toFixed(1)}s)`;
    lines.push(`${result.status === 'passed' ? 'ok' : 'not ok'} ${i + 1} - ${result.runbookId} ${about}`);
    const failed = result.checks.filter((c) => !c.ok);
    if (failed.length === 0) return;
    const block = stringify({ scenario: shown(result.scenarioPath, cwd), failed: failed.map((c) => ({ check: c.name, ...(c.detail ? { detail: withRelativePaths(c.detail, cwd) } : {}) })) }, { lineWidth: 0 });
    lines.push('  ---', ...block.trimEnd().split('\n').map((line) => `  ${line}`), '  ...');
  });
  const count = (status: ScenarioTestResult['status']): number => results.filter((r) => r.status === status).length;
  lines.push(`# ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped (no scenario)`);
  return `${lines.join('\n')}\n`;
}

export function shown(path: string, cwd: string): string {
  return (relative(cwd, path) || path).split(sep).join('/');
}

/** Messages name files by absolute path (`/repo/runbooks/x.yaml:3:5`); a report reads better relative to where it ran. */
export function withRelativePaths(text: string, cwd: string): string {
  return text.split(`${cwd}${sep}`).join('');
}
