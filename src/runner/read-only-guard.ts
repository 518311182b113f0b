/**
 * Puts the read-only proxy between one step's kubectl and the cluster: reads the operator's current context
 * (through kubectl, so KUBECONFIG merging and relative paths are kubectl's own), starts the proxy with that
 * context's server, TLS settings and the user's credentials, and writes a throwaway kubeconfig (0600, in a
 * private temp folder removed afterwards) whose cluster is the proxy and whose user holds nothing. The
 * step's environment points KUBECONFIG at it, and KUBECACHEDIR at the same folder, so no discovery cache is
 * left in ~/.kube.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { writePrivateFile } from '../sim/kubeconfig.js';
import { credentialsFor } from './guard-credentials.js';
import { type RefusedRequest, startReadOnlyProxy, type Upstream } from './read-only-proxy.js';

export interface ReadOnlyGuard {
  /** Environment for the step: KUBECONFIG and KUBECACHEDIR. */
  env: Record<string, string>;
  refused: RefusedRequest[];
  close(): Promise<void>;
}

interface NamedEntry<T> {
  name?: string;
  cluster?: T;
  user?: T;
  context?: T;
}

interface MinifiedConfig {
  'current-context'?: string;
  clusters?: NamedEntry<Record<string, unknown>>[];
  users?: NamedEntry<Record<string, unknown>>[];
  contexts?: NamedEntry<Record<string, unknown>>[];
}

function base64(value: unknown): Buffer | undefined {
  return typeof value === 'string' && value !== '' ? Buffer.from(value, 'base64') : undefined;
}

/** The current context, self-contained (`--flatten` puts certificate files inline), or undefined when there is none. */
async function currentConfig(env: NodeJS.ProcessEnv): Promise<MinifiedConfig | undefined> {
  try {
    const { stdout } = await promisify(execFile)('kubectl', ['config', 'view', '--minify', '--flatten', '-o', 'json'], { env, timeout: 10_000, maxBuffer: 16 * 1024 * 1024 });
    const config = JSON.parse(stdout) as MinifiedConfig;
    return config.clusters?.[0]?.cluster?.server === undefined ? undefined : config;
  } catch {
    return undefined;
  }
}

async function upstreamOf(cluster: Record<string, unknown>, user: Record<string, unknown>, env: NodeJS.ProcessEnv): Promise<Upstream> {
  const credentials = await credentialsFor(user, env);
  const upstream: Upstream = { server: String(cluster.server), headers: credentials.headers };
  const ca = base64(cluster['certificate-authority-data']);
  if (ca) upstream.ca = ca;
  if (credentials.cert) upstream.cert = credentials.cert;
  if (credentials.key) upstream.key = credentials.key;
  if (credentials.unusable !== undefined) upstream.unusable = credentials.unusable;
  if (cluster['insecure-skip-tls-verify'] === true) upstream.insecureSkipTlsVerify = true;
  if (typeof cluster['tls-server-name'] === 'string') upstream.tlsServerName = cluster['tls-server-name'];
  return upstream;
}

// Each guarded step gets its own proxy and kubeconfig; undefined when kubectl has no current context to guard.
export async function startReadOnlyGuard(env: NodeJS.ProcessEnv, onRefused?: (request: RefusedRequest) => void): Promise<ReadOnlyGuard | undefined> {
  const config = await currentConfig(env);
  const cluster = config?.clusters?.[0]?.cluster;
  const context = config?.contexts?.[0];
  if (config === undefined || cluster === undefined || context === undefined) return undefined;
  const user = config.users?.[0]?.user ?? {};
  const proxy = await startReadOnlyProxy(await upstreamOf(cluster, user, env), onRefused);
  const dir = mkdtempSync(join(tmpdir(), 'runbook-guard-'));
  try {
    const name = config['current-context'] ?? context.name ?? 'guarded';
    const kubeconfig = {
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'read-only-guard', cluster: { server: proxy.url } }],
      users: [{ name: 'read-only-guard', user: {} }],
      contexts: [{ name, context: { ...context.context, cluster: 'read-only-guard', user: 'read-only-guard' } }],
      'current-context': name,
    };
    const path = join(dir, 'kubeconfig');
    writePrivateFile(path, `${JSON.stringify(kubeconfig, null, 2)}\n`);
    return {
      env: { KUBECONFIG: path, KUBECACHEDIR: join(dir, 'cache') },
      refused: proxy.refused,
      close: async () => {
        await proxy.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await proxy.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
