import { describe, expect, test } from 'vitest';
import { runCommandLine } from '../../src/cli/for-alert.js';

describe('runCommandLine', () => {
  test('values become --var flags after the runbook id', () => {
    expect(runCommandLine('disk-pressure', { node: 'node-a' })).toBe('runbook run disk-pressure --var node=node-a');
    expect(runCommandLine('disk-pressure', {})).toBe('runbook run disk-pressure');
  });

  test('a value that a shell would split or expand is quoted as one word', () => {
    expect(runCommandLine('x', { selector: "app=a b;$(touch pwned)'" })).toBe(`runbook run x --var selector='app=a b;$(touch pwned)'\\'''`);
  });
});
