import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRunbook } from '../../src/runbook/parse.js';
import { suggestedCauses } from '../../src/runner/evidence.js';
import { planRunbook } from '../../src/runner/plan.js';

const text = readFileSync(new URL('../../runbooks/pod-oom-restart-loop.md', import.meta.url), 'utf8');
const plan = planRunbook(parseRunbook('runbooks/pod-oom-restart-loop.md', text).data as Record<string, unknown>);

describe('planRunbook', () => {
  test('diagnosis steps keep their ids and order and are read-only or manual', () => {
    expect(plan.diagnosis.map((s) => s.id)).toEqual(['workload', 'restarts', 'last-state', 'memory-usage', 'memory-trend', 'previous-logs', 'batch-activity']);
    expect(new Set(plan.diagnosis.map((s) => s.kind))).toEqual(new Set(['read-only', 'manual']));
    expect(plan.diagnosis.find((s) => s.id === 'memory-usage')?.timeoutMs).toBe(30_000);
    expect(plan.diagnosis.find((s) => s.id === 'restarts')?.timeoutMs).toBe(60_000);
  });

  test('resolution steps: Tier 3 actions, mutating commands with their reason, branch causes', () => {
    const limit = plan.branches.find((b) => b.cause === 'limit-too-low')!;
    expect(limit.evidence).toEqual({ step: 'last-state', matches: 'Reason:\\s+OOMKilled' });
    const byId = new Map(limit.steps.map((s) => [s.id, s]));
    expect(byId.get('raise-limit')?.kind).toBe('tier3');
    expect(byId.get('cold-stop')).toMatchObject({ kind: 'mutating', cause: 'limit-too-low' });
    expect(byId.get('cold-stop')?.reason).toMatch(/scale/);
    expect(byId.get('record-resources')?.kind).toBe('read-only');
  });

  test('evidence suggests the branches whose pattern matches their step output', () => {
    const outputs = new Map([
      ['last-state', '    Last State:     Terminated\n      Reason:       OOMKilled\n'],
      ['batch-activity', 'NAME   STATUS     COMPLETIONS\nreport Complete  1/1\n'],
    ]);
    expect(suggestedCauses(plan.branches, outputs)).toEqual(['limit-too-low']);
    outputs.set('batch-activity', 'NAME   STATUS     COMPLETIONS\nreport Running  0/1\n');
    expect(suggestedCauses(plan.branches, outputs)).toEqual(['limit-too-low', 'workload-burst']);
    expect(suggestedCauses(plan.branches, new Map())).toEqual([]);
  });

  test('a command that prints credentials makes its step sensitive', () => {
    const planned = planRunbook({ diagnosis: [
      { id: 'raw', title: 'Raw kubeconfig', run: 'kubectl config view --minify --raw' },
      { id: 'plain', title: 'Kubeconfig', run: 'kubectl config view --minify' },
    ] });
    expect(planned.diagnosis.map((s) => [s.id, s.kind, s.sensitive])).toEqual([['raw', 'read-only', true], ['plain', 'read-only', false]]);
  });

  test('a malformed runbook still plans without throwing', () => {
    const broken = planRunbook({ diagnosis: [{ title: 'x', run: 'kubectl delete pod a', confirm: 'yes', timeout: 'soon' }, 'junk'], resolution: [{ cause: 'c', steps: 'nope' }, { title: 'no cause' }] });
    expect(broken.diagnosis).toHaveLength(1);
    expect(broken.diagnosis[0]).toMatchObject({ id: 'x', kind: 'mutating', timeoutMs: 60_000 });
    expect(broken.branches).toEqual([{ cause: 'c', title: 'c', steps: [] }]);
  });
});
