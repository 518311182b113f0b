import { isRecord } from '../../runbook/model.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'escalation-criteria',
    type: 'problem',
    description: '`escalation` must say when to escalate: an `after` duration and at least one `when` criterion.',
    severity: 'error',
    messages: {
      missingAfter: '`escalation` has no `after`; add a duration such as `after: 15m` so the runner warns when it is time to escalate',
      missingWhen: '`escalation` has no `when` criteria; list at least one situation that calls for Tier 3',
    },
  },
  check(context) {
    const escalation = context.runbook?.escalation;
    // A missing or malformed `escalation`, and an `after` or `when` of the wrong type, are the `schema` rule's to report;
    // an empty value (`after:` alone is null) counts as missing here, since the author clearly left it out.
    if (!isRecord(escalation)) return;
    if (escalation.after === undefined || escalation.after === null) context.report({ messageId: 'missingAfter', path: ['escalation'], part: 'key' });
    const when = escalation.when;
    if (when === undefined || when === null || (Array.isArray(when) && when.length === 0)) {
      context.report({ messageId: 'missingWhen', path: ['escalation'], part: 'key' });
    }
  },
});
