import { parseShell, type PlaceholderContext } from '../../kube/index.js';
import { commandsOf } from '../../runbook/model.js';
import { defineRule } from '../rule.js';

const WHERE: Record<Exclude<PlaceholderContext, 'bare'>, string> = {
  'single-quoted': 'inside single quotes',
  'double-quoted': 'inside double quotes',
  backtick: 'inside a backtick command substitution',
  expansion: 'inside a `${...}` expansion',
  heredoc: 'inside a here-document',
};

export default defineRule({
  meta: {
    id: 'no-quoted-placeholder',
    type: 'problem',
    description: 'A `{{placeholder}}` must stand outside quotes, substitutions and here-documents, where its shell-quoted value stays one literal word.',
    severity: 'error',
    messages: {
      quoted: '`{placeholder}` is {where}: the value is inserted shell-quoted, and quoting it again lets `$(...)` or a quote in the value run as shell code; remove the surrounding quotes',
    },
  },
  check(context) {
    if (!context.runbook) return;
    for (const command of commandsOf(context.runbook)) {
      for (const placeholder of parseShell(command.command).placeholders) {
        if (placeholder.context === 'bare') continue;
        context.report({
          messageId: 'quoted',
          data: { placeholder: placeholder.text, where: WHERE[placeholder.context] },
          path: command.path,
          range: [placeholder.start, placeholder.end],
        });
      }
    }
  },
});
