/**
 * Worker thread for the never-hangs property tests: runs the redactor or the `no-literal-secrets` rule over each
 * input of a batch and answers once the whole batch is done. The test bundles this file with esbuild and kills the
 * thread when a batch passes its deadline, so a scanner that stops moving forward names its input instead of
 * hanging the suite.
 */
import { parentPort } from 'node:worker_threads';
import { Redactor } from '../../src/bundle/redact/index.js';
import { lintSources } from '../../src/lint/lint-sources.js';
import noLiteralSecrets from '../../src/lint/rules/no-literal-secrets.js';

export interface ScanBatch {
  task: 'redact' | 'lint';
  inputs: string[];
}

export interface ScanAnswer {
  /** Inputs on which the scanner threw, with the error. */
  errors: { input: string; error: string }[];
}

const FRONT_MATTER = '---\nid: fuzz\ntitle: Fuzz\ndiagnosis:\n  - id: look\n    title: Look\n    run: kubectl get pods\n---\n';

function scan(task: ScanBatch['task'], input: string): void {
  if (task === 'redact') {
    // Redacting the output of a redaction must stop too: placeholders next to every anchor.
    const redactor = new Redactor({ literals: ['lit-Secret-Value-0123456789'] });
    redactor.redactText(redactor.redactText(input, 'steps/01.txt'), 'steps/02.txt');
    return;
  }
  const [result] = lintSources([{ filePath: 'runbooks/fuzz.md', content: `${FRONT_MATTER}# Fuzz\n\n${input}\n` }], { rules: [noLiteralSecrets], severities: {}, now: new Date('2026-11-22T12:00:00Z') });
  const crash = result?.messages.find((m) => m.message.startsWith('Internal error'));
  if (crash) throw new Error(crash.message);
}

parentPort!.on('message', ({ task, inputs }: ScanBatch) => {
  const answer: ScanAnswer = { errors: [] };
  for (const input of inputs) {
    try {
      scan(task, input);
    } catch (error) {
      answer.errors.push({ input, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }
  parentPort!.postMessage(answer);
});
