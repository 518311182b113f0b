import { describe } from 'vitest';
import rule from '../../../src/lint/rules/no-undeclared-variable.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { runbookText, VALID_FRONT_MATTER, VALID_RUNBOOK } from '../../helpers/sample.js';

const replace = (from: string, to: string): string => runbookText(VALID_FRONT_MATTER.replace(from, to));

describe('no-undeclared-variable', () => {
  ruleTester(rule, {
    valid: [
      VALID_RUNBOOK,
      { name: 'whitespace inside the braces', code: replace('{{node}}', '{{ node }}') },
      { name: 'a capture into a declared variable', code: replace('    expect: "DiskPressure True"\n', '    capture: { node: "^node/(\\\\S+)" }\n') },
      { name: 'placeholders in a literal block', code: replace('run: kubectl describe node {{node}}', 'run: |\n      kubectl describe node {{node}}') },
      { name: 'variables of the wrong shape still declare names', code: replace('  namespace: { description: Namespace of the workload, default: production, type: k8s-name }', '  namespace: production') },
    ],
    invalid: [
      {
        name: 'a typo in a run command gets a suggestion, located at the placeholder',
        code: replace('{{node}}', '{{nod}}'),
        errors: [{ messageId: 'undeclaredTypo', data: { placeholder: '{{nod}}', suggestion: '{{node}}' }, line: 19, column: 32, endLine: 19, endColumn: 39 }],
      },
      {
        name: 'an unknown name in escalation.collect',
        code: replace('events -n {{namespace}}', 'events -n {{pod}}'),
        errors: [{ messageId: 'undeclared', data: { placeholder: '{{pod}}' }, line: 37, column: 29, endLine: 37, endColumn: 36 }],
      },
      {
        name: 'an invalid name in choices_from',
        // Block style: inside a flow mapping `{ ... }`, the braces would be YAML syntax.
        code: replace(
          '  node: { description: Node under pressure, type: k8s-name, choices_from: kubectl get nodes -o name }',
          '  node:\n    description: Node under pressure\n    choices_from: kubectl get nodes -l {{ Node Pool }}',
        ),
        errors: [{ messageId: 'invalidName', data: { placeholder: '{{ Node Pool }}' }, line: 14, column: 40, endLine: 14, endColumn: 55 }],
      },
      {
        name: 'empty braces',
        code: replace('{{node}}', '{{}}'),
        errors: [{ messageId: 'invalidName', data: { placeholder: '{{}}' }, line: 19, column: 32, endLine: 19, endColumn: 36 }],
      },
      {
        name: 'inside double quotes, each use is reported',
        code: replace('run: kubectl describe node {{node}}', 'run: "kubectl describe node {{nodes}} -n {{ns}}"'),
        errors: [
          { messageId: 'undeclaredTypo', data: { placeholder: '{{nodes}}', suggestion: '{{node}}' }, line: 19, column: 33, endLine: 19, endColumn: 42 },
          { messageId: 'undeclared', data: { placeholder: '{{ns}}' }, line: 19, column: 46, endLine: 19, endColumn: 52 },
        ],
      },
      {
        name: 'capture targets are located at their keys',
        code: replace('    expect: "DiskPressure True"\n', '    capture: { nde: "^node/(\\\\S+)", zone: "zone=(\\\\S+)" }\n'),
        errors: [
          { messageId: 'undeclaredCaptureTypo', data: { name: 'nde', suggestion: 'node' }, line: 20, column: 16, endLine: 20, endColumn: 19 },
          { messageId: 'undeclaredCapture', data: { name: 'zone' }, line: 20, column: 37, endLine: 20, endColumn: 41 },
        ],
      },
    ],
  });
});
