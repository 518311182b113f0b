// `npm test`: runs vitest (its global setup builds dist/ for the end-to-end tests) and ends with the plain total
// `N passed, N failed` taken from vitest's JSON report, so CI and people read the same line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'runbook-test-'));
const report = join(dir, 'vitest.json');
const vitest = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
let summary = '0 passed, 1 failed';
let skipped = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  // A test file that fails to load has no failed tests of its own but must still count.
  const brokenFiles = json.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  const failed = json.numFailedTests + brokenFiles;
  summary = `${json.numPassedTests} passed, ${failed} failed`;
  skipped = json.numPendingTests + json.numTodoTests;
} catch {
  // No report means vitest itself failed before running anything: count that as a failure.
}
rmSync(dir, { recursive: true, force: true });
// Skipped tests (those that need the corpus beside the project, say) are told on their own line: the last line stays the total.
if (skipped > 0) console.log(`${skipped} skipped (each says why above)`);
console.log(summary);
process.exit(vitest.status ?? 1);
