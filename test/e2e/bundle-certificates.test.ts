import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { b64, fake } from '../bundle/redact/corpus.js';
import { extract, runbookOf, tempDir, unattendedSession } from '../bundle/fixtures.js';
import { CLI } from '../helpers/cli.js';

// The done-when, end to end: the steps print a kubeconfig with certificate data, a TLS Secret as YAML and
// a PostgreSQL log (every one of which used to hang `runbook bundle`), and `timeout 5 runbook bundle` finishes with
// the certificates kept as they were and the keys and tokens gone.
const work = tempDir('certificates');
afterAll(() => rmSync(work, { recursive: true, force: true }));
const home = join(work, 'home');

const certificate = fake.certificate();
const clientCertificate = fake.certificate(10);
const clientKey = fake.pem('RSA PRIVATE KEY');
const tlsKey = fake.pem('PRIVATE KEY');
const token = fake.bearer();
const password = fake.password();

const kubeconfig = `apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: ${b64(certificate)}
    server: https://10.0.0.1:6443
  name: prod
contexts:
- context: { cluster: prod, user: admin }
  name: prod
current-context: prod
kind: Config
users:
- name: admin
  user:
    client-certificate-data: ${b64(clientCertificate)}
    client-key-data: ${b64(clientKey)}
    token: ${token}
`;
const tlsSecret = `apiVersion: v1
data:
  ca.crt: ${b64(certificate)}
  tls.crt: ${b64(clientCertificate)}
  tls.key: ${b64(tlsKey)}
kind: Secret
metadata:
  name: api-tls
  namespace: prod
type: kubernetes.io/tls
`;
const scheme = ['post', 'gres'].join('');
const postgresLog = `2026-03-01 04:22:33.123 UTC [4121] app@orders LOG:  statement: BEGIN TRANSACTION ISOLATION LEVEL SERIALIZABLE
2026-03-01 04:22:33.125 UTC [4121] app@orders LOG:  statement: BEGIN
2026-03-01 04:22:33.140 UTC [4121] app@orders LOG:  statement: COMMIT
2026-03-01 04:22:34.001 UTC [4122] app@orders LOG:  connection string ${scheme}://app:${password}@db.prod:5432/orders
`;

let session = '';

beforeAll(async () => {
  writeFileSync(join(work, 'kubeconfig.txt'), kubeconfig);
  writeFileSync(join(work, 'tls-secret.txt'), tlsSecret);
  writeFileSync(join(work, 'postgres.log'), postgresLog);
  const steps = ['kubeconfig.txt', 'tls-secret.txt', 'postgres.log'].map((file) => `cat ${join(work, file)}`);
  session = await unattendedSession(home, runbookOf('tls-db', steps));
}, 60_000);

describe('a session with certificates, a TLS Secret and a PostgreSQL log', () => {
  test('`timeout 5 runbook bundle` finishes; certificates survive, keys and tokens do not', { timeout: 30_000 }, () => {
    const out = join(work, 'out.tar.gz');
    const run = spawnSync('timeout', ['5', process.execPath, CLI, 'bundle', session, '-o', out], { cwd: work, env: { ...process.env, NO_COLOR: '1', RUNBOOK_HOME: home, KUBECONFIG: join(work, 'none') }, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const dir = extract(out, join(work, 'x'));
    const steps = readdirSync(join(dir, 'steps')).sort();
    expect(steps).toEqual(['01-step-1.txt', '02-step-2.txt', '03-step-3.txt']);
    const [config, secret, log] = steps.map((file) => readFileSync(join(dir, 'steps', file), 'utf8'));

    expect(config).toContain(`certificate-authority-data: ${b64(certificate)}\n`);
    expect(config).toContain(`client-certificate-data: ${b64(clientCertificate)}\n`);
    expect(config).not.toContain(b64(clientKey));
    expect(config).not.toContain(token);
    expect(config).toMatch(/client-key-data: \[REDACTED:[a-z-]+:\d+\]\n/);

    expect(secret).toContain(`ca.crt: ${b64(certificate)}\n`);
    expect(secret).toContain(`tls.crt: ${b64(clientCertificate)}\n`);
    expect(secret).not.toContain(b64(tlsKey));
    expect(secret).toMatch(/tls\.key: \[REDACTED:secret-data:\d+\]\n/);

    expect(log).toContain('statement: BEGIN TRANSACTION ISOLATION LEVEL SERIALIZABLE\n');
    expect(log).not.toContain(password);
    for (const file of readdirSync(dir)) {
      if (file.endsWith('.json') || file.endsWith('.md')) expect(readFileSync(join(dir, file), 'utf8'), file).not.toContain(token);
    }
  });
});
