import { describe, expect, test } from 'vitest';
import { Redactor } from '../../../src/bundle/redact/index.js';
import { b64, fake, filler } from './corpus.js';

const redact = (text: string): string => new Redactor().redactText(text, 'steps/01-tls.txt');
const indent = (text: string, by: string): string => text.split('\n').map((line) => `${by}${line}`).join('\n');

// Certificates are public: Tier 3 reads their issuer and expiry. Each text must come back byte for byte.
describe('certificates stay, in every form', () => {
  const certificate = fake.certificate();
  const chain = `${fake.certificate()}\n${fake.certificate(8)}\n`;
  const cases: [string, string][] = [
    ['raw PEM', `$ openssl s_client -showcerts -connect api:443\n${certificate}\n`],
    ['a chain of two', chain],
    ['kubeconfig certificate-authority-data and client-certificate-data', `apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: ${b64(certificate)}\n    server: https://10.0.0.1:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${b64(chain)}\n`],
    ['TLS Secret tls.crt and ca.crt, -o yaml', `apiVersion: v1\ndata:\n  ca.crt: ${b64(certificate)}\n  tls.crt: ${b64(chain)}\nkind: Secret\nmetadata:\n  name: api-tls\ntype: kubernetes.io/tls\n`],
    ['TLS Secret tls.crt, -o json', JSON.stringify({ apiVersion: 'v1', data: { 'tls.crt': b64(chain) }, kind: 'Secret', metadata: { name: 'api-tls' }, type: 'kubernetes.io/tls' }, null, 4)],
    ['stringData with a PEM block', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ca\nstringData:\n  ca.crt: |\n${indent(certificate, '    ')}\n`],
    ['escaped in JSON', JSON.stringify({ data: { 'ca.crt': certificate } })],
    ['escaped twice, in a last-applied-configuration', JSON.stringify({ metadata: { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify({ data: { 'ca.crt': certificate } }) } } }, null, 2)],
    ['PostgreSQL log with BEGIN', `2026-03-01 04:22:33.123 UTC [4121] app@orders LOG:  statement: BEGIN TRANSACTION ISOLATION LEVEL SERIALIZABLE\n2026-03-01 04:22:33.125 UTC [4121] app@orders LOG:  statement: BEGIN\n2026-03-01 04:22:33.140 UTC [4121] app@orders LOG:  statement: COMMIT\n`],
    ['BEGIN lines of other kinds', `-----BEGIN PGP SIGNATURE-----\n${filler(64)}\n-----END PGP SIGNATURE-----\nBEGIN ; -----BEGIN -----END EGIN EGIN -----BEGIN X-----\n`],
  ];
  test.each(cases)('%s', (_name, text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('a private key beside a certificate is still redacted', () => {
  const certificate = fake.certificate();
  const key = fake.pem('RSA PRIVATE KEY');
  const keyLine = key.split('\n')[4]!;

  test('kubeconfig: client-key-data and the token go, the certificates stay', () => {
    const token = fake.bearer();
    const text = `users:\n- name: admin\n  user:\n    client-certificate-data: ${b64(certificate)}\n    client-key-data: ${b64(key)}\n    token: ${token}\n`;
    const out = redact(text);
    expect(out).toContain(`client-certificate-data: ${b64(certificate)}\n`);
    expect(out).not.toContain(b64(key));
    expect(out).not.toContain(token);
  });

  test('TLS Secret: tls.key goes, tls.crt stays', () => {
    const text = `apiVersion: v1\ndata:\n  tls.crt: ${b64(certificate)}\n  tls.key: ${b64(key)}\nkind: Secret\nmetadata:\n  name: api-tls\ntype: kubernetes.io/tls\n`;
    const out = redact(text);
    expect(out).toContain(`tls.crt: ${b64(certificate)}\n`);
    expect(out).toMatch(/tls\.key: \[REDACTED:secret-data:1\]\n/);
  });

  test('raw PEM: the key goes, the certificate before it stays', () => {
    const out = redact(`${certificate}\n${key}\n`);
    expect(out).toBe(`${certificate}\n[REDACTED:private-key:1]\n`);
    expect(out).not.toContain(keyLine);
  });

  test('a certificate and a key in one value: the value goes', () => {
    const bundle = `${certificate}\n${key}\n`;
    const out = redact(`apiVersion: v1\ndata:\n  tls.pem: ${b64(bundle)}\nkind: Secret\n`);
    expect(out).not.toContain(b64(bundle));
  });

  test('escaped in JSON: the key goes, the certificate stays', () => {
    const out = redact(JSON.stringify({ cert: certificate, key }));
    expect(out).toContain(JSON.stringify(certificate));
    expect(out).not.toContain(JSON.stringify(keyLine).slice(1, -1));
  });
});
