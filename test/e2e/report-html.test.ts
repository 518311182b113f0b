/**
 * report.html in a real headless Chromium, driven over the DevTools protocol (Node's built-in WebSocket): the
 * page renders, the timeline and every step are there, a click opens a step, and nothing is fetched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { writeBundle } from '../../src/bundle/create-bundle.js';
import { escalatedSession, extract, FAKE_PASSWORD, tempDir } from '../bundle/fixtures.js';

const work = tempDir('html');
let browser: ChildProcess | undefined;
afterAll(() => {
  // Chromium starts helper processes: stop its whole process group.
  if (browser?.pid !== undefined && browser.exitCode === null) process.kill(-browser.pid, 'SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

function startChromium(): Promise<{ port: number }> {
  if (!CHROMIUM) throw new Error('chromium is not installed: the report test renders report.html in a real browser; .ci/run installs it (Debian package `chromium`)');
  const profile = join(work, 'profile');
  mkdirSync(profile);
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profile}`,
    '--remote-debugging-address=127.0.0.1',
    '--remote-debugging-port=0',
    'about:blank',
  ];
  const child = spawn(CHROMIUM, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  browser = child;
  return new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`chromium did not start in 30 s:\n${stderr}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve({ port: Number(match[1]) });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`chromium exited (${code}):\n${stderr}`));
    });
  });
}

interface Cdp {
  send(method: string, params?: Record<string, unknown>): Promise<Record<string, unknown>>;
  events: { method: string; params: Record<string, unknown> }[];
  waitFor(method: string, timeoutMs: number): Promise<void>;
  close(): void;
}

async function connect(port: number): Promise<Cdp> {
  const pages = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { type: string; webSocketDebuggerUrl: string }[];
  const page = pages.find((p) => p.type === 'page');
  if (!page) throw new Error('chromium has no page to drive');
  const socket = new WebSocket(page.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', reject, { once: true });
  });
  let nextId = 0;
  const pending = new Map<number, { resolve: (v: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  const events: Cdp['events'] = [];
  const waiters: { method: string; resolve: () => void }[] = [];
  socket.addEventListener('message', (message) => {
    const data = JSON.parse(String(message.data)) as { id?: number; result?: Record<string, unknown>; error?: { message: string }; method?: string; params?: Record<string, unknown> };
    if (data.id !== undefined) {
      const call = pending.get(data.id);
      pending.delete(data.id);
      if (data.error) call?.reject(new Error(data.error.message));
      else call?.resolve(data.result ?? {});
    } else if (data.method) {
      events.push({ method: data.method, params: data.params ?? {} });
      for (const waiter of waiters.filter((w) => w.method === data.method)) waiter.resolve();
    }
  });
  return {
    events,
    send: (method, params = {}) =>
      new Promise((resolve, reject) => {
        const id = ++nextId;
        pending.set(id, { resolve, reject });
        socket.send(JSON.stringify({ id, method, params }));
      }),
    waitFor: (method, timeoutMs) =>
      new Promise((resolve, reject) => {
        if (events.some((e) => e.method === method)) return resolve();
        const timer = setTimeout(() => reject(new Error(`no ${method} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ method, resolve: () => (clearTimeout(timer), resolve()) });
      }),
    close: () => socket.close(),
  };
}

test('report.html renders offline in Chromium: facts, timeline, steps that open, no network', { timeout: 120_000 }, async () => {
  const home = join(work, 'home');
  const session = await escalatedSession(home);
  const written = await writeBundle({ home, sessionId: session, cwd: work, redaction: { enabled: true, values: [], patterns: [], env: {}, homeDir: work }, toolVersion: 't' });
  const dir = extract(written.path, join(work, 'x'));
  const report = join(dir, 'report.html');
  expect(readFileSync(report, 'utf8')).not.toContain(FAKE_PASSWORD);

  const { port } = await startChromium();
  const cdp = await connect(port);
  try {
    await cdp.send('Network.enable');
    await cdp.send('Page.enable');
    await cdp.send('Runtime.enable');
    const url = pathToFileURL(report).href;
    await cdp.send('Page.navigate', { url });
    await cdp.waitFor('Page.loadEventFired', 30_000);
    const evaluate = async (expression: string): Promise<unknown> => {
      const result = (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })) as { result: { value: unknown }; exceptionDetails?: unknown };
      expect(result.exceptionDetails).toBeUndefined();
      return result.result.value;
    };
    const page = (await evaluate(`({
      title: document.title,
      heading: document.querySelector('h1').textContent,
      facts: document.querySelector('table.facts').innerText,
      steps: [...document.querySelectorAll('details.step')].map((d) => d.id),
      bars: document.querySelectorAll('#timeline rect.run').length,
      timelineWidth: document.querySelector('#timeline').getBoundingClientRect().width,
      anyOpen: [...document.querySelectorAll('details.step')].some((d) => d.open),
    })`)) as { title: string; heading: string; facts: string; steps: string[]; bars: number; timelineWidth: number; anyOpen: boolean };
    expect(page.heading).toBe('Escalated: Web escalation drill');
    expect(page.facts).toContain('PRODUCTION');
    expect(page.facts).toContain('#platform-oncall');
    expect(page.steps).toEqual(['step-list', 'step-login', 'step-dashboard']);
    expect(page.bars).toBe(2);
    expect(page.timelineWidth).toBeGreaterThan(100);
    expect(page.anyOpen).toBe(false);

    // A click on a step's summary opens it; a click on its bar in the timeline opens it too.
    const opened = (await evaluate(`(() => {
      document.querySelector('#step-list > summary').click();
      const list = document.querySelector('#step-list');
      document.querySelector('#timeline rect.run[data-step="login"]').dispatchEvent(new MouseEvent('click', { bubbles: true }));
      const login = document.querySelector('#step-login');
      return { list: list.open, login: login.open, output: list.querySelector('pre.output').textContent, command: login.querySelector('pre.command').textContent };
    })()`)) as { list: boolean; login: boolean; output: string; command: string };
    expect(opened.list).toBe(true);
    expect(opened.login).toBe(true);
    expect(opened.output).toContain('web-abc 0/1 OOMKilled');
    expect(opened.command).toMatch(/^echo connecting with \[REDACTED:/);

    const requested = cdp.events.filter((e) => e.method === 'Network.requestWillBeSent').map((e) => (e.params.request as { url: string }).url);
    expect(requested).toEqual([url]);
    expect(cdp.events.filter((e) => e.method === 'Runtime.exceptionThrown')).toEqual([]);
  } finally {
    cdp.close();
  }
});
