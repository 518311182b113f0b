import { describe } from 'vitest';
import noAnglePlaceholder from '../../../src/lint/rules/no-angle-placeholder.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { runbookText, VALID_FRONT_MATTER, VALID_RUNBOOK } from '../../helpers/sample.js';

const replace = (from: string, to: string): string => runbookText(VALID_FRONT_MATTER.replace(from, to));
// Line 19 holds the first diagnosis command; its value starts at column 10.
const withRun = (run: string): string => replace('    run: kubectl describe node {{node}}', `    run: ${run}`);

describe('no-angle-placeholder', () => {
  ruleTester(noAnglePlaceholder, {
    valid: [
      VALID_RUNBOOK,
      { name: 'input redirection from a file', code: withRun('kubectl apply --dry-run=server -f - < manifests/pdb.yaml') },
      { name: 'angle brackets inside quotes are text', code: withRun("kubectl get nodes -o name | grep -c '<none>'") },
      { name: 'angle brackets in prose are not commands', code: runbookText(VALID_FRONT_MATTER.replace('  - Pods are evicted with reason DiskPressure', '  - "kubectl logs <pod-name> shows: no space left on device"')) },
      { name: 'a command that is not a string', code: withRun('[kubectl, logs, <pod>]') },
    ],
    invalid: [
      {
        name: 'undeclared variable in a diagnosis step',
        code: withRun('kubectl logs <pod-name> -n {{namespace}}'),
        errors: [{ messageId: 'angleUndeclared', data: { angle: '<pod-name>', placeholder: '{{pod_name}}', name: 'pod_name' }, line: 19, column: 23, endLine: 19, endColumn: 33 }],
      },
      {
        name: 'declared variable in choices_from',
        code: replace('choices_from: kubectl get nodes -o name', 'choices_from: kubectl get nodes -l pool=<NODE> -o name'),
        errors: [{ messageId: 'angle', data: { angle: '<NODE>', placeholder: '{{node}}', name: 'node' }, line: 12, column: 101, endLine: 12, endColumn: 107 }],
      },
      {
        name: 'two in one escalation.collect command',
        code: replace('    - kubectl get events -n {{namespace}} --sort-by=.lastTimestamp', '    - kubectl describe <resource>/<Name> -n {{namespace}}'),
        errors: [
          { messageId: 'angleUndeclared', data: { angle: '<resource>', placeholder: '{{resource}}', name: 'resource' }, line: 37, column: 24, endLine: 37, endColumn: 34 },
          { messageId: 'angleUndeclared', data: { angle: '<Name>', placeholder: '{{name}}', name: 'name' }, line: 37, column: 35, endLine: 37, endColumn: 41 },
        ],
      },
      {
        name: 'a resolution step, in a double-quoted YAML string',
        code: replace('        tier: 3\n', '        run: "kubectl delete pod <pod.name-2> -n {{namespace}}"\n'),
        errors: [{ messageId: 'angleUndeclared', data: { angle: '<pod.name-2>', placeholder: '{{pod_name_2}}', name: 'pod_name_2' }, line: 30, column: 34, endLine: 30, endColumn: 46 }],
      },
    ],
  });
});
