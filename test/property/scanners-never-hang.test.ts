import { build } from 'esbuild';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { anchorSoup, outputWithAnchors } from '../helpers/anchor-arbitraries.js';
import { DeadlineWorker, describeBadInputs } from '../helpers/deadline-worker.js';
import type { ScanBatch } from './scan-worker.js';

// Every scanner of the redaction engine and of `no-literal-secrets` must move forward on every input. Each batch
// of generated outputs runs in a worker thread under a deadline; one that passes it is killed and bisected, and the
// test fails naming the input that hangs (or throws) instead of hanging the suite.
const CASES = 20_000;
// A case is a few kilobytes that a linear scan takes well under a millisecond on: two seconds for one, asked
// twice, only fails a scan that does not move forward, even on a machine whose cores are all taken.
const OPTIONS = { batchSize: 400, batchDeadlineMs: 10_000, caseDeadlineMs: 2_000 };

let folder: string;
let workerFile: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'runbook-never-hangs-'));
  workerFile = join(folder, 'scan-worker.mjs');
  await build({
    entryPoints: [new URL('./scan-worker.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: workerFile,
    logLevel: 'warning',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function neverHangs(task: ScanBatch['task']): Promise<void> {
  const seed = Date.now() ^ (Math.random() * 0x7fffffff);
  const half = CASES / 2;
  const inputs = [...fc.sample(outputWithAnchors, { seed, numRuns: half }), ...fc.sample(anchorSoup, { seed: seed + 1, numRuns: half })];
  const worker = new DeadlineWorker<ScanBatch['task']>(workerFile, OPTIONS);
  try {
    const bad = await worker.run(task, inputs);
    expect(bad, describeBadInputs(bad, seed)).toEqual([]);
  } finally {
    await worker.close();
  }
}

describe('scanners always move forward', () => {
  test(`the redactor, on ${CASES.toLocaleString('en')} outputs spliced with every anchor`, { timeout: 240_000 }, () => neverHangs('redact'));
  test(`no-literal-secrets, on the same kinds of text in a runbook body (${CASES.toLocaleString('en')} cases)`, { timeout: 240_000 }, () => neverHangs('lint'));
});

describe('the harness names a hanging input instead of hanging', () => {
  test('a batch holding an input that loops forever is bisected down to that input', { timeout: 60_000 }, async () => {
    const loops = join(folder, 'loops.mjs');
    await build({
      stdin: {
        contents: "import { parentPort } from 'node:worker_threads'; parentPort.on('message', ({ inputs }) => { for (const input of inputs) while (input.includes('EGIN ')); parentPort.postMessage({ errors: [] }); });",
        loader: 'js',
      },
      outfile: loops,
      format: 'esm',
      logLevel: 'warning',
    });
    const worker = new DeadlineWorker<string>(loops, { batchSize: 8, batchDeadlineMs: 1_000, caseDeadlineMs: 300 });
    const inputs = ['a', 'b', 'c', 'BEGIN TRANSACTION', 'd', 'e', 'f', 'g', 'h'];
    try {
      expect(await worker.run('x', inputs)).toEqual([{ input: 'BEGIN TRANSACTION', problem: 'did not finish within 300 ms', timedOut: true }]);
    } finally {
      await worker.close();
    }
  });
});
