import { describe } from 'vitest';
import rule from '../../../src/lint/rules/no-unused-variable.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { runbookText, VALID_FRONT_MATTER, VALID_RUNBOOK } from '../../helpers/sample.js';

const replace = (from: string, to: string): string => runbookText(VALID_FRONT_MATTER.replace(from, to));

const NODE = '  node: { description: Node under pressure, type: k8s-name, choices_from: kubectl get nodes -o name }\n';
// Block style, so commands may hold `{{...}}` (inside a flow mapping the braces are YAML syntax); `pod` is declared on line 15.
const withVariables = (nodeChoices: string): string =>
  replace(NODE, `  node:\n    description: Node under pressure\n    choices_from: ${nodeChoices}\n  pod:\n    description: Pod to inspect\n`);

describe('no-unused-variable', () => {
  ruleTester(rule, {
    valid: [
      VALID_RUNBOOK,
      {
        name: 'used only in another variable\'s choices_from',
        code: withVariables('kubectl get nodes -o name').replace('--field-selector=status.phase=Failed', '--field-selector=spec.nodeName={{pod}}'),
      },
      {
        name: 'captured, then used by a later step',
        code: withVariables('kubectl get nodes -o name')
          .replace('    expect: "DiskPressure True"\n', '    capture: { pod: "^pod/(\\\\S+)" }\n')
          .replace('--field-selector=status.phase=Failed', '{{pod}}'),
      },
      { name: 'used in text the operator reads, such as `expect`', code: withVariables('kubectl get nodes -o name').replace('expect: "DiskPressure True"', 'expect: "{{pod}} is listed"') },
      { name: 'no variables at all', code: replace('variables:\n  namespace: { description: Namespace of the workload, default: production, type: k8s-name }\n' + NODE, '') },
      { name: 'variables of the wrong shape', code: replace('variables:\n', 'variables: [namespace, node]\nextra:\n') },
    ],
    invalid: [
      {
        name: 'declared and never used',
        code: withVariables('kubectl get nodes -o name'),
        errors: [{ messageId: 'unused', data: { name: 'pod', placeholder: '{{pod}}' }, line: 15, column: 3, endLine: 15, endColumn: 6 }],
      },
      {
        name: 'filled by capture and never used',
        code: withVariables('kubectl get nodes -o name').replace('    expect: "DiskPressure True"\n', '    capture: { pod: "^pod/(\\\\S+)" }\n'),
        errors: [{ messageId: 'capturedOnly', data: { name: 'pod', placeholder: '{{pod}}' }, line: 15, column: 3, endLine: 15, endColumn: 6 }],
      },
      {
        name: 'used only by its own choices_from',
        code: withVariables('kubectl get nodes -l pool={{node}} -o name').replace('describe node {{node}}', 'describe node {{pod}}'),
        errors: [{ messageId: 'unused', data: { name: 'node', placeholder: '{{node}}' }, line: 12, column: 3, endLine: 12, endColumn: 7 }],
      },
      {
        name: 'a typo leaves the declared variable unused',
        code: replace('get pods -n {{namespace}}', 'get pods -n {{namspace}}').replace('events -n {{namespace}}', 'events -A'),
        errors: [{ messageId: 'unused', data: { name: 'namespace', placeholder: '{{namespace}}' }, line: 11, column: 3, endLine: 11, endColumn: 12 }],
      },
    ],
  });
});
