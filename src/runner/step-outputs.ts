/**
 * The outputs evidence is judged on: kept in memory as steps run (a sensitive step's output is never stored,
 * yet its evidence counts), read back from the session folder for steps run before a resume.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlannedBranch } from '../session/events.js';
import type { SessionRecord } from '../session/record.js';
import { stepStateOf, type SessionState } from '../session/state.js';
import { evidenceMatches, lineAt, type PatternProblem } from './evidence.js';

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
      const text = this.texts.get(id) ?? this.readBack(stepStateOf(state, id)?.outputFile ?? null);
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

/**
 * Judges the evidence patterns on the latest outputs and records it: a note for each pattern that ran out of
 * time, then `causes-suggested` with the line each suggested cause matched on (null for an output not stored).
 */
export function recordSuggestion(record: SessionRecord, outputs: StepOutputs, branches: readonly PlannedBranch[]): void {
  const texts = outputs.forEvidence(branches, record.state);
  const problems: PatternProblem[] = [];
  const matches = evidenceMatches(branches, texts, problems);
  for (const { step, message } of problems) record.append({ type: 'note', step, text: message });
  const stored = (step: string): boolean => stepStateOf(record.state, step)?.outputFile != null;
  record.append({
    type: 'causes-suggested',
    suggested: matches.map((match) => match.cause),
    evidence: matches.map((match) => ({ cause: match.cause, step: match.step, lineNumber: stored(match.step) ? lineAt(texts.get(match.step)!, match.index) : null })),
  });
}
