import { classifyCommand } from '../kube/index.js';
import { parseDuration } from '../runbook/duration.js';
import type { Plan, PlannedBranch, PlannedStep } from '../session/events.js';
import { plannedSteps } from '../session/state.js';
import { branchesOf, collectOf, diagnosisOf, isRecord, stepIdOf, type LooseRunbook, type StepEntry } from '../runbook/model.js';

export const DEFAULT_TIMEOUT_MS = 60_000;

export type { Plan, PlannedBranch, PlannedStep, StepKind } from '../session/events.js';

// Classifies every command once, up front, so the walk never has to guess at a prompt. The plan is recorded at
// session start: positions (and so output file names) are fixed there, the same for every way of walking it.
export function planRunbook(runbook: LooseRunbook): Plan {
  const diagnosis = diagnosisOf(runbook).map((entry, i) => planStep(entry, i + 1));
  const branches: PlannedBranch[] = [];
  for (const [branch, index] of branchesOf(runbook)) {
    if (typeof branch.cause !== 'string') continue;
    const steps = Array.isArray(branch.steps) ? branch.steps : [];
    const planned: PlannedBranch = {
      cause: branch.cause,
      title: typeof branch.title === 'string' ? branch.title : branch.cause,
      steps: steps.filter(isRecord).map((step, s) => planStep({ phase: 'resolution', step, path: ['resolution', index, 'steps', steps.indexOf(step)], branch }, diagnosis.length + s + 1, branch.cause)),
    };
    if (typeof branch.when === 'string') planned.when = branch.when;
    if (isRecord(branch.evidence) && typeof branch.evidence.step === 'string' && typeof branch.evidence.matches === 'string') {
      planned.evidence = { step: branch.evidence.step, matches: branch.evidence.matches };
    }
    branches.push(planned);
  }
  const symptoms = Array.isArray(runbook.symptoms) ? runbook.symptoms.filter((s): s is string => typeof s === 'string') : [];
  return { diagnosis, branches, symptoms, collect: collectOf(runbook).map(([command]) => command) };
}

function planStep(entry: StepEntry, position: number, cause?: string): PlannedStep {
  const step = entry.step;
  const title = typeof step.title === 'string' ? step.title : '(untitled step)';
  const planned: PlannedStep = {
    id: stepIdOf(step) ?? `${entry.phase}-${String(entry.path.at(-1))}`,
    phase: entry.phase,
    title,
    position,
    kind: 'manual',
    timeoutMs: parseDuration(step.timeout) ?? DEFAULT_TIMEOUT_MS,
    sensitive: step.sensitive === true,
  };
  if (cause !== undefined) planned.cause = cause;
  if ((step as { test?: unknown }).test === 'skip') planned.testSkip = true;
  if (typeof step.expect === 'string') planned.expect = step.expect;
  if (typeof step.link === 'string') planned.link = step.link;
  if (step.approval === true || typeof step.approval === 'string') planned.approval = step.approval;
  if (isRecord(step.capture)) planned.capture = Object.fromEntries(Object.entries(step.capture).filter((e): e is [string, string] => typeof e[1] === 'string'));
  if (step.tier === 3) {
    planned.kind = 'tier3';
    if (typeof step.run === 'string') planned.template = step.run;
    return planned;
  }
  if (typeof step.run !== 'string') return planned;
  planned.template = step.run;
  const classification = classifyCommand(step.run);
  // A command that prints credentials (`kubectl config view --raw`) is sensitive whatever the runbook says.
  if (classification.sensitive !== undefined) planned.sensitive = true;
  // `confirm: true` asks for confirmation even for a command the classifier calls read-only.
  planned.kind = classification.safety === 'read-only' && step.confirm !== true ? 'read-only' : 'mutating';
  if (planned.kind === 'mutating') planned.reason = step.confirm === true && classification.safety === 'read-only' ? 'the runbook asks for confirmation' : classification.reason;
  return planned;
}

/** The variables some step's `capture` fills: nobody is asked for them up front. */
export function capturedNames(plan: Plan): Set<string> {
  return new Set(plannedSteps(plan).flatMap((step) => Object.keys(step.capture ?? {})));
}
