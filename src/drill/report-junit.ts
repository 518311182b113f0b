import { attributes, text } from '../lint/formatters/xml.js';
import type { ScenarioTestResult } from './scenario-test.js';
import { shown, withRelativePaths } from './report-tap.js';

// JUnit XML as CI servers read it: one suite, a case per runbook; its failed checks make one <failure>, a runbook
// without a scenario is <skipped> with where the scenario would be.
export function formatJunit(results: readonly ScenarioTestResult[], cwd: string): string {
  const failures = results.filter((r) => r.status === 'failed').length;
  const skipped = results.filter((r) => r.status === 'skipped').length;
  const seconds = (ms: number): string => (ms / 1000).toFixed(3);
  const cases = results.map((result) => {
    const open = `    <testcase${attributes({ name: result.runbookId, classname: shown(result.runbookPath, cwd), time: seconds(result.durationMs) })}`;
    if (result.status === 'skipped') return `${open}>\n      <skipped${attributes({ message: `no scenario at ${shown(result.scenarioPath, cwd)}` })}/>\n    </testcase>\n`;
    const failed = result.checks.filter((c) => !c.ok);
    if (failed.length === 0) return `${open}/>\n`;
    const detail = withRelativePaths(failed.map((c) => `${c.name}${c.detail ? `\n${c.detail}` : ''}`).join('\n\n'), cwd);
    const message = `${failed.length} of ${result.checks.length} checks failed: ${failed.map((c) => c.name).join('; ')}`;
    return `${open}>\n      <failure${attributes({ message, type: 'scenario' })}>${text(detail)}</failure>\n    </testcase>\n`;
  });
  const total = results.reduce((sum, r) => sum + r.durationMs, 0);
  const suite = `  <testsuite${attributes({ name: 'runbook-test', tests: results.length, failures, errors: 0, skipped, time: seconds(total) })}>\n${cases.join('')}  </testsuite>\n`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${attributes({ name: 'runbook-test', tests: results.length, failures, errors: 0, skipped })}>\n${suite}</testsuites>\n`;
}
