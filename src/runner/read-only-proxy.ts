/**
 * The second line of defence behind the safety classifier: a forwarding server on 127.0.0.1 that kubectl
 * talks to instead of the cluster, passing on only requests that cannot change anything. It refuses every
 * method but GET and HEAD (LIST and WATCH are GETs), and GETs of `pods/exec`, `pods/attach`,
 * `pods/portforward` and any `proxy` subresource, which reach into a container or an application. A refusal
 * is a Kubernetes `Status` 403, which kubectl prints as "Error from server (Forbidden): …".
 *
 * Three narrow kinds of request are let through besides reads, each one the API server answers without
 * storing anything:
 * - the self-reviews behind `kubectl auth can-i` and `auth whoami`;
 * - server-side dry runs (`dryRun=All`: `kubectl diff`, `--dry-run=server`, a drain's dry-run evictions) of
 *   the APIs kube-apiserver serves itself, which always honour the flag; an aggregated or custom API server
 *   might not, so its writes are refused even when marked dry. For a DELETE or an eviction kubectl puts the
 *   dry run in the body, which the API server reads before the query, so the body is what is checked;
 * - the kubelet's statistics and metrics (`nodes/<name>/proxy/stats/summary`, `…/metrics…`, `…/healthz`), read
 *   by GET without an upgrade: how volume and node disk usage are read with kubectl alone. Every other `proxy`
 *   path (node logs, `/pods` with their environments, `/run`, `/exec`) stays refused.
 *
 * kubectl speaks plain HTTP to the proxy on loopback, and so sends no credentials; the proxy speaks to the
 * real server with the real TLS settings and the user's credentials (guard-credentials.ts).
 */
import { createServer, type IncomingMessage, request as httpRequest, type Server, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';

/** A request the proxy refused. */
export interface RefusedRequest {
  method: string;
  path: string;
  reason: string;
}

/** Where the proxy sends what it lets through, and how it proves who it is. */
export interface Upstream {
  /** `https://host:port[/prefix]` or `http://…`. */
  server: string;
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
  insecureSkipTlsVerify?: boolean;
  tlsServerName?: string;
  /** Added to every forwarded request, replacing any the client sent: Authorization, Impersonate-*. */
  headers?: Record<string, string | string[]>;
  /** Set when the proxy cannot act for the user: it then forwards nothing and answers 502 with this. */
  unusable?: string;
}

export interface ReadOnlyProxy {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** Every request refused so far, in order. */
  refused: RefusedRequest[];
  close(): Promise<void>;
}

/** Subresources that reach into a container or an application behind the API server. */
const REACHING_SUBRESOURCES = new Set(['exec', 'attach', 'portforward', 'proxy']);

/** POSTs that only ask the API server a question about the caller: nothing is stored. */
const SELF_REVIEWS = new Set([
  '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
  '/apis/authorization.k8s.io/v1/selfsubjectrulesreviews',
  '/apis/authentication.k8s.io/v1/selfsubjectreviews',
  '/apis/authentication.k8s.io/v1beta1/selfsubjectreviews',
]);

/** API groups served by kube-apiserver itself, whose writes always honour `dryRun=All`. */
const BUILT_IN_GROUPS = new Set([
  'admissionregistration.k8s.io', 'apiextensions.k8s.io', 'apiregistration.k8s.io', 'apps', 'authentication.k8s.io',
  'authorization.k8s.io', 'autoscaling', 'batch', 'certificates.k8s.io', 'coordination.k8s.io', 'discovery.k8s.io',
  'events.k8s.io', 'flowcontrol.apiserver.k8s.io', 'networking.k8s.io', 'node.k8s.io', 'policy',
  'rbac.authorization.k8s.io', 'resource.k8s.io', 'scheduling.k8s.io', 'storage.k8s.io',
]);

/** What the kubelet answers read-only, reached through `/api/v1/nodes/<name>/proxy/…`. */
const KUBELET_READS = new Set(['stats/summary', 'metrics', 'metrics/cadvisor', 'metrics/resource', 'metrics/probes', 'healthz']);

/** The API path's segments after `/api/v1` or `/apis/<group>/<version>`, or undefined for other paths. */
function resourceSegments(segments: readonly string[]): readonly string[] | undefined {
  if (segments[0] === 'api') return segments.slice(2);
  if (segments[0] === 'apis') return segments.slice(3);
  return undefined;
}

/** The subresource a resource path names: `…/pods/web-1/exec` is `exec`. */
function subresourceOf(segments: readonly string[]): string | undefined {
  const rest = resourceSegments(segments);
  if (rest === undefined) return undefined;
  const inNamespace = rest[0] === 'namespaces' && rest.length > 3 ? rest.slice(2) : rest;
  return inNamespace[2];
}

/** A request the proxy lets through only if its body says it is a dry run (see `bodyIsDryRun`). */
export const DRY_RUN_IN_BODY = 'dry-run-in-body';

// Decides one request: undefined lets it through, a string says why it is refused, and `DRY_RUN_IN_BODY`
// asks the caller to read the body first (a write to a built-in API whose query does not say dry run).
export function refusalReason(method: string, rawUrl: string): string | undefined {
  let segments: string[];
  let rawPath: string;
  try {
    rawPath = rawUrl.split('?')[0] ?? '';
    if (!rawPath.startsWith('/')) return 'the path is not in canonical form';
    segments = rawPath.split('/').slice(1).map((s) => decodeURIComponent(s));
  } catch {
    return 'the path cannot be read';
  }
  // A path the API server would read differently from this check (`..`, `//`, an encoded `/`) is refused.
  if (segments.some((s, i) => s === '.' || s === '..' || s.includes('/') || (s === '' && i < segments.length - 1))) {
    return 'the path is not in canonical form';
  }
  const subresource = subresourceOf(segments);
  const read = method === 'GET' || method === 'HEAD';
  if (read && isKubeletRead(segments)) return undefined;
  if (subresource !== undefined && REACHING_SUBRESOURCES.has(subresource)) {
    return `the \`${subresource}\` subresource reaches into the cluster's containers or applications`;
  }
  // The old `/api/v1/proxy/namespaces/…` form.
  if (resourceSegments(segments)?.[0] === 'proxy') return 'a `proxy` path reaches into the cluster\'s applications';
  if (read) return undefined;
  if (method === 'POST' && SELF_REVIEWS.has(rawPath)) return undefined;
  const writes = ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method);
  if (writes && isBuiltInApi(segments)) {
    const dryRun = new URLSearchParams(rawUrl.slice(rawPath.length + 1)).getAll('dryRun');
    // DELETE options and an eviction's own options travel in the body, which the API server prefers.
    const optionsInBody = method === 'DELETE' || (method === 'POST' && subresource === 'eviction');
    if (optionsInBody) return DRY_RUN_IN_BODY;
    if (dryRun.length > 0 && dryRun.every((value) => value === 'All')) return undefined;
  }
  return `${method} can change the cluster`;
}

function isBuiltInApi(segments: readonly string[]): boolean {
  return (segments[0] === 'api' && segments[1] === 'v1') || (segments[0] === 'apis' && BUILT_IN_GROUPS.has(segments[1] ?? ''));
}

function isKubeletRead(segments: readonly string[]): boolean {
  return segments[0] === 'api' && segments[1] === 'v1' && segments[2] === 'nodes' && segments[4] === 'proxy' && KUBELET_READS.has(segments.slice(5).join('/'));
}

/**
 * Whether a DELETE's or an eviction's body asks for a dry run. An empty body leaves the query in charge, which
 * the API server then reads instead.
 */
export function bodyIsDryRun(method: string, rawUrl: string, body: Buffer): boolean {
  if (body.length === 0) {
    const query = rawUrl.includes('?') ? new URLSearchParams(rawUrl.slice(rawUrl.indexOf('?') + 1)).getAll('dryRun') : [];
    return method === 'DELETE' && query.length > 0 && query.every((value) => value === 'All');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return false;
  }
  if (typeof parsed !== 'object' || parsed === null) return false;
  const record = parsed as Record<string, unknown>;
  const options = record.kind === 'Eviction' ? record.deleteOptions : record;
  const dryRun = typeof options === 'object' && options !== null ? (options as Record<string, unknown>).dryRun : undefined;
  return Array.isArray(dryRun) && dryRun.length > 0 && dryRun.every((value) => value === 'All');
}

/** The most of a DELETE's or an eviction's body the proxy reads to find its dry run. */
const MAX_OPTIONS_BODY = 64 * 1024;

/** A request's body, or undefined when it is longer than `limit` (such a body is no DeleteOptions). */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => resolve(size <= limit ? Buffer.concat(chunks) : undefined));
    request.on('error', reject);
  });
}

function statusBody(method: string, path: string, reason: string): string {
  return JSON.stringify({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: `runbook read-only guard refused ${method} ${path}: ${reason}; this step may only read`,
    reason: 'Forbidden',
    details: { causes: [{ reason: 'ReadOnlyGuard', message: reason }] },
    code: 403,
  });
}

function refuse(response: ServerResponse, method: string, path: string, reason: string): void {
  const body = statusBody(method, path, reason);
  response.writeHead(403, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

/** Headers that belong to one hop only, or that the proxy sets itself. */
const HOP_HEADERS = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'host', 'te', 'trailer']);

function forwardHeaders(headers: IncomingMessage['headers']): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !HOP_HEADERS.has(name)) out[name] = value;
  return out;
}

/** Who the request is from is the guard's to say: a client's own credentials or impersonation are dropped. */
function requestHeaders(headers: IncomingMessage['headers'], own: Record<string, string | string[]> | undefined): Record<string, string | string[]> {
  const out = forwardHeaders(headers);
  for (const name of Object.keys(out)) if (name === 'authorization' || name.startsWith('impersonate-')) delete out[name];
  return { ...out, ...own };
}

/**
 * The real server could not be reached. A plain-text 502 is what kubectl prints most faithfully: it quotes
 * the body ("an error on the server (…) has prevented the request from succeeding"), so the operator still
 * sees the real server's address and the reason.
 */
function gatewayError(response: ServerResponse, message: string, error?: Error): void {
  if (response.headersSent) {
    response.destroy(error);
    return;
  }
  const body = `runbook read-only guard ${message}`;
  response.writeHead(502, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

// Starts the proxy on a free loopback port; `onRefused` hears every refusal as it happens.
// `port` is a wish (the previous step's, so kubectl's discovery cache, keyed by host and port, still applies);
// when it is taken, any free port will do.
export async function startReadOnlyProxy(upstream: Upstream, onRefused?: (request: RefusedRequest) => void, port = 0): Promise<ReadOnlyProxy> {
  const target = new URL(upstream.server);
  const secure = target.protocol === 'https:';
  const prefix = target.pathname.replace(/\/$/, '');
  const refused: RefusedRequest[] = [];
  const sockets = new Set<Socket>();
  const record = (method: string, path: string, reason: string): void => {
    const entry = { method, path, reason };
    refused.push(entry);
    onRefused?.(entry);
  };

  const server: Server = createServer({ keepAlive: true }, (request, response) => {
    const method = request.method ?? 'GET';
    const path = request.url ?? '/';
    const reason = refusalReason(method, path);
    if (reason === DRY_RUN_IN_BODY) {
      readBody(request, MAX_OPTIONS_BODY).then(
        (body) => {
          if (body !== undefined && bodyIsDryRun(method, path, body)) return forward(request, response, body);
          const why = `${method} can change the cluster`;
          record(method, path, why);
          refuse(response, method, path, why);
        },
        (error: Error) => response.destroy(error),
      );
      return;
    }
    if (reason !== undefined) {
      record(method, path, reason);
      request.resume();
      refuse(response, method, path, reason);
      return;
    }
    forward(request, response);
  });

  // Passes one request on to the real server; `body` is what was already read of it, if anything.
  function forward(request: IncomingMessage, response: ServerResponse, body?: Buffer): void {
    const method = request.method ?? 'GET';
    const path = request.url ?? '/';
    if (upstream.unusable !== undefined) {
      request.resume();
      gatewayError(response, `forwards nothing: ${upstream.unusable}`);
      return;
    }
    const headers = { ...requestHeaders(request.headers, upstream.headers), host: target.host, ...(body ? { 'content-length': String(body.length) } : {}) };
    const options = {
      method,
      host: target.hostname,
      port: target.port === '' ? (secure ? 443 : 80) : Number(target.port),
      path: `${prefix}${path}`,
      headers,
      ...(secure
        ? {
            ...(upstream.ca ? { ca: upstream.ca } : {}),
            ...(upstream.cert ? { cert: upstream.cert } : {}),
            ...(upstream.key ? { key: upstream.key } : {}),
            rejectUnauthorized: upstream.insecureSkipTlsVerify !== true,
            ...(upstream.tlsServerName ? { servername: upstream.tlsServerName } : {}),
          }
        : {}),
    };
    const outgoing = (secure ? httpsRequest : httpRequest)(options, (reply) => {
      response.writeHead(reply.statusCode ?? 502, forwardHeaders(reply.headers));
      reply.pipe(response);
      reply.on('error', (error) => response.destroy(error));
    });
    outgoing.on('error', (error) => gatewayError(response, `could not reach ${upstream.server}: ${error.message}`, error));
    // kubectl went away mid-answer (a watch or `logs -f` stopped): stop the upstream request too. A finished
    // exchange leaves the upstream connection to the agent, for the next request.
    response.on('close', () => {
      if (!response.writableFinished) outgoing.destroy();
    });
    if (body) outgoing.end(body);
    else request.pipe(outgoing);
  }

  // Upgrades are how exec, attach and port-forward start (WebSocket or SPDY); nothing read-only needs one.
  server.on('upgrade', (request: IncomingMessage, socket: Socket) => {
    const method = request.method ?? 'GET';
    const path = request.url ?? '/';
    const found = refusalReason(method, path);
    const reason = found === undefined || found === DRY_RUN_IN_BODY ? 'upgrading the connection opens a stream into the cluster' : found;
    record(method, path, reason);
    const body = statusBody(method, path, reason);
    socket.end(`HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const listen = (wanted: number): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(wanted, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  await listen(port).catch((error: NodeJS.ErrnoException) => {
    if (port === 0 || error.code !== 'EADDRINUSE') throw error;
    return listen(0);
  });
  const address = server.address();
  const bound = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${bound}`,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      }),
  };
}
