/**
 * The credentials of a kubeconfig user, as the read-only guard presents them to the real API server.
 * kubectl sends no credentials at all to a plain-HTTP server (client-go reads a user's auth only for TLS
 * connections), so the guard carries them itself: the client certificate, a bearer token (inline, from
 * `tokenFile`, or from an exec credential plugin, run once per step as kubectl would run it), basic auth,
 * and the impersonation fields. A user the guard cannot act for (a legacy `auth-provider`) yields a reason,
 * and the guard then refuses to forward anything: it fails closed.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';

export interface GuardCredentials {
  cert?: Buffer;
  key?: Buffer;
  /** Headers added to every forwarded request: Authorization, Impersonate-*. */
  headers: Record<string, string | string[]>;
  /** Why the guard cannot act for this user; set instead of credentials. */
  unusable?: string;
}

type User = Record<string, unknown>;

function base64(value: unknown): Buffer | undefined {
  return typeof value === 'string' && value !== '' ? Buffer.from(value, 'base64') : undefined;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

interface ExecConfig {
  command?: string;
  args?: string[];
  env?: { name: string; value: string }[] | null;
  apiVersion?: string;
}

interface ExecCredentialStatus {
  token?: string;
  clientCertificateData?: string;
  clientKeyData?: string;
}

/** Runs an exec credential plugin as client-go does (non-interactive) and reads its ExecCredential status. */
async function runExecPlugin(exec: ExecConfig, env: NodeJS.ProcessEnv): Promise<ExecCredentialStatus> {
  if (!exec.command) throw new Error('the exec credential plugin has no command');
  const apiVersion = exec.apiVersion ?? 'client.authentication.k8s.io/v1';
  const info = JSON.stringify({ apiVersion, kind: 'ExecCredential', spec: { interactive: false } });
  const pluginEnv = Object.fromEntries((exec.env ?? []).map((e) => [e.name, e.value]));
  const { stdout } = await promisify(execFile)(exec.command, exec.args ?? [], {
    env: { ...env, ...pluginEnv, KUBERNETES_EXEC_INFO: info },
    timeout: 60_000,
    maxBuffer: 4 * 1024 * 1024,
  });
  const credential = JSON.parse(stdout) as { status?: ExecCredentialStatus };
  if (credential.status === undefined) throw new Error('the exec credential plugin printed no status');
  return credential.status;
}

function impersonation(user: User): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  const as = stringOf(user.as);
  if (as !== undefined) headers['impersonate-user'] = as;
  const uid = stringOf(user['as-uid']);
  if (uid !== undefined) headers['impersonate-uid'] = uid;
  if (Array.isArray(user['as-groups'])) headers['impersonate-group'] = user['as-groups'].map(String);
  const extra = user['as-user-extra'];
  if (extra !== null && typeof extra === 'object') {
    for (const [name, values] of Object.entries(extra as Record<string, unknown>)) {
      if (Array.isArray(values)) headers[`impersonate-extra-${encodeURIComponent(name)}`] = values.map(String);
    }
  }
  return headers;
}

// Works out once per step what the guard must send upstream to be this user.
export async function credentialsFor(user: User, env: NodeJS.ProcessEnv): Promise<GuardCredentials> {
  if (user['auth-provider'] !== undefined) {
    return { headers: {}, unusable: 'the kubeconfig user authenticates with an `auth-provider`, which the read-only guard cannot act for' };
  }
  const credentials: GuardCredentials = { headers: impersonation(user) };
  let cert = base64(user['client-certificate-data']);
  let key = base64(user['client-key-data']);
  let token = stringOf(user.token);
  try {
    const tokenFile = stringOf(user.tokenFile) ?? stringOf(user['token-file']);
    if (token === undefined && tokenFile !== undefined) token = readFileSync(tokenFile, 'utf8').trim();
    if (user.exec !== undefined && user.exec !== null && token === undefined) {
      const status = await runExecPlugin(user.exec as ExecConfig, env);
      token = stringOf(status.token);
      if (status.clientCertificateData && status.clientKeyData && cert === undefined) {
        cert = Buffer.from(status.clientCertificateData);
        key = Buffer.from(status.clientKeyData);
      }
    }
  } catch (error) {
    return { headers: {}, unusable: `the read-only guard could not get the kubeconfig user's credentials: ${(error as Error).message.split('\n')[0]}` };
  }
  if (cert) credentials.cert = cert;
  if (key) credentials.key = key;
  const username = stringOf(user.username);
  if (token !== undefined) credentials.headers.authorization = `Bearer ${token}`;
  else if (username !== undefined) {
    credentials.headers.authorization = `Basic ${Buffer.from(`${username}:${stringOf(user.password) ?? ''}`).toString('base64')}`;
  }
  return credentials;
}
