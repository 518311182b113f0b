import { describe } from 'vitest';
import noLiteralSecrets from '../../../src/lint/rules/no-literal-secrets.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { runbookText, VALID_BODY, VALID_FRONT_MATTER, VALID_RUNBOOK } from '../../helpers/sample.js';

// Fake secrets are assembled at run time so that no secret scanner flags this repository.
const AWS_KEY = ['AK', 'IA', 'IOSFODNN7', 'EXAMPLE'].join('');
const GITHUB_TOKEN = ['gh', 'p_', 'Ab1'.repeat(12)].join('');
const JWT = ['ey' + 'JhbGciOiJIUzI1NiJ9', 'ey' + 'JzdWIiOiIxMjM0In0', 'c2lnbmF0dXJlLWZha2U'].join('.');
const PEM_LABEL = ['RSA', 'PRIVATE', 'KEY'].join(' ');
const PEM = `-----BEGIN ${PEM_LABEL}-----\nMIIB${'A'.repeat(60)}\n-----END ${PEM_LABEL}-----`;
const SLACK_WEBHOOK = ['https://hooks.slack.com/services/', 'T0000', '0000/B0000', '0000/', 'Xy9'.repeat(8)].join('');
const GOOGLE_KEY = ['AI', 'za', 'Sy', 'B'.repeat(33)].join('');

// The sample's body starts on line 39; run on line 19 starts its value at column 10.
const withBody = (body: string): string => runbookText(undefined, body + VALID_BODY);
const withRun = (run: string): string => runbookText(VALID_FRONT_MATTER.replace('    run: kubectl describe node {{node}}', `    run: ${run}`));

describe('no-literal-secrets', () => {
  ruleTester(noLiteralSecrets, {
    valid: [
      VALID_RUNBOOK,
      {
        name: 'placeholders, references and masks',
        code: withBody(
          [
            '```sh',
            'psql "postgres://app:{{db_password}}@db/app"',
            'kubectl --token=$TOKEN get pods',
            'curl -H "Authorization: Bearer ${TOKEN}" https://api.example.com',
            'export PGPASSWORD="$(kubectl get secret db -o jsonpath={.data.password} | base64 -d)"',
            "kubectl get secret db -o jsonpath='{.data.password}'",
            'kubectl create secret generic db --from-literal=password={{db_password}}',
            'mysql --password=<redacted>',
            'TOKEN_TTL_SECONDS=30 ./rotate.sh',
            'password=*** token=xxxxxxxx api_key=REDACTED',
            'docker login --password-stdin registry.example.com',
            '```',
            '',
          ].join('\n'),
        ),
      },
      {
        name: 'things that look like credentials but are not',
        code: withBody(
          [
            'Connect with `ssh admin@bastion.example.com` and check `image: nginx@sha256:' + 'ab12'.repeat(16) + '`.',
            'Trace id 123e4567-e89b-12d3-a456-426614174000; pass the --token flag, never a value.',
            'Token: ask the on-call for one.',
            `A key file starts with \`-----BEGIN ${PEM_LABEL}-----\`.`,
            '',
            '```yaml',
            'env:',
            '  - name: DB_PASSWORD',
            '    valueFrom: { secretKeyRef: { name: db, key: password } }',
            'existingSecret: db-credentials',
            'automountServiceAccountToken: false',
            '```',
            '',
          ].join('\n'),
        ),
      },
      { name: 'a reference in a front-matter command', code: withRun('psql "postgres://app:$PGPASSWORD@db/app" -c "select 1"') },
      {
        name: 'a capture pattern for a variable named token',
        code: runbookText(VALID_FRONT_MATTER.replace('    run: kubectl describe node {{node}}\n', '    run: kubectl describe node {{node}}\n    capture:\n      token: "^token: (\\\\S+)"\n')),
      },
      { name: 'a secret variable without a default', code: runbookText(VALID_FRONT_MATTER.replace('variables:\n', 'variables:\n  db_password: { description: Database password }\n')) },
    ],
    invalid: [
      {
        name: 'password assignment in a front-matter command',
        code: withRun("PGPASSWORD=hunter2 psql -h db -c 'select 1'"),
        errors: [{ messageId: 'assignment', data: { key: 'PGPASSWORD', ref: 'PGPASSWORD' }, line: 19, column: 21, endLine: 19, endColumn: 28 }],
      },
      {
        name: 'a token shape wins over the assignment it sits in',
        code: withRun(`"curl -H 'Authorization: token ${GITHUB_TOKEN}' https://api.github.com/user"`),
        errors: [{ messageId: 'token', data: { kind: 'GitHub token', ref: 'GITHUB_TOKEN' }, line: 19, column: 41, endLine: 19, endColumn: 81 }],
      },
      {
        name: 'an AWS key and a JWT in the body',
        code: withBody(`Leaked key ${AWS_KEY} here.\n\n\`curl -H "Authorization: Bearer ${JWT}"\`\n\n`),
        errors: [
          { messageId: 'token', data: { kind: 'AWS access key id', ref: 'AWS_ACCESS_KEY_ID' }, line: 39, column: 12, endLine: 39, endColumn: 32 },
          { messageId: 'token', data: { kind: 'JWT', ref: 'TOKEN' }, line: 41, column: 33, endLine: 41, endColumn: 93 },
        ],
      },
      {
        name: 'a private key block, reported whole',
        code: withBody(`\`\`\`\n${PEM}\n\`\`\`\n\n`),
        errors: [{ messageId: 'token', data: { kind: 'private key', ref: 'KEY_FILE' }, line: 40, column: 1, endLine: 42, endColumn: 30 }],
      },
      {
        name: 'JSON, YAML and URL credentials',
        code: withBody(
          ['```', '{"username": "app", "password": "hunter2"}', 'stringData:', '  api_key: s3cr3t-Value  # for staging', 'redis-cli -u redis://app:hunter2@cache:6379/0', 'curl -u admin:hunter2 https://example.com', '```', ''].join('\n'),
        ),
        errors: [
          { messageId: 'assignment', data: { key: 'password', ref: 'PASSWORD' }, line: 40, column: 34, endLine: 40, endColumn: 41 },
          { messageId: 'assignment', data: { key: 'api_key', ref: 'API_KEY' }, line: 42, column: 12, endLine: 42, endColumn: 24 },
          { messageId: 'userinfo', line: 43, column: 26, endLine: 43, endColumn: 33 },
          { messageId: 'userinfo', line: 44, column: 15, endLine: 44, endColumn: 22 },
        ],
      },
      {
        name: 'flags, example values and Slack and Google keys',
        code: withBody(
          [
            'kubectl --token abc123XYZ get pods',
            'kubectl create secret generic db --from-literal=password=changeme',
            `curl -X POST ${SLACK_WEBHOOK}`,
            `https://maps.example.com/?key=${GOOGLE_KEY}`,
            '',
          ].join('\n'),
        ),
        errors: [
          { messageId: 'assignment', data: { key: '--token', ref: 'TOKEN' }, line: 39, column: 17, endLine: 39, endColumn: 26 },
          { messageId: 'assignment', data: { key: 'password', ref: 'PASSWORD' }, line: 40, column: 58, endLine: 40, endColumn: 66 },
          { messageId: 'token', data: { kind: 'Slack webhook URL', ref: 'SLACK_WEBHOOK_URL' }, line: 41, column: 47, endLine: 41, endColumn: 91 },
          { messageId: 'token', data: { kind: 'Google API key', ref: 'GOOGLE_API_KEY' }, line: 42, column: 31, endLine: 42, endColumn: 70 },
        ],
      },
      {
        name: 'a default for a secret variable',
        code: runbookText(VALID_FRONT_MATTER.replace('variables:\n', 'variables:\n  db_password: { description: Database password, default: "hunter2" }\n')),
        errors: [{ messageId: 'default', data: { name: 'db_password' }, line: 11, column: 59, endLine: 11, endColumn: 68 }],
      },
    ],
  });
});
