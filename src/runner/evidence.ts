import { matchBounded, regexTimeoutMessage } from './bounded-regex.js';
import type { PlannedBranch } from '../session/events.js';

/** A pattern that could not be judged on an output: which step, and what to tell the operator and the journal. */
export interface PatternProblem {
  step: string;
  message: string;
}

/** A branch whose evidence pattern matched its step's output, and where. */
export interface EvidenceMatch {
  cause: string;
  step: string;
  /** Where the match starts in the output. */
  index: number;
}

// Branches whose evidence pattern matches the captured output of their step, in runbook order: the runner
// pre-selects these, and with `--yes` a single match is taken as the cause. A pattern that runs out of time
// suggests nothing and is reported to `problems`. Each pattern runs once.
export function evidenceMatches(branches: readonly PlannedBranch[], outputs: ReadonlyMap<string, string>, problems?: PatternProblem[]): EvidenceMatch[] {
  const matches: EvidenceMatch[] = [];
  for (const branch of branches) {
    if (!branch.evidence) continue;
    const output = outputs.get(branch.evidence.step);
    if (output === undefined) continue;
    const match = matchBounded(branch.evidence.matches, output);
    if (match.kind === 'match') matches.push({ cause: branch.cause, step: branch.evidence.step, index: match.index });
    if (match.kind === 'timeout') {
      const where = `evidence of cause \`${branch.cause}\` on step \`${branch.evidence.step}\``;
      problems?.push({ step: branch.evidence.step, message: `${regexTimeoutMessage(where, branch.evidence.matches, match.ms, output)}; not suggested` });
    }
  }
  return matches;
}

/** The causes `evidenceMatches` finds, by name. */
export function suggestedCauses(branches: readonly PlannedBranch[], outputs: ReadonlyMap<string, string>, problems?: PatternProblem[]): string[] {
  return evidenceMatches(branches, outputs, problems).map((match) => match.cause);
}

/** The 1-based line of `text` that holds `index`. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line++;
  return line;
}
