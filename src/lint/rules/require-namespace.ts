import { classifyCommand, needsNamespace } from '../../kube/index.js';
import { commandsOf, variablesOf } from '../../runbook/model.js';
import { defineRule } from '../rule.js';
import { maskPlaceholderMistakes } from './read-only-commands.js';

export default defineRule({
  meta: {
    id: 'require-namespace',
    type: 'suggestion',
    description: 'kubectl commands on namespaced objects must name the namespace with `-n`/`--namespace` or use `-A`/`--all-namespaces`.',
    severity: 'warn',
    messages: {
      missing: 'Missing namespace: `{program}` without `-n` runs against whatever namespace the operator\'s kube context happens to have; add `{flag}`, or `-A` for every namespace',
    },
  },
  check(context) {
    if (!context.runbook) return;
    const flag = `-n {{${namespaceVariable(variablesOf(context.runbook))}}}`;
    for (const command of commandsOf(context.runbook)) {
      // Wrappers (`timeout 10 kubectl …`, `sh -c '…'`) carry the kubectl invocation they run, and are reported whole.
      for (const simple of classifyCommand(maskPlaceholderMistakes(command.command)).commands) {
        if (!simple.kubectl || !needsNamespace(simple.kubectl)) continue;
        context.report({ messageId: 'missing', data: { program: simple.program === 'oc' ? 'oc' : 'kubectl', flag }, path: command.path, range: [simple.start, simple.end] });
      }
    }
  },
});

/** The variable the runbook already uses for the namespace, so the suggestion can be pasted as it is. */
function namespaceVariable(variables: Map<string, unknown>): string {
  return ['namespace', 'ns', 'target_namespace'].find((name) => variables.has(name)) ?? [...variables.keys()].find((name) => name.endsWith('namespace')) ?? 'namespace';
}
