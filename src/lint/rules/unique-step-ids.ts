import type { Path } from '../../runbook/locator.js';
import { branchesOf, stepIdOf, stepsOf } from '../../runbook/model.js';
import { defineRule, type RuleContext } from '../rule.js';

export default defineRule({
  meta: {
    id: 'unique-step-ids',
    type: 'problem',
    description: 'Step ids must be unique across diagnosis and resolution, and each resolution `cause` must be unique.',
    severity: 'error',
    messages: {
      duplicateId: 'Duplicate step id `{id}`, already used on line {line}',
      duplicateDerived: 'Duplicate step id `{id}`, derived from this title and already used on line {line}; add an explicit `id`',
      duplicateCause: 'Duplicate cause `{cause}`, already used on line {line}',
    },
  },
  check(context) {
    const runbook = context.runbook;
    if (!runbook) return;
    const seen = new Map<string, Path>();
    for (const entry of stepsOf(runbook)) {
      const id = stepIdOf(entry.step);
      if (id === undefined) continue;
      // Where the id comes from: the `id` value, or the `title` it was derived from.
      const at: Path = [...entry.path, typeof entry.step.id === 'string' ? 'id' : 'title'];
      const first = seen.get(id);
      if (first === undefined) {
        seen.set(id, at);
        continue;
      }
      const messageId = typeof entry.step.id === 'string' ? 'duplicateId' : 'duplicateDerived';
      context.report({ messageId, data: { id, line: lineOf(context, first) }, path: at });
    }
    const causes = new Map<string, Path>();
    for (const [branch, b] of branchesOf(runbook)) {
      if (typeof branch.cause !== 'string') continue;
      const at: Path = ['resolution', b, 'cause'];
      const first = causes.get(branch.cause);
      if (first === undefined) causes.set(branch.cause, at);
      else context.report({ messageId: 'duplicateCause', data: { cause: branch.cause, line: lineOf(context, first) }, path: at });
    }
  },
});

function lineOf(context: RuleContext, path: Path): number {
  return (context.source.locate.value(path) ?? context.source.locate.nearest(path)).start.line;
}
