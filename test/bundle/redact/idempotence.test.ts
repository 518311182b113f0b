import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Redactor } from '../../../src/bundle/redact/index.js';
import { b64, fake } from './corpus.js';

// Pieces of kubectl output, secrets among them, in any order with any separators: whatever comes out,
// redacting it again must change nothing, and no secret piece may survive.
const SECRETS = [fake.githubToken(), fake.jwt(), fake.slackToken(), fake.npmToken(), fake.awsKeyId(), fake.pem('RSA PRIVATE KEY', 3)];
const PIECES = [
  'apiVersion: v1\n',
  'data:\n',
  `  password: ${b64('s3cret-value-1')}\n`,
  'kind: Secret\n',
  'kind: ConfigMap\n',
  '- name: DB_PASSWORD\n',
  '  value: hunter2hunter2\n',
  'password=',
  'token: ',
  '"password": "',
  '"',
  'postgres://u:',
  '@db:5432/x',
  'Authorization: Bearer ',
  '[REDACTED:token:3]',
  '[REDACTED:',
  'REDACTED',
  '{\\"password\\":\\"',
  'sha256:0f3a',
  '--token ',
  ...SECRETS,
];

describe('idempotence', () => {
  test('redacting twice equals redacting once, and the secrets are gone', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(' ', '\n', '=', ':', '"', ',', '  ', '\t')), { maxLength: 24 }), (parts) => {
        const text = parts.map(([piece, separator]) => piece + separator).join('');
        const redactor = new Redactor({ literals: ['lit-value-0042'] });
        const once = redactor.redactText(text, 'f');
        expect(redactor.redactText(once, 'f')).toBe(once);
        expect(new Redactor().redactText(once, 'g')).toBe(once);
        for (const secret of SECRETS) expect(once.includes(secret)).toBe(false);
      }),
      { numRuns: 400, seed: 20260301 },
    );
  });

  test('on arbitrary text too', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const once = new Redactor({ literals: ['abcd'] }).redactText(text, 'f');
        expect(new Redactor({ literals: ['abcd'] }).redactText(once, 'f')).toBe(once);
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
