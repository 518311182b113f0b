import { classifyCommand, findAngleBracketPlaceholders, parseShell } from '../../kube/index.js';
import { commandsOf, type CommandEntry } from '../../runbook/model.js';
import { defineRule } from '../rule.js';

const WHERE: Record<CommandEntry['kind'], string> = {
  run: 'a diagnosis step',
  choices_from: '`choices_from`',
  collect: '`escalation.collect`',
};

export default defineRule({
  meta: {
    id: 'read-only-commands',
    type: 'problem',
    description: 'Diagnosis steps, `choices_from` and `escalation.collect` must only run read-only commands.',
    severity: 'error',
    messages: {
      mutating: 'Unexpected mutating command in {where}: {reason}; a command that changes something belongs in a resolution step, where the runner asks for confirmation',
      unchecked: 'Cannot tell whether the command in {where} only reads: {reason}',
    },
  },
  check(context) {
    if (!context.runbook) return;
    for (const command of commandsOf(context.runbook)) {
      if (!command.readOnlyRequired) continue;
      const line = command.command;
      const result = classifyCommand(maskPlaceholderMistakes(line));
      if (result.safety === 'read-only') continue;
      const where = WHERE[command.kind];
      const error = result.errors[0];
      const culprit = result.commands.find((c) => c.safety === 'mutating');
      if (error) {
        // A line the parser cannot read is reported where it stops making sense: one character.
        const start = Math.max(0, Math.min(error.offset, line.length - 1));
        context.report({ messageId: 'unchecked', data: { where, reason: error.message }, path: command.path, range: [start, Math.min(line.length, start + 1)] });
      } else if (culprit) {
        context.report({ messageId: 'mutating', data: { where, reason: culprit.reason }, path: command.path, range: [culprit.start, culprit.end] });
      } else {
        context.report({ messageId: 'unchecked', data: { where, reason: result.reason }, path: command.path });
      }
    }
  },
});

/**
 * The line with quoted `{{placeholders}}` and `<angle>` placeholders replaced by plain words of the same
 * length, so offsets still match. Both are mistakes that `no-quoted-placeholder` and `no-angle-placeholder`
 * report; classifying the line as meant keeps one mistake from being reported twice, and for the wrong reason.
 */
export function maskPlaceholderMistakes(line: string): string {
  const ranges = [
    ...parseShell(line)
      .placeholders.filter((p) => p.context !== 'bare')
      .map((p) => [p.start, p.end] as const),
    ...findAngleBracketPlaceholders(line).map((a) => [a.start, a.end] as const),
  ];
  let masked = line;
  for (const [start, end] of ranges) masked = masked.slice(0, start) + 'x'.repeat(end - start) + masked.slice(end);
  return masked;
}
