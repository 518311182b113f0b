import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SimApi, type ApiResponse } from './api.js';
import { kubeconfigText, writePrivateFile } from './kubeconfig.js';
import type { Scenario } from './scenario.js';
import { ApiError, statusBody, unsupported } from './status.js';

/** A running simulated cluster and the kubeconfig that points kubectl at it. */
export interface SimServer {
  url: string;
  port: number;
  context: string;
  namespace: string;
  kubeconfigPath: string;
  /** Environment for kubectl: KUBECONFIG and KUBECACHEDIR (a private temp discovery cache, so the user's ~/.kube is never touched). */
  env: Record<string, string>;
  /** Closes sockets, removes the temp kubeconfig and cache it made. */
  close(): Promise<void>;
}

export interface SimServerOptions {
  scenario: Scenario;
  /** 0 or left out: a free port. */
  port?: number;
  /** Where to write the kubeconfig (default: a private temp folder removed on close). */
  kubeconfigPath?: string;
  /** The moment relative times in the scenario count from (default: now). */
  now?: Date;
  /** Names the context `drill-<id>` (default: 6 random hex characters). */
  id?: string;
  /** The longest a watch stays open before the server ends it (default 5 s; a client asking for less gets less). */
  watchSeconds?: number;
}

// Bodies are small JSON patches and objects: anything larger is refused rather than buffered.
const MAX_BODY = 4 * 1024 * 1024;

/** Starts the simulated cluster on 127.0.0.1 and writes a kubeconfig for it; nothing of the user's is read or changed. */
export async function startSimServer(options: SimServerOptions): Promise<SimServer> {
  const { scenario } = options;
  const id = options.id ?? randomBytes(3).toString('hex');
  const context = `drill-${id}`;
  const sockets = new Set<Socket>();
  const watchSeconds = options.watchSeconds ?? 5;
  let api: SimApi | undefined;
  const server = createServer({ keepAlive: true }, (request, response) => {
    readBody(request)
      .then((body) => send(response, api!.handle({ method: request.method ?? 'GET', ...splitUrl(request.url), accept: request.headers.accept, contentType: request.headers['content-type'], body }), watchSeconds))
      .catch(() => send(response, { status: 413, contentType: 'application/json', body: JSON.stringify(statusBody(new ApiError(413, 'RequestEntityTooLarge', 'request body too large'))) }, watchSeconds));
  });
  // exec, attach and port-forward upgrade the connection (WebSocket or SPDY): refuse with a Status kubectl prints.
  server.on('upgrade', (request: IncomingMessage, socket: Socket) => {
    const what = /\/(exec|attach|portforward)(\?|$)/.exec(request.url ?? '')?.[1];
    const body = JSON.stringify(statusBody(unsupported(what ? `\`kubectl ${what === 'portforward' ? 'port-forward' : what}\`: it has no containers to run anything in` : 'upgrading a connection')));
    socket.end(`HTTP/1.1 405 Method Not Allowed\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  const closeServer = (): Promise<void> =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
    });
  let tempDir: string | undefined;
  try {
    api = new SimApi(scenario, options.now ?? new Date(), `127.0.0.1:${port}`);
    tempDir = mkdtempSync(join(tmpdir(), 'runbook-sim-'));
    const cacheDir = join(tempDir, 'cache');
    mkdirSync(cacheDir, { mode: 0o700 });
    const kubeconfigPath = options.kubeconfigPath ?? join(tempDir, 'kubeconfig');
    writePrivateFile(kubeconfigPath, kubeconfigText({ context, server: url, namespace: scenario.namespace }));
    const madeDir = tempDir;
    let closed: Promise<void> | undefined;
    return {
      url,
      port,
      context,
      namespace: scenario.namespace,
      kubeconfigPath,
      env: { KUBECONFIG: kubeconfigPath, KUBECACHEDIR: cacheDir },
      close: () =>
        (closed ??= closeServer().then(() => {
          if (options.kubeconfigPath) rmSync(options.kubeconfigPath, { force: true });
          rmSync(madeDir, { recursive: true, force: true });
        })),
    };
  } catch (error) {
    await closeServer();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    throw error;
  }
}

function splitUrl(url: string | undefined): { path: string; query: URLSearchParams } {
  const parsed = new URL(url ?? '/', 'http://sim.invalid');
  return { path: parsed.pathname, query: parsed.searchParams };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, answer: ApiResponse, watchSeconds: number): void {
  if (answer.watch) {
    // Every watch ends, at the latest after `watchSeconds`: kubectl then returns (`get -w`) or watches again (informers).
    const lasts = Math.min(answer.watch.requestedSeconds ?? watchSeconds, watchSeconds);
    response.writeHead(200, { 'Content-Type': answer.contentType, 'Transfer-Encoding': 'chunked', 'Cache-Control': 'no-cache, private' });
    // Headers go out at once: client-go waits for them within its request timeout.
    response.flushHeaders();
    const stop = answer.watch.start((line) => response.write(line));
    const end = (): void => {
      clearTimeout(timer);
      stop();
      if (!response.writableEnded) response.end();
    };
    const timer = setTimeout(end, lasts * 1000);
    response.on('close', end);
    return;
  }
  response.writeHead(answer.status, { 'Content-Type': answer.contentType, 'Content-Length': Buffer.byteLength(answer.body), 'Cache-Control': 'no-cache, private' });
  response.end(answer.body);
}
