import { describe, expect, test } from 'vitest';
import { ConfigError } from '../../../src/errors.js';
import { isScannable, Redactor } from '../../../src/bundle/redact/index.js';
import { b64, fake, filler } from './corpus.js';

// Kubernetes' harmless forms: Tier 3 needs them, and none is a credential. Each must survive byte for byte.
const READABLE: [string, string][] = [
  ['image digest', `    image: registry.example.com/api@sha256:${filler(64, '0123456789abcdef')}\n    imageID: docker-pullable://api@sha256:${filler(64, '0123456789abcdef')}\n`],
  ['UIDs and resource versions', `  resourceVersion: "48213377"\n  uid: 6f1c2a8e-3b4d-4e5f-9a0b-1c2d3e4f5a6b\n`],
  ['describe secret byte counts', `Name:         db\nType:  Opaque\n\nData\n====\npassword:  16 bytes\nusername:  5 bytes\ntoken:     953 bytes\n`],
  ['config view markers', `users:\n- name: admin\n  user:\n    client-certificate-data: DATA+OMITTED\n    client-key-data: DATA+OMITTED\n    token: REDACTED\n`],
  ['client-certificate-data is public', `    client-certificate-data: ${b64(`certificate ${filler(120)}`)}\n`],
  ['secretKeyRef and secretName are names', `        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef:\n              key: password\n              name: db-credentials\n      volumes:\n      - name: tls\n        secret:\n          secretName: api-tls\n`],
  ['describe pod env from a Secret', `      DB_PASSWORD:  <set to the key 'password' in secret 'db-credentials'>  Optional: false\n`],
  ['placeholder URL', `amqp://user:<password>@broker:5672/app\nhttps://user:\${PASSWORD}@git.example.com/repo.git\n`],
  ['variable references', `password=\${DB_PASSWORD}\ntoken=$(cat /var/run/secrets/token)\nAPI_KEY=$API_KEY\n--token={{token}}\n`],
  ['names that are not secrets', `TOKEN_TTL_SECONDS=3600\nmax_tokens=4096\ntokenizer: bpe\npasswordless: true\npassword_min_length=12\nautomountServiceAccountToken: false\n`],
  ['git SHAs and pod-template-hash', `commit ${filler(40, '0123456789abcdef')}\n    pod-template-hash: 7d9f8b6c5d\n    controller-revision-hash: 5b8f6d7c9\n`],
  ['base64 of ordinary ConfigMap data', `apiVersion: v1\ndata:\n  banner: ${b64('Welcome to the staging cluster')}\n  settings.json: '{"retries": 3}'\nkind: ConfigMap\n`],
  ['prose mentioning tokens', `Token: ask the on-call for a fresh one.\nUse the --token flag with a service account.\n`],
  ['paths to credentials', `GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/google/key.json\n--token-file=/var/run/secrets/kubernetes.io/serviceaccount/token\n`],
  ['events and timestamps', `LAST SEEN   TYPE      REASON    OBJECT        MESSAGE\n2m          Warning   BackOff   pod/api-7d9f   Back-off restarting failed container\n2026-03-01T04:22:33.123Z INFO request served\n`],
  ['a JWT-like string whose header is not a JWT header', `eyJub3QiOiJqd3QifQ.${filler(20)}.${filler(20)}\n`],
  ['a runbook declaring secret variables', `variables:\n  api_token: { description: Token for the reports API, type: string }\n  db_password:\n    description: Password of the reporting database\n    type: string\n`],
  ['pagination tokens and an auth setting', `nextPageToken=${filler(8, '0123456789')}\nauth: oidc\n`],
];

describe('what stays readable', () => {
  test.each(READABLE)('%s', (_name, text) => {
    const redactor = new Redactor();
    expect(redactor.redactText(text, 'steps/01.txt')).toBe(text);
    expect(redactor.hits()).toEqual([]);
  });

  test('a quoted passphrase is a value even when it reads like words', () => {
    expect(new Redactor().redactText('password: "correct horse battery staple"\n', 'f')).toBe('password: "[REDACTED:password:1]"\n');
  });

  test('around a secret, only the secret goes: user, host, port, database and key names stay', () => {
    const password = fake.password();
    // The scheme is assembled so that secret scanners do not flag this file.
    const scheme = ['post', 'gres'].join('');
    const text = `DATABASE_URL=${scheme}://app:${password}@db.prod:5432/orders\ndb_password: ${password}\n`;
    expect(new Redactor().redactText(text, 'f')).toBe(`DATABASE_URL=${scheme}://app:[REDACTED:url-password:1]@db.prod:5432/orders\ndb_password: [REDACTED:url-password:1]\n`);
  });
});

describe('placeholders', () => {
  test('the same secret gets the same placeholder in every file; distinct ones are numbered per kind', () => {
    const [first, second] = [fake.jwt(), fake.jwt()];
    const redactor = new Redactor();
    expect(redactor.redactText(`a ${first}\nb ${second}\n`, 'steps/01.txt')).toBe('a [REDACTED:jwt:1]\nb [REDACTED:jwt:2]\n');
    expect(redactor.redactText(`Authorization: Bearer ${second}`, 'collected/events.txt')).toBe('Authorization: Bearer [REDACTED:jwt:2]');
  });

  test("a Secret's base64 value and the decoded value elsewhere share a placeholder", () => {
    const value = fake.password();
    const redactor = new Redactor();
    const yaml = redactor.redactText(`apiVersion: v1\ndata:\n  password: ${b64(value)}\nkind: Secret\n`, 'a');
    const env = redactor.redactText(`DB_PASSWORD=${value}`, 'b');
    expect(yaml).toContain('password: [REDACTED:secret-data:1]');
    expect(env).toBe('DB_PASSWORD=[REDACTED:secret-data:1]');
  });

  test('a literal and its base64 forms share a placeholder', () => {
    const literal = `lit-${filler(30)}`;
    const redactor = new Redactor({ literals: [literal] });
    const out = redactor.redactText(`${literal} ${b64(literal)} ${Buffer.from(literal).toString('base64url')}`, 'f');
    expect(out).toBe('[REDACTED:value:1] [REDACTED:value:1] [REDACTED:value:1]');
  });

  test('a short literal is matched as a whole word only', () => {
    const redactor = new Redactor({ literals: ['hunt'] });
    expect(redactor.redactText('hunt hunter2 hunt.', 'f')).toBe('[REDACTED:value:1] hunter2 [REDACTED:value:1].');
  });

  test('redacting the output again changes nothing, in a new instance or the same one', () => {
    const text = [
      `postgres://app:${fake.password()}@db:5432/x`,
      `token: ${fake.jwt()}`,
      `apiVersion: v1\ndata:\n  password: ${b64(fake.password())}\nkind: Secret`,
      fake.pem('EC PRIVATE KEY'),
      `password=REDACTED token=[REDACTED:token:7]`,
    ].join('\n');
    const redactor = new Redactor();
    const once = redactor.redactText(text, 'f');
    expect(redactor.redactText(once, 'f')).toBe(once);
    expect(new Redactor().redactText(once, 'g')).toBe(once);
  });
});

describe('hits', () => {
  test('say where, by which rule and how often, never the value; merged per file, line and rule and sorted', () => {
    const [token, password] = [fake.githubToken(), fake.password()];
    const redactor = new Redactor();
    redactor.redactText(`line one\nuse ${token} and ${fake.githubToken()}\nDB_PASSWORD=${password}\n`, 'steps/02.txt');
    redactor.redactText(`x ${token}`, 'steps/01.txt');
    expect(redactor.hits()).toEqual([
      { file: 'steps/01.txt', line: 1, rule: 'github-token', count: 1 },
      { file: 'steps/02.txt', line: 2, rule: 'github-token', count: 2 },
      { file: 'steps/02.txt', line: 3, rule: 'key-value', count: 1 },
    ]);
    expect(JSON.stringify(redactor.hits())).not.toContain(token);
    expect(JSON.stringify(redactor.hits())).not.toContain(password);
  });

  test('a multi-line secret is reported at the line it starts on', () => {
    const redactor = new Redactor();
    redactor.redactText(`a\nb\n${fake.pem()}\nc\n`, 'key.txt');
    expect(redactor.hits()).toEqual([{ file: 'key.txt', line: 3, rule: 'private-key', count: 1 }]);
  });
});

describe('variables', () => {
  test('a secret-looking name masks the whole value, which is then scrubbed from later texts', () => {
    const redactor = new Redactor();
    const value = 'correct horse battery';
    expect(redactor.redactVariable('db_password', value, 'session.json')).toBe('[REDACTED:password:1]');
    expect(redactor.redactVariable('signing_key', 'abc123', 'session.json')).toBe('[REDACTED:key:1]');
    expect(redactor.redactText(`psql says: ${value}`, 'steps/01.txt')).toBe('psql says: [REDACTED:password:1]');
  });

  test('other names are redacted as text', () => {
    const redactor = new Redactor();
    const token = fake.githubToken();
    expect(redactor.redactVariable('namespace', 'production', 'session.json')).toBe('production');
    expect(redactor.redactVariable('max_tokens', '4096', 'session.json')).toBe('4096');
    expect(redactor.redactVariable('note', `see ${token}`, 'session.json')).toBe('see [REDACTED:github-token:1]');
    expect(redactor.redactVariable('api_token', '${API_TOKEN}', 'session.json')).toBe('${API_TOKEN}');
  });
});

describe('extra patterns', () => {
  test('the whole match, or the group named secret, under the pattern name', () => {
    const redactor = new Redactor({
      patterns: [
        { name: 'Internal ticket key', regex: 'TKT-[0-9]{6}' },
        { name: 'session', regex: 'session=(?<secret>[a-f0-9]{16})' },
      ],
    });
    expect(redactor.redactText('see TKT-123456 with session=0123456789abcdef;', 'f')).toBe('see [REDACTED:internal-ticket-key:1] with session=[REDACTED:session:1];');
    expect(redactor.hits().map((hit) => hit.rule)).toEqual(['Internal ticket key', 'session']);
  });

  test('a pattern that is not a regular expression is a config error naming it', () => {
    expect(() => new Redactor({ patterns: [{ name: 'broken', regex: '([a-z' }] })).toThrow(ConfigError);
    expect(() => new Redactor({ patterns: [{ name: 'broken', regex: '([a-z' }] })).toThrow(/`broken`/);
  });

  test('a pattern that can match nothing does not loop', () => {
    expect(new Redactor({ patterns: [{ name: 'empty', regex: 'x*' }] }).redactText('abc xx', 'f')).toBe('abc [REDACTED:empty:1]');
  });
});

describe('isScannable', () => {
  test('valid UTF-8 without NUL bytes only', () => {
    expect(isScannable(Buffer.from('plain text, ünïcode ✓\n'))).toBe(true);
    expect(isScannable(Buffer.from([0x61, 0x00, 0x62]))).toBe(false);
    expect(isScannable(Buffer.from([0x61, 0xff, 0xfe, 0x62]))).toBe(false);
    expect(isScannable(new Uint8Array())).toBe(true);
  });
});

describe('text that only looks like JSON', () => {
  test('a string with an escape JSON does not know is read as text, not a crash', () => {
    const password = fake.password();
    const text = `{"kind": "Secret", "note": "a\\-b", "password": "${password}"}\n`;
    const out = new Redactor().redactText(text, 'f');
    expect(out).toBe(text.replace(password, '[REDACTED:password:1]'));
  });
});

describe('repeated structure is read once', () => {
  test('a document with a `kind: Secret` line repeated still masks its data once and keeps the rest', () => {
    const value = b64(fake.password());
    const text = `apiVersion: v1\ndata:\n  password: ${value}\n${'kind: Secret\n'.repeat(2000)}metadata:\n  name: db\n`;
    const out = new Redactor().redactText(text, 'f');
    expect(out).not.toContain(value);
    expect(out).toBe(text.replace(value, '[REDACTED:secret-data:1]'));
  });

  test('curl user flags one after another: each password goes, each user stays', () => {
    const [first, second] = [fake.password(), fake.password()];
    const out = new Redactor().redactText(`curl -u admin:${first} --user=ci:${second} https://x\n`, 'f');
    expect(out).toBe('curl -u admin:[REDACTED:password:1] --user=ci:[REDACTED:password:2] https://x\n');
  });
});

describe('rules that share one search each go on where their own would', () => {
  // Flags and PEM keys are found by one search for `-`: a flag read past a key's header must not hide the key.
  const key = fake.pem('RSA PRIVATE KEY', 4);
  const body = key.split('\n').slice(1, -1);

  test.each([
    ['a flag name running into the header', `run --ab${key}\n`],
    ["a user flag's password running into the header", `curl --user=ci:x${key}\n`],
    ['a header right after a dash run', `----${key}\n`],
  ])('%s', (_name, text) => {
    const out = new Redactor().redactText(text, 'f');
    for (const line of body) expect(out).not.toContain(line);
    expect(out).toContain('[REDACTED:private-key:1]');
  });
});
