import { findAngleBracketPlaceholders } from '../../kube/index.js';
import { commandsOf, variablesOf } from '../../runbook/model.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'no-angle-placeholder',
    type: 'problem',
    description: 'Commands must use `{{name}}` placeholders, not `<name>`: in a shell, `<` and `>` are redirections.',
    severity: 'error',
    messages: {
      angle: 'Unexpected `{angle}`, expected `{placeholder}`: in a shell, `<` reads a file and `>` overwrites one',
      angleUndeclared: 'Unexpected `{angle}`, expected `{placeholder}` with `{name}` declared under `variables`: in a shell, `<` reads a file and `>` overwrites one',
    },
  },
  check(context) {
    if (!context.runbook) return;
    const declared = variablesOf(context.runbook);
    for (const command of commandsOf(context.runbook)) {
      for (const angle of findAngleBracketPlaceholders(command.command)) {
        const name = variableName(angle.text);
        context.report({
          messageId: declared.has(name) ? 'angle' : 'angleUndeclared',
          data: { angle: angle.text, placeholder: `{{${name}}}`, name },
          path: command.path,
          range: [angle.start, angle.end],
        });
      }
    }
  },
});

/** `<pod-name>` → `pod_name`: the variable-name form the schema accepts (`^[a-z][a-z0-9_]*$`). */
function variableName(angle: string): string {
  const name = angle
    .slice(1, -1)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .replace(/_+$/, '');
  return name || 'value';
}
