import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseRunbook } from '../../src/runbook/parse.js';
import { matchBounded } from '../../src/runner/bounded-regex.js';
import { suggestedCauses, type PatternProblem } from '../../src/runner/evidence.js';
import { readJournal } from '../../src/session/journal.js';
import { planRunbook } from '../../src/runner/plan.js';
import { runUnattended } from '../../src/runner/unattended.js';
import { applyCapture } from '../../src/runner/variables.js';

// `(a+)+$` against `aaaa…b` backtracks through every way of splitting the a's: it would not end this year.
const CATASTROPHIC = '(a+)+$';
const LONG_OUTPUT = `${'a'.repeat(60_000)}b\n`;

describe('author patterns are matched with a deadline', () => {
  test('a catastrophic pattern on a long output is a timeout, and the next pattern still matches', { timeout: 30_000 }, () => {
    expect(matchBounded(CATASTROPHIC, LONG_OUTPUT, 300)).toEqual({ kind: 'timeout', ms: 300 });
    expect(matchBounded('^pod/(\\S+)', 'NAME\npod/api-7d9f\n')).toEqual({ kind: 'match', index: 5, groups: ['pod/api-7d9f', 'api-7d9f'] });
    expect(matchBounded('OOMKilled', 'Reason: Error\n')).toEqual({ kind: 'no-match' });
    expect(matchBounded('(', 'x')).toMatchObject({ kind: 'invalid' });
  });

  test('a capture that runs out of time captures nothing and says which variable and pattern', { timeout: 30_000 }, () => {
    const problems: string[] = [];
    expect(applyCapture({ pod: CATASTROPHIC, node: '^node/(\\S+)' }, `node/n1\n${LONG_OUTPUT}`, problems)).toEqual({ node: 'n1' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('capture of `pod`: /(a+)+$/ did not finish within');
  });

  test('evidence that runs out of time suggests nothing and names the step and the pattern', { timeout: 30_000 }, () => {
    const plan = planRunbook({
      diagnosis: [{ id: 'logs', title: 'Logs', run: 'kubectl logs x' }],
      resolution: [
        { cause: 'slow', title: 'Slow', evidence: { step: 'logs', matches: CATASTROPHIC }, steps: [{ title: 'A', run: 'echo a' }] },
        { cause: 'oom', title: 'OOM', evidence: { step: 'logs', matches: 'b$' }, steps: [{ title: 'B', run: 'echo b' }] },
      ],
    });
    const problems: PatternProblem[] = [];
    expect(suggestedCauses(plan.branches, new Map([['logs', LONG_OUTPUT]]), problems)).toEqual(['oom']);
    expect(problems).toEqual([{ step: 'logs', message: expect.stringContaining('evidence of cause `slow` on step `logs`: /(a+)+$/ did not finish within') }]);
  });
});

describe('a run with such patterns finishes and journals them', () => {
  const root = mkdtempSync(join(tmpdir(), 'runbook-bounded-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const text = `---
id: backtrack
title: Backtracking patterns
summary: A capture and an evidence pattern that backtrack catastrophically.
severity: low
owner: test
symptoms: [Something]
variables:
  pod: { description: Pod, type: k8s-name }
diagnosis:
  - id: letters
    title: Print many letters
    run: "printf 'a%.0s' $(seq 1 40000); echo b"
    capture: { pod: "(a+)+$" }
resolution:
  - cause: letters
    title: Letters
    evidence: { step: letters, matches: "(a+)+$" }
    steps: [{ title: Look, run: echo look }]
escalation: { after: 5m, when: [It persists] }
---
# Backtracking
`;

  test('unattended: the walk ends, with a note per pattern naming the step and the regex', { timeout: 60_000 }, async () => {
    const report = await runUnattended({
      runbook: parseRunbook('backtrack.md', text).data as Record<string, unknown>,
      runbookPath: 'runbooks/backtrack.md',
      runbookText: text,
      home: join(root, 'home'),
      vars: {},
      readOnly: true,
      maxOutputBytes: 1024 * 1024,
      kube: { name: 'none', namespace: 'default' },
      env: {},
      operator: 'tester',
      host: 'test-host',
      version: '0.0.0-test',
    });
    expect(report.steps[0]).toMatchObject({ id: 'letters', status: 'ok' });
    expect(report.cause ?? null).toBeNull();
    const journal = readJournal(join(root, 'home', 'sessions', report.session, 'journal.jsonl'));
    const notes = journal.events.filter((e) => e.type === 'note');
    expect(notes).toEqual([
      expect.objectContaining({ step: 'letters', text: expect.stringContaining('capture of `pod`: /(a+)+$/ did not finish within 2000 ms on 40,002 characters') }),
      expect.objectContaining({ step: 'letters', text: expect.stringContaining('evidence of cause `letters` on step `letters`: /(a+)+$/ did not finish') }),
      expect.objectContaining({ text: expect.stringContaining('No cause chosen') }),
    ]);
  });
});
