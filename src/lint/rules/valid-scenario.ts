import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RunbookError } from '../../errors.js';
import { branchesOf, isRecord, stepIdOf, stepsOf } from '../../runbook/model.js';
import { loadScenario, scenarioPathFor } from '../../sim/scenario.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'valid-scenario',
    type: 'problem',
    description: 'The scenario beside a runbook (`scenarios/<id>.yaml`) must load, name this runbook, and name only its causes and steps.',
    severity: 'error',
    messages: {
      invalid: 'Scenario {problem}',
      otherRunbook: 'Scenario {file} is for `{other}`, not this runbook; rename it, or set `runbook: {id}`',
      unknownCause: 'Scenario {file}: `expect.cause` `{cause}` is not a cause of this runbook; expected one of {expected}',
      unknownStep: 'Scenario {file}: `{where}` names `{step}`, which is no step of this runbook',
    },
  },
  check(context) {
    const runbook = context.runbook;
    if (!runbook || typeof runbook.id !== 'string') return;
    const path = scenarioPathFor(dirname(context.filePath), runbook.id);
    // Its size and time are part of the cached result, so an edited scenario is checked again.
    context.dependsOnFile(path);
    if (!existsSync(path)) return;
    // Named relative to the runbook, as it sits beside it.
    const file = join('scenarios', `${runbook.id}.yaml`);
    let scenario;
    try {
      scenario = loadScenario(path);
    } catch (error) {
      if (!(error instanceof RunbookError)) throw error;
      for (const line of error.message.split('\n')) context.report({ messageId: 'invalid', data: { problem: line.startsWith(path) ? file + line.slice(path.length) : line }, path: ['id'] });
      return;
    }
    if (scenario.runbook !== runbook.id) {
      context.report({ messageId: 'otherRunbook', data: { file, other: scenario.runbook, id: runbook.id }, path: ['id'] });
      return;
    }
    const causes = branchesOf(runbook).flatMap(([branch]) => (typeof branch.cause === 'string' ? [branch.cause] : []));
    const cause = scenario.expect.cause;
    if (cause !== undefined && !causes.includes(cause)) {
      context.report({ messageId: 'unknownCause', data: { file, cause, expected: causes.map((c) => `\`${c}\``).join(', ') || 'none' }, path: ['id'] });
    }
    const steps = new Set(stepsOf(runbook).flatMap((entry) => stepIdOf(entry.step) ?? []));
    const named: [string, string][] = [
      ...Object.keys(scenario.expect.steps).map((step): [string, string] => ['expect.steps', step]),
      ...Object.keys(isRecord(scenario.observations) ? scenario.observations : {}).map((step): [string, string] => ['observations', step]),
    ];
    for (const [where, step] of named) if (!steps.has(step)) context.report({ messageId: 'unknownStep', data: { file, where, step }, path: ['id'] });
  },
});
