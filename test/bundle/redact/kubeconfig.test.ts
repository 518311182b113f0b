import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { kubeconfigCredentials, Redactor } from '../../../src/bundle/redact/index.js';
import { b64, fake, filler } from './corpus.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'runbook-kubeconfig-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('kubeconfigCredentials', () => {
  test('tokens, passwords (also as user:password), client keys and auth-provider and exec secrets; certificates stay', () => {
    const [token, password, idToken, refresh, execToken, envSecret] = [fake.bearer(), fake.password(), fake.jwt(), filler(30), filler(32), filler(28)];
    const key = fake.pem('RSA PRIVATE KEY', 4);
    const certificate = b64(`certificate ${filler(60)}`);
    const first = write(
      'a.yaml',
      [
        'apiVersion: v1',
        'kind: Config',
        'users:',
        '- name: token-user',
        '  user:',
        `    token: ${token}`,
        `    client-certificate-data: ${certificate}`,
        `    client-key-data: ${b64(key)}`,
        '- name: basic',
        '  user: { username: admin, password: "' + password + '" }',
        '- name: oidc',
        '  user:',
        '    auth-provider:',
        '      name: oidc',
        `      config: { id-token: ${idToken}, refresh-token: ${refresh}, client-id: kubernetes }`,
        '- name: exec',
        '  user:',
        '    exec:',
        '      command: get-token',
        `      args: ["--cluster", "prod", "--token=${execToken}"]`,
        `      env: [{ name: API_SECRET, value: ${envSecret} }, { name: REGION, value: eu-west-1 }]`,
      ].join('\n'),
    );
    const second = write('b.yaml', `apiVersion: v1\nusers:\n- name: other\n  user:\n    token: second-${token}\n`);
    const found = kubeconfigCredentials({ KUBECONFIG: [first, join(dir, 'missing.yaml'), second].join(delimiter) }, dir);
    expect(found).toEqual(expect.arrayContaining([token, password, `admin:${password}`, b64(key), key, idToken, refresh, execToken, envSecret, `second-${token}`]));
    expect(found).not.toContain(certificate);
    expect(found).not.toContain('eu-west-1');
    expect(found).not.toContain('kubernetes');
  });

  test('without $KUBECONFIG, ~/.kube/config; missing or unreadable files add nothing and never throw', () => {
    mkdirSync(join(dir, '.kube'));
    writeFileSync(join(dir, '.kube', 'config'), 'users:\n- name: u\n  user:\n    token: home-token-value\n');
    expect(kubeconfigCredentials({}, dir)).toEqual(['home-token-value']);
    expect(kubeconfigCredentials({}, join(dir, 'nowhere'))).toEqual([]);
    expect(kubeconfigCredentials({ KUBECONFIG: dir }, dir)).toEqual([]);
  });

  test('a file the YAML parser rejects still gives up its credentials line by line', () => {
    const broken = write('broken.yaml', 'users:\n- name: u\n  user:\n    token: broken-file-token\n  : : [unclosed\n    password: "broken-file-password"\n');
    expect(kubeconfigCredentials({ KUBECONFIG: broken }, dir)).toEqual(['broken-file-token', 'broken-file-password']);
  });

  test('what it finds, the redactor scrubs literally and in base64', () => {
    const token = `kc-${filler(32)}`;
    const file = write('c.yaml', `users:\n- name: u\n  user:\n    token: ${token}\n`);
    const redactor = new Redactor({ literals: kubeconfigCredentials({ KUBECONFIG: file }, dir) });
    expect(redactor.redactText(`curl -H "X-Auth: ${token}" and ${b64(token)}`, 'f')).toBe('curl -H "X-Auth: [REDACTED:value:1]" and [REDACTED:value:1]');
  });
});
