import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { testRunbook } from '../../src/drill/scenario-test.js';
import { FIXTURE } from '../sim/kubectl.js';

const root = mkdtempSync(join(tmpdir(), 'runbook-scenario-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Fix, then verify: the check after the change waits for something a read-only test never does.
const runbook = `---
id: fix-verify
title: Fix then verify
summary: A branch that changes the cluster and then checks the change.
severity: low
owner: test
symptoms: [Checkout is slow]
diagnosis:
  - id: workload
    title: Check the deployment
    run: kubectl get deployment checkout -n shop
resolution:
  - cause: too-few
    title: Too few replicas
    evidence: { step: workload, matches: checkout }
    steps:
      - id: scale-up
        title: Scale up
        run: kubectl scale deployment/checkout --replicas=5 -n shop
      - id: wait-ready
        title: Wait for five ready replicas
        run: kubectl wait --for=jsonpath={.status.readyReplicas}=5 deployment/checkout -n shop --timeout=30s
        timeout: 8s
  - cause: other
    title: Something else
    steps:
      - id: look-around
        title: Look at the dashboard data
        run: kubectl get pods -n shop
        test: skip
escalation: { after: 15m, when: [It persists] }
---
# Fix then verify

## Prevention

None.
`;

function scenarioFor(cause: string): string {
  const scenario = parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
  scenario.runbook = 'fix-verify';
  delete scenario.variables;
  delete scenario.observations;
  scenario.expect = { cause, steps: {} };
  return stringify(scenario);
}

describe('testRunbook', () => {
  test('a step after a change the test refused is skipped, not run into its timeout; `test: skip` is honoured', { timeout: 60_000 }, async () => {
    const dir = join(root, 'project', 'runbooks');
    mkdirSync(join(dir, 'scenarios'), { recursive: true });
    writeFileSync(join(dir, 'fix-verify.md'), runbook);
    writeFileSync(join(dir, 'scenarios', 'fix-verify.yaml'), scenarioFor('too-few'));
    const result = await testRunbook({ runbookPath: join(dir, 'fix-verify.md'), version: '0.0.0-test' });
    expect(result.checks.filter((c) => !c.ok)).toEqual([]);
    expect(result.status).toBe('passed');
    expect(result.checks.map((c) => c.name)).not.toContain('resolution step wait-ready exits 0');

    writeFileSync(join(dir, 'scenarios', 'other.yaml'), scenarioFor('other'));
    const other = await testRunbook({ runbookPath: join(dir, 'fix-verify.md'), scenarioPath: join(dir, 'scenarios', 'other.yaml'), version: '0.0.0-test' });
    // The evidence points at too-few, so that check fails; the step marked `test: skip` never ran.
    expect(other.checks.map((c) => c.name)).not.toContain('resolution step look-around exits 0');
  });
});
