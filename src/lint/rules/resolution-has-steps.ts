import { branchesOf } from '../../runbook/model.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'resolution-has-steps',
    type: 'problem',
    description: 'Each resolution branch must have at least one step: a cause the operator can pick must say what to do.',
    severity: 'error',
    messages: {
      missing: 'Branch `{cause}` has no `steps`; add at least one step (a `tier: 3` step when only Tier 3 can fix it)',
      empty: 'Branch `{cause}` has an empty `steps` list; add at least one step (a `tier: 3` step when only Tier 3 can fix it)',
    },
  },
  check(context) {
    const runbook = context.runbook;
    if (!runbook) return;
    for (const [branch, b] of branchesOf(runbook)) {
      const cause = typeof branch.cause === 'string' ? branch.cause : `resolution[${b}]`;
      const steps = branch.steps as unknown;
      if (steps === undefined) {
        context.report({ messageId: 'missing', data: { cause }, path: ['resolution', b, 'cause'], part: 'key' });
      } else if (steps === null || (Array.isArray(steps) && steps.length === 0)) {
        // `steps:` with nothing after it is null in YAML: the author meant an empty list.
        context.report({ messageId: 'empty', data: { cause }, path: ['resolution', b, 'steps'], part: 'key' });
      }
    }
  },
});
