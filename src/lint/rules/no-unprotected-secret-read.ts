import { findSecretReads } from '../../kube/index.js';
import { commandsOf } from '../../runbook/model.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'no-unprotected-secret-read',
    type: 'problem',
    description: 'A step that prints Secret data must be `sensitive: true` or need an `approval`; `choices_from` and `escalation.collect` must not print it.',
    severity: 'error',
    messages: {
      step: 'Unexpected read of Secret data in a step that is neither `sensitive` nor approved: {reason}; add `sensitive: true` (shown, never stored) or `approval` (recorded before it runs)',
      unattended: 'Unexpected read of Secret data in {where}: {reason}; nothing there can keep the value out of the session and the bundle',
    },
  },
  check(context) {
    if (!context.runbook) return;
    for (const command of commandsOf(context.runbook)) {
      const reads = findSecretReads(command.command);
      if (reads.length === 0) continue;
      const step = command.step?.step;
      if (step && (step.sensitive === true || isApproved(step.approval))) continue;
      for (const read of reads) {
        const range: [number, number] = [read.start, read.end];
        if (command.kind === 'run') context.report({ messageId: 'step', data: { reason: read.reason }, path: command.path, range });
        else context.report({ messageId: 'unattended', data: { where: command.kind === 'collect' ? '`escalation.collect`' : '`choices_from`', reason: read.reason }, path: command.path, range });
      }
    }
  },
});

function isApproved(approval: unknown): boolean {
  return approval === true || (typeof approval === 'string' && approval.trim() !== '');
}
