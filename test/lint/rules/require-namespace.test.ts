import { describe } from 'vitest';
import requireNamespace from '../../../src/lint/rules/require-namespace.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { runbookText, VALID_FRONT_MATTER, VALID_RUNBOOK } from '../../helpers/sample.js';

const replace = (from: string, to: string): string => runbookText(VALID_FRONT_MATTER.replace(from, to));
// Line 19 holds the first diagnosis command; its value starts at column 10.
const withRun = (run: string): string => replace('    run: kubectl describe node {{node}}', `    run: ${run}`);
const FLAG = { program: 'kubectl', flag: '-n {{namespace}}' };

describe('require-namespace', () => {
  ruleTester(requireNamespace, {
    valid: [
      VALID_RUNBOOK,
      { name: 'every namespace', code: withRun('kubectl get pods -A --field-selector=status.phase=Failed') },
      { name: 'long and attached spellings', code: withRun('kubectl get pods --namespace=prod && kubectl get svc -nprod && kubectl get cm --all-namespaces') },
      { name: 'cluster-scoped objects and namespace-less verbs', code: withRun('kubectl get nodes,pv && kubectl config current-context && kubectl cordon {{node}}') },
      { name: 'an angle placeholder does not swallow -n', code: withRun('kubectl logs <pod-name> -n {{namespace}}') },
      { name: 'not kubectl', code: withRun('curl -s https://status.example.com/api') },
    ],
    invalid: [
      {
        name: 'get pods in a diagnosis step',
        code: withRun('kubectl get pods --field-selector=status.phase=Failed'),
        errors: [{ messageId: 'missing', data: FLAG, line: 19, column: 10, endLine: 19, endColumn: 63 }],
      },
      {
        name: 'a resolution step, second command of a list',
        code: replace('        tier: 3\n', '        run: kubectl get pods -n {{namespace}} -o wide; kubectl rollout restart deployment/web\n'),
        errors: [{ messageId: 'missing', data: FLAG, line: 30, column: 57, endLine: 30, endColumn: 95 }],
      },
      {
        name: 'a wrapper in escalation.collect is reported whole',
        code: replace('    - kubectl get events -n {{namespace}} --sort-by=.lastTimestamp', '    - timeout 20 kubectl get events --sort-by=.lastTimestamp'),
        errors: [{ messageId: 'missing', data: FLAG, line: 37, column: 7, endLine: 37, endColumn: 61 }],
      },
      {
        name: 'choices_from, suggesting the variable the runbook has',
        code: replace(
          'variables:\n  namespace: { description: Namespace of the workload, default: production, type: k8s-name }\n',
          'variables:\n  app_namespace: { description: Namespace of the workload, default: production, type: k8s-name }\n  deployment: { description: The deployment, choices_from: oc get deployments -o name }\n',
        ),
        errors: [{ messageId: 'missing', data: { program: 'oc', flag: '-n {{app_namespace}}' }, line: 12, column: 60, endLine: 12, endColumn: 86 }],
      },
    ],
  });
});
