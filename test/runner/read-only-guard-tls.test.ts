/**
 * The guard in front of an HTTPS API server that checks its CA and demands a client certificate, as real
 * clusters do: the proxy must present the kubeconfig's client certificate, trust its CA, and pass on the
 * bearer token kubectl computes. The server is a small HTTPS endpoint on 127.0.0.1 that reports what it
 * received; the certificates are made with openssl at test time (skipped, and said so, without openssl).
 */
import { execFileSync } from 'node:child_process';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { removeGuardCache, startReadOnlyGuard } from '../../src/runner/read-only-guard.js';

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'runbook-guard-tls-'));
const file = (name: string): string => join(dir, name);

/** A CA, a server certificate for 127.0.0.1 and a client certificate, all signed by the CA. */
function makeCertificates(): void {
  const ssl = (...args: string[]): void => {
    execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  };
  ssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '1', '-subj', '/CN=test-ca');
  writeFileSync(file('server.ext'), 'subjectAltName=IP:127.0.0.1\n');
  ssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1');
  ssl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.crt', '-days', '1', '-extfile', 'server.ext');
  ssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'client.key', '-out', 'client.csr', '-subj', '/CN=operator-alice');
  ssl('x509', '-req', '-in', 'client.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'client.crt', '-days', '1');
}

describe.skipIf(!hasOpenssl())('the read-only guard in front of an HTTPS API server (skipped without openssl)', () => {
  let server: Server;
  let url = '';
  // Assembled here so no token-shaped literal sits in the repository.
  const token = ['sample', 'bearer', 'value'].join('-');
  beforeAll(async () => {
    makeCertificates();
    server = createServer(
      { key: readFileSync(file('server.key')), cert: readFileSync(file('server.crt')), ca: readFileSync(file('ca.crt')), requestCert: true, rejectUnauthorized: true },
      (request, response) => {
        const peer = (request.socket as TLSSocket).getPeerCertificate();
        const body = JSON.stringify({
          method: request.method,
          path: request.url,
          authorization: request.headers.authorization ?? null,
          client: peer.subject?.CN ?? null,
          impersonate: request.headers['impersonate-user'] ?? null,
        });
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(body);
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `https://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    writeKubeconfig('kubeconfig', { 'client-certificate-data': b64('client.crt'), 'client-key-data': b64('client.key'), token });
  }, 60_000);

  const b64 = (name: string): string => readFileSync(file(name)).toString('base64');
  function writeKubeconfig(name: string, user: Record<string, unknown>): string {
    writeFileSync(
      file(name),
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [{ name: 'tls', cluster: { server: url, 'certificate-authority-data': b64('ca.crt') } }],
        users: [{ name: 'alice', user }],
        contexts: [{ name: 'prod-tls', context: { cluster: 'tls', user: 'alice', namespace: 'shop' } }],
        'current-context': 'prod-tls',
      }),
      { mode: 0o600 },
    );
    return file(name);
  }

  async function readThroughGuard(kubeconfig: string): Promise<{ stdout: string; stderr: string; code: number }> {
    const guard = await startReadOnlyGuard({ ...process.env, KUBECONFIG: kubeconfig });
    try {
      const env = { ...process.env, ...guard!.env };
      return await promisify(execFile)('kubectl', ['get', '--raw', '/api/v1/namespaces/shop/pods'], { env, timeout: 20_000 })
        .then((r) => ({ ...r, code: 0 }))
        .catch((error: { stdout: string; stderr: string; code: number }) => ({ stdout: error.stdout, stderr: error.stderr, code: error.code }));
    } finally {
      await guard?.close();
    }
  }
  afterAll(async () => {
    removeGuardCache();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server?.closeAllConnections();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a read reaches the server with the client certificate and the token; a write never does', async () => {
    const guard = await startReadOnlyGuard({ ...process.env, KUBECONFIG: file('kubeconfig') });
    expect(guard).toBeDefined();
    try {
      const throwaway = readFileSync(guard!.env.KUBECONFIG!, 'utf8');
      // kubectl gets no credentials at all: the guard holds them.
      expect(JSON.parse(throwaway).users).toEqual([{ name: 'read-only-guard', user: {} }]);
      const env = { ...process.env, ...guard!.env };
      const read = await promisify(execFile)('kubectl', ['get', '--raw', '/api/v1/namespaces/shop/pods'], { env, timeout: 20_000 });
      expect(JSON.parse(read.stdout)).toEqual({ method: 'GET', path: '/api/v1/namespaces/shop/pods', authorization: `Bearer ${token}`, client: 'operator-alice', impersonate: null });
      const write = await promisify(execFile)('kubectl', ['delete', '--raw', '/api/v1/namespaces/shop/pods/web-1'], { env, timeout: 20_000 }).catch((error: { stderr: string; code: number }) => error);
      expect('code' in write && write.code).toBe(1);
      expect(guard!.refused).toEqual([{ method: 'DELETE', path: '/api/v1/namespaces/shop/pods/web-1', reason: 'DELETE can change the cluster' }]);
    } finally {
      await guard?.close();
    }
  });

  test('an exec credential plugin is run by the guard, and impersonation is passed on', async () => {
    const plugin = file('credential-plugin.sh');
    writeFileSync(plugin, `#!/bin/sh\necho '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"'"$PLUGIN_TOKEN"'"}}'\n`, { mode: 0o755 });
    const kubeconfig = writeKubeconfig('exec-kubeconfig', {
      'client-certificate-data': b64('client.crt'),
      'client-key-data': b64('client.key'),
      as: 'auditor',
      exec: { apiVersion: 'client.authentication.k8s.io/v1', command: plugin, env: [{ name: 'PLUGIN_TOKEN', value: `${token}-from-plugin` }], interactiveMode: 'Never' },
    });
    const read = await readThroughGuard(kubeconfig);
    expect(read.stderr).toBe('');
    expect(JSON.parse(read.stdout)).toMatchObject({ method: 'GET', authorization: `Bearer ${token}-from-plugin`, client: 'operator-alice', impersonate: 'auditor' });
  });

  test('a user the guard cannot act for gets nothing through: it fails closed, and says why', async () => {
    const kubeconfig = writeKubeconfig('provider-kubeconfig', { 'auth-provider': { name: 'oidc', config: { 'client-id': 'runbook-test' } } });
    const read = await readThroughGuard(kubeconfig);
    expect(read.code).not.toBe(0);
    expect(read.stdout).toBe('');
    expect(read.stderr).toContain('runbook read-only guard forwards nothing: the kubeconfig user authenticates with an `auth-provider`');
  });
});
