/**
 * The outputs evidence is judged on: kept in memory as steps run (a sensitive step's output is never stored,
 * yet its evidence counts), read back from the session folder for steps run before a resume.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CausesSuggestedEvent, PlannedBranch } from '../session/events.js';
import type { SessionState } from '../session/state.js';
import { locateMatch, suggestedCauses, type PatternProblem } from './evidence.js';

export class StepOutputs {
  private readonly texts = new Map<string, string>();

  constructor(private readonly dir: string) {}

  set(stepId: string, text: string): void {
    this.texts.set(stepId, text);
  }

  /** The latest output of each evidence step, from memory or the session folder. */
  forEvidence(branches: readonly PlannedBranch[], state: SessionState): Map<string, string> {
    const outputs = new Map<string, string>();
    for (const branch of branches) {
      const id = branch.evidence?.step;
      if (id === undefined || outputs.has(id)) continue;
      const text = this.texts.get(id) ?? this.readBack(state.steps.find((s) => s.id === id)?.outputFile ?? null);
      if (text !== undefined) outputs.set(id, text);
    }
    return outputs;
  }

  private readBack(file: string | null): string | undefined {
    if (file === null) return undefined;
    try {
      return readFileSync(join(this.dir, file), 'utf8');
    } catch {
      // Its output is gone: the evidence just does not match.
      return undefined;
    }
  }
}

/** Judges the evidence patterns: the `causes-suggested` event to record, and the patterns that ran out of time. */
export function judgeEvidence(branches: readonly PlannedBranch[], outputs: ReadonlyMap<string, string>, stored: (stepId: string) => boolean): { event: Omit<CausesSuggestedEvent, 'seq' | 'at'>; problems: PatternProblem[] } {
  const problems: PatternProblem[] = [];
  const suggested = suggestedCauses(branches, outputs, problems);
  const evidence = suggested.flatMap((cause) => {
    const branch = branches.find((b) => b.cause === cause);
    if (!branch?.evidence) return [];
    const output = outputs.get(branch.evidence.step) ?? '';
    const line = stored(branch.evidence.step) ? locateMatch(branch.evidence.matches, output) : null;
    return [{ cause, step: branch.evidence.step, lineNumber: line }];
  });
  return { event: { type: 'causes-suggested', suggested, evidence }, problems };
}
