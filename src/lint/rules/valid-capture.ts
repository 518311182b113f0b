import { isRecord, stepsOf } from '../../runbook/model.js';
import { defineRule } from '../rule.js';
import { compileRegex, groupCount } from '../../runbook/regex.js';

export default defineRule({
  meta: {
    id: 'valid-capture',
    type: 'problem',
    description: 'Each `capture` value must be a JavaScript regular expression with at least one capturing group.',
    severity: 'error',
    messages: {
      invalid: 'Capture `{name}` is not a valid regular expression: {error}',
      noGroup: 'Capture `{name}` has no capturing group; wrap the part that fills `{name}` in `(` and `)`',
    },
  },
  check(context) {
    const runbook = context.runbook;
    if (!runbook) return;
    for (const entry of stepsOf(runbook)) {
      const capture = entry.step.capture as unknown;
      if (!isRecord(capture)) continue;
      for (const [name, pattern] of Object.entries(capture)) {
        if (typeof pattern !== 'string') continue;
        const path = [...entry.path, 'capture', name];
        const compiled = compileRegex(pattern);
        if (typeof compiled === 'string') {
          context.report({ messageId: 'invalid', data: { name, error: compiled }, path });
        } else if (groupCount(compiled) === 0) {
          context.report({ messageId: 'noGroup', data: { name }, path });
        }
      }
    }
  },
});
