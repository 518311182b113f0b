import { describe } from 'vitest';
import rule from '../../../src/lint/rules/no-quoted-placeholder.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { runbookText, VALID_FRONT_MATTER, VALID_RUNBOOK } from '../../helpers/sample.js';

const withRun = (run: string): string => runbookText(VALID_FRONT_MATTER.replace('run: kubectl describe node {{node}}', `run: ${run}`));
const where = {
  double: 'inside double quotes',
  single: 'inside single quotes',
};

describe('no-quoted-placeholder', () => {
  ruleTester(rule, {
    valid: [
      VALID_RUNBOOK,
      withRun('kubectl get pods -n {{namespace}} -l app={{node}}'),
      { name: 'go-templates are not placeholders', code: withRun(`kubectl get pods -n {{namespace}} -o go-template="{{.metadata.name}}{{end}}"`) },
      { name: 'inside `$( )` the quoting starts afresh, so a placeholder there is bare', code: withRun('echo "$(kubectl get pods -n {{namespace}})"') },
      { name: 'quotes elsewhere in the line are fine', code: withRun(`kubectl logs -n {{namespace}} {{node}} | grep -E "timeout|refused"`) },
    ],
    invalid: [
      {
        name: 'double quotes',
        code: withRun('kubectl get pods -l "app={{node}}" -n {{namespace}}'),
        errors: [{ messageId: 'quoted', data: { placeholder: '{{node}}', where: where.double }, line: 19, column: 35, endLine: 19, endColumn: 43 }],
      },
      {
        name: 'single quotes, in a YAML-quoted string',
        code: withRun(`"kubectl get pods -n {{namespace}} -l 'app={{node}}'"`),
        errors: [{ messageId: 'quoted', data: { placeholder: '{{node}}', where: where.single }, line: 19, column: 53, endLine: 19, endColumn: 61 }],
      },
      {
        name: 'in escalation.collect',
        code: runbookText(VALID_FRONT_MATTER.replace('- kubectl get events -n {{namespace}} --sort-by=.lastTimestamp', '- kubectl get events -n "{{namespace}}"')),
        errors: [{ messageId: 'quoted', data: { placeholder: '{{namespace}}', where: where.double }, line: 37, column: 30 }],
      },
    ],
  });
});
