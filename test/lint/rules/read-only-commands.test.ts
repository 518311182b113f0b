import { describe } from 'vitest';
import readOnlyCommands from '../../../src/lint/rules/read-only-commands.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { runbookText, VALID_FRONT_MATTER, VALID_RUNBOOK } from '../../helpers/sample.js';

const replace = (from: string, to: string): string => runbookText(VALID_FRONT_MATTER.replace(from, to));
// Line 19 holds the first diagnosis command; its value starts at column 10.
const withRun = (run: string): string => replace('    run: kubectl describe node {{node}}', `    run: ${run}`);
const DIAGNOSIS = 'a diagnosis step';

describe('read-only-commands', () => {
  ruleTester(readOnlyCommands, {
    valid: [
      VALID_RUNBOOK,
      { name: 'a pipeline of reads', code: withRun('kubectl get pods -A -o wide 2>/dev/null | grep -v Running | sort -k4') },
      { name: 'a mutating command in a resolution step', code: replace('        tier: 3\n', '        run: kubectl delete pod {{node}} -n {{namespace}}\n') },
      { name: 'a quoted placeholder is no-quoted-placeholder\'s finding', code: withRun("kubectl get nodes -o name | grep '{{node}}'") },
      { name: 'an angle placeholder is no-angle-placeholder\'s finding', code: withRun('kubectl logs <pod-name> -n {{namespace}} --tail=100') },
    ],
    invalid: [
      {
        name: 'a dry run that kubectl ignores: delete --raw',
        code: withRun('kubectl delete --raw /api/v1/namespaces/shop/pods/web-1 --dry-run=client'),
        errors: [{ messageId: 'mutating', data: { where: DIAGNOSIS, reason: '`kubectl delete` changes the cluster: with `--raw` kubectl sends the request whatever `--dry-run` says' }, line: 19, column: 10, endLine: 19, endColumn: 82 }],
      },
      {
        name: 'delete in a diagnosis step',
        code: withRun('kubectl delete pod {{node}} -n {{namespace}}'),
        errors: [{ messageId: 'mutating', data: { where: DIAGNOSIS, reason: '`kubectl delete` changes the cluster' }, line: 19, column: 10, endLine: 19, endColumn: 54 }],
      },
      {
        name: 'the mutating part of a list of commands',
        code: withRun('kubectl get deploy -n {{namespace}} && kubectl scale deploy web --replicas=0 -n {{namespace}}'),
        errors: [{ messageId: 'mutating', data: { where: DIAGNOSIS, reason: '`kubectl scale` changes the cluster' }, line: 19, column: 49, endLine: 19, endColumn: 103 }],
      },
      {
        name: 'an unknown program',
        code: withRun("psql -h db -c 'select 1'"),
        errors: [{ messageId: 'mutating', data: { where: DIAGNOSIS, reason: '`psql` is not known to be read-only' }, line: 19, column: 10, endLine: 19, endColumn: 34 }],
      },
      {
        name: 'a redirection in choices_from',
        code: replace('choices_from: kubectl get nodes -o name', 'choices_from: kubectl get nodes -o name > /tmp/nodes'),
        errors: [{ messageId: 'mutating', data: { where: '`choices_from`', reason: 'output is redirected to the file `/tmp/nodes`' }, line: 12, column: 75, endLine: 12, endColumn: 113 }],
      },
      {
        name: 'a line that does not parse in escalation.collect',
        code: replace('--sort-by=.lastTimestamp', '--sort-by=".lastTimestamp'),
        errors: [{ messageId: 'unchecked', data: { where: '`escalation.collect`', reason: 'unterminated double quote: no closing `"`' }, line: 37, column: 53, endLine: 37, endColumn: 54 }],
      },
    ],
  });
});
