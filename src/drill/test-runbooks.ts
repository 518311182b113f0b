import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { InputError } from '../errors.js';
import { listRunbookFiles } from '../lint/files.js';
import { splitFrontMatter } from '../runbook/front-matter.js';
import { testRunbook, type ScenarioTestResult } from './scenario-test.js';

export interface TestRunbooksOptions {
  /** Files, folders or globs, as `runbook lint` takes them. */
  paths: string[];
  cwd: string;
  /** Markdown files that are not runbooks (the config's `ignore`). */
  ignore?: string[];
  ignoreBase?: string;
  /** A scenario for the one runbook named, instead of `scenarios/<id>.yaml` beside it. */
  scenario?: string;
  version: string;
  /** Runbooks tested at once, each against its own simulated cluster (default: one per core). */
  concurrency?: number;
}

function hasFrontMatter(file: string): boolean {
  try {
    return splitFrontMatter(readFileSync(file, 'utf8')).kind !== 'missing';
  } catch {
    return true; // unreadable: testRunbook says why
  }
}

// Each runbook gets its own simulated cluster, so they run side by side; results keep the order of the files.
export async function testRunbooks(options: TestRunbooksOptions): Promise<ScenarioTestResult[]> {
  const named = new Set<string>();
  const found = await listRunbookFiles(options.paths, { cwd: options.cwd, named, ...(options.ignore ? { ignore: options.ignore } : {}), ...(options.ignoreBase ? { ignoreBase: options.ignoreBase } : {}) });
  // As in `runbook lint`: Markdown without front-matter found in a folder (a README) is not a runbook.
  const files = found.filter((file) => named.has(file) || hasFrontMatter(file));
  if (options.scenario !== undefined && files.length !== 1) {
    throw new InputError({ kind: 'scenario-needs-one-runbook', runbooks: files.length });
  }
  const results: ScenarioTestResult[] = new Array(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const index = next++;
      results[index] = await testRunbook({ runbookPath: files[index]!, version: options.version, ...(options.scenario !== undefined ? { scenarioPath: options.scenario } : {}) });
    }
  };
  const concurrency = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), files.length));
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}
