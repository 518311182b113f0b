import { describe } from 'vitest';
import noUnprotectedSecretRead from '../../../src/lint/rules/no-unprotected-secret-read.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { runbookText, VALID_FRONT_MATTER, VALID_RUNBOOK } from '../../helpers/sample.js';

const replace = (from: string, to: string): string => runbookText(VALID_FRONT_MATTER.replace(from, to));
// Line 19 holds the first diagnosis command; its value starts at column 10.
const withRun = (run: string, extra = ''): string => replace('    run: kubectl describe node {{node}}\n', `    run: ${run}\n${extra}`);
const STEP = 'step';
const JSONPATH = "kubectl get secret db -n {{namespace}} -o jsonpath='{.data.password}'";

describe('no-unprotected-secret-read', () => {
  ruleTester(noUnprotectedSecretRead, {
    valid: [
      VALID_RUNBOOK,
      { name: 'describe shows key names only', code: withRun('kubectl describe secret db -n {{namespace}}') },
      { name: 'a list of Secrets by name', code: withRun('kubectl get secrets -n {{namespace}}') },
      { name: 'names only', code: withRun('kubectl get secret -n {{namespace}} -o name') },
      { name: 'yaml of something else', code: withRun('kubectl get configmap app -n {{namespace}} -o yaml') },
      { name: 'base64 that encodes', code: withRun('kubectl get nodes -o name | base64 -w0') },
      { name: 'a sensitive step', code: withRun(`${JSONPATH} | base64 -d`, '    sensitive: true\n') },
      { name: 'an approved step', code: withRun('kubectl get secret db -n {{namespace}} -o yaml', '    approval: The database owner approves\n') },
      { name: 'a certificate is public, and so is its decoding', code: withRun("kubectl get secret tls -n {{namespace}} -o jsonpath='{.data.tls\\.crt}' | base64 -d | openssl x509 -noout -enddate") },
      { name: 'the CA certificate', code: withRun("kubectl get secret tls -n {{namespace}} -o jsonpath='{.data.ca\\.crt}'") },
      { name: 'metadata only', code: withRun(`kubectl get secret tls -n {{namespace}} -o jsonpath='{.metadata.creationTimestamp}{"\\n"}{.metadata.annotations}'`) },
      { name: 'approval: true', code: withRun('kubectl get secret db -n {{namespace}} -ojson', '    approval: true\n') },
    ],
    invalid: [
      {
        name: 'jsonpath piped to base64 -d',
        code: withRun(`${JSONPATH} | base64 -d`),
        errors: [
          { messageId: STEP, data: { reason: "`kubectl get secret -o jsonpath` prints the Secret's data" }, line: 19, column: 10, endLine: 19, endColumn: 79 },
          { messageId: STEP, data: { reason: "`base64 -d` decodes a value, which is how a Secret's data is read" }, line: 19, column: 82, endLine: 19, endColumn: 91 },
        ],
      },
      {
        name: 'the key beside a certificate',
        code: withRun("kubectl get secret tls -n {{namespace}} -o jsonpath='{.data.tls\\.key}' | base64 -d"),
        errors: [
          { messageId: STEP, data: { reason: "`kubectl get secret -o jsonpath` prints the Secret's data" }, line: 19, column: 10 },
          { messageId: STEP, data: { reason: "`base64 -d` decodes a value, which is how a Secret's data is read" }, line: 19, column: 83 },
        ],
      },
      {
        name: 'a certificate read beside the whole data',
        code: withRun("kubectl get secret tls -n {{namespace}} -o jsonpath='{.data.tls\\.crt}{.data}'"),
        errors: [{ messageId: STEP, data: { reason: "`kubectl get secret -o jsonpath` prints the Secret's data" }, line: 19, column: 10 }],
      },
      {
        name: 'wildcards could reach any key',
        code: withRun("kubectl get secrets -n {{namespace}} -o jsonpath='{range .items[*]}{.data}{end}'"),
        errors: [{ messageId: STEP, data: { reason: "`kubectl get secret -o jsonpath` prints the Secret's data" }, line: 19, column: 10 }],
      },
      {
        name: 'a kind/name with -o=yaml',
        code: withRun('kubectl get secret/db -n {{namespace}} -o=yaml'),
        errors: [{ messageId: STEP, data: { reason: "`kubectl get secret -o yaml` prints the Secret's data" }, line: 19, column: 10, endLine: 19, endColumn: 56 }],
      },
      {
        name: 'a go-template',
        code: withRun('kubectl get secrets -n {{namespace}} -o go-template-file=show.tmpl'),
        errors: [{ messageId: STEP, data: { reason: "`kubectl get secret -o go-template-file` prints the Secret's data" }, line: 19, column: 10 }],
      },
      {
        name: 'base64 --decode anywhere',
        code: withRun('kubectl get configmap app -n {{namespace}} -o jsonpath={.data.blob} | base64 --decode'),
        errors: [{ messageId: STEP, data: { reason: "`base64 -d` decodes a value, which is how a Secret's data is read" }, line: 19, column: 80 }],
      },
      {
        name: 'approval: false is no approval',
        code: withRun('kubectl get secret db -n {{namespace}} -o json', '    approval: false\n'),
        errors: [{ messageId: STEP, data: { reason: "`kubectl get secret -o json` prints the Secret's data" }, line: 19, column: 10 }],
      },
      {
        name: 'a resolution step',
        code: replace('        tier: 3\n', '        run: kubectl get secret db -n {{namespace}} -o yaml\n'),
        errors: [{ messageId: STEP, data: { reason: "`kubectl get secret -o yaml` prints the Secret's data" }, line: 30, column: 14 }],
      },
      {
        name: 'collect cannot be protected',
        code: replace('    - kubectl get events -n {{namespace}} --sort-by=.lastTimestamp', '    - kubectl get secrets -n {{namespace}} -o yaml'),
        errors: [{ messageId: 'unattended', data: { where: '`escalation.collect`', reason: "`kubectl get secret -o yaml` prints the Secret's data" }, line: 37, column: 7, endLine: 37, endColumn: 51 }],
      },
    ],
  });
});
