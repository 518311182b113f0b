/**
 * Puts the read-only proxy between one step's kubectl and the cluster: reads the operator's current context
 * (through kubectl, so KUBECONFIG merging and relative paths are kubectl's own), starts the proxy with that
 * context's server, TLS settings and the user's credentials, and writes a throwaway kubeconfig (0600, in a
 * private temp folder removed afterwards) whose cluster is the proxy and whose user holds nothing. The
 * step's environment points KUBECONFIG at it.
 *
 * kubectl's discovery cache is keyed by the server's host and port, so each step's proxy asks for the port
 * the previous one had, and KUBECACHEDIR is one private folder per process and real server, removed when
 * the process exits: a step after the first does not repeat discovery, and nothing is left in ~/.kube.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
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

/** The last proxy's port, asked for again by the next step's. */
let lastPort = 0;
let cacheRoot: string | undefined;

/** A private discovery cache for one real server, shared by the steps of this process. */
function discoveryCacheFor(server: string): string {
  if (cacheRoot === undefined) {
    const root = mkdtempSync(join(tmpdir(), 'runbook-guard-cache-'));
    process.once('exit', () => rmSync(root, { recursive: true, force: true }));
    cacheRoot = root;
  }
  return join(cacheRoot, createHash('sha256').update(server).digest('hex').slice(0, 16));
}

// The cache goes when the process exits; a host that outlives its walks (a test run) removes it itself.
export function removeGuardCache(): void {
  if (cacheRoot !== undefined) rmSync(cacheRoot, { recursive: true, force: true });
  cacheRoot = undefined;
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
  const upstream = await upstreamOf(cluster, user, env);
  const proxy = await startReadOnlyProxy(upstream, onRefused, lastPort);
  lastPort = Number(new URL(proxy.url).port);
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
      env: { KUBECONFIG: path, KUBECACHEDIR: discoveryCacheFor(upstream.server) },
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
