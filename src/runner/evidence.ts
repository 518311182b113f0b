import { matchBounded, regexTimeoutMessage } from './bounded-regex.js';
import type { PlannedBranch } from '../session/events.js';

/** A pattern that could not be judged on an output: which step, and what to tell the operator and the journal. */
export interface PatternProblem {
  step: string;
  message: string;
}

// Branches whose evidence pattern matches the captured output of their step, in runbook order: the runner
// pre-selects these, and with `--yes` a single match is taken as the cause. A pattern that runs out of time
// suggests nothing and is reported to `problems`.
export function suggestedCauses(branches: readonly PlannedBranch[], outputs: ReadonlyMap<string, string>, problems?: PatternProblem[]): string[] {
  const suggested: string[] = [];
  for (const branch of branches) {
    if (!branch.evidence) continue;
    const output = outputs.get(branch.evidence.step);
    if (output === undefined) continue;
    const match = matchBounded(branch.evidence.matches, output);
    if (match.kind === 'match') suggested.push(branch.cause);
    if (match.kind === 'timeout') {
      const where = `evidence of cause \`${branch.cause}\` on step \`${branch.evidence.step}\``;
      problems?.push({ step: branch.evidence.step, message: `${regexTimeoutMessage(where, branch.evidence.matches, match.ms, output)}; not suggested` });
    }
  }
  return suggested;
}

/** The 1-based line of `text` where `pattern` first matches; null when it does not (or runs out of time). */
export function locateMatch(pattern: string, text: string): number | null {
  const match = matchBounded(pattern, text);
  if (match.kind !== 'match') return null;
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < match.index; at = text.indexOf('\n', at + 1)) line++;
  return line;
}
