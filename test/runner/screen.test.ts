import { describe, expect, test } from 'vitest';
import type { PlannedStep } from '../../src/runner/plan.js';
import { escalationDue, stepScreen, wrapWords } from '../../src/runner/screen.js';

const step: PlannedStep = {
  id: 'memory-usage',
  phase: 'diagnosis',
  title: 'Compare current memory use with the limit',
  position: 2,
  template: 'kubectl top pods -n shop --containers',
  expect: 'Usage near the limit for every pod; compare with the limit printed by step "workload" and with the trend from `memory-trend` before you pick a cause.',
  kind: 'read-only',
  timeoutMs: 60_000,
  sensitive: false,
};
const titles = new Map([
  ['workload', 'Check the deployment'],
  ['memory-trend', 'Read the memory trend'],
  ['memory-usage', 'Compare current memory use with the limit'],
]);

describe('the step screen', () => {
  test('wraps prose at words within the width, keeps the command whole, and names other steps by their titles', () => {
    const screen = stepScreen({ step, index: 4, total: 7, command: `${step.template!} ${'x'.repeat(90)}`, readOnly: false, color: false, width: 60, stepTitles: titles });
    const lines = screen.split('\n');
    expect(lines[1]).toBe('Diagnosis 4/7: Compare current memory use with the limit');
    expect(lines[2]).toBe('  (memory-usage)');
    // The command is never cut: it must copy whole.
    expect(lines.some((line) => line.length > 60 && line.startsWith('  $ kubectl top pods'))).toBe(true);
    const prose = lines.slice(lines.findIndex((line) => line.startsWith('  Look for: ')));
    for (const line of prose) expect(line.length).toBeLessThanOrEqual(60);
    expect(prose.map((line) => line.trim()).join(' ').trim()).toBe(
      'Look for: Usage near the limit for every pod; compare with the limit printed by step "workload" ("Check the deployment") and with the trend from `memory-trend` ("Read the memory trend") before you pick a cause.',
    );
  });

  test('a word longer than the line stays whole on its own line', () => {
    expect(wrapWords(`see ${'u'.repeat(30)} now`, 20, '', '  ')).toEqual(['see', `  ${'u'.repeat(30)}`, '  now']);
  });

  test('escalation criteria wrap under their bullet', () => {
    const due = escalationDue({ afterMs: 900_000, when: ['The fix needs a change to the deployment configuration that only Tier 3 may make'], color: false, width: 40 });
    expect(due).toContain('  - The fix needs a change to the\n    deployment configuration that only\n    Tier 3 may make');
  });
});
