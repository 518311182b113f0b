import { compileRegex } from '../runbook/regex.js';
import type { PlannedBranch } from './plan.js';

// Branches whose evidence pattern matches the captured output of their step, in runbook order: the runner
// pre-selects these, and with `--yes` a single match is taken as the cause.
export function suggestedCauses(branches: readonly PlannedBranch[], outputs: ReadonlyMap<string, string>): string[] {
  const suggested: string[] = [];
  for (const branch of branches) {
    if (!branch.evidence) continue;
    const output = outputs.get(branch.evidence.step);
    if (output === undefined) continue;
    const regex = compileRegex(branch.evidence.matches);
    if (typeof regex !== 'string' && regex.test(output)) suggested.push(branch.cause);
  }
  return suggested;
}
