import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CLI, runCli } from '../helpers/cli.js';
import { FIXTURE } from './kubectl.js';

const dir = mkdtempSync(join(tmpdir(), 'runbook-sim-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Served {
  stdout: string;
  stop(signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string }>;
}

// Starts `runbook sim serve` and resolves once it has printed its export lines; stopping it is bounded in time.
function serve(args: string[]): Promise<Served> {
  const child = spawn(process.execPath, [CLI, 'sim', 'serve', ...args], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`sim serve did not start: ${stderr}`));
    }, 20_000);
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (!stdout.includes('Ctrl-C')) return;
      clearTimeout(timer);
      resolve({
        stdout,
        stop: async (signal) => {
          child.kill(signal);
          const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          const code = await exited;
          clearTimeout(killer);
          return { code, stderr };
        },
      });
    });
    void exited.then((code) => reject(new Error(`sim serve exited ${code}: ${stderr}`)));
  });
}

// The value of one `export NAME=value` line (shell-quoted when it needs to be).
const exported = (stdout: string, name: string): string => new RegExp(`^export ${name}='?([^'\\n]+)'?$`, 'm').exec(stdout)![1]!;

describe('runbook sim serve', () => {
  test('prints the exports, serves kubectl, and on SIGTERM removes its files and exits 0', async () => {
    const served = await serve([FIXTURE]);
    const kubeconfig = exported(served.stdout, 'KUBECONFIG');
    const cache = exported(served.stdout, 'KUBECACHEDIR');
    expect(served.stdout).toMatch(/^# Simulated cluster for pod-oom-restart-loop at http:\/\/127\.0\.0\.1:\d+: context drill-[0-9a-f]{6}, namespace shop\.$/m);
    expect(statSync(kubeconfig).mode & 0o777).toBe(0o600);
    const pods = execFileSync('kubectl', ['get', 'pods', '-o', 'name'], { env: { PATH: process.env.PATH!, HOME: dir, KUBECONFIG: kubeconfig, KUBECACHEDIR: cache }, encoding: 'utf8', timeout: 20_000 });
    expect(pods).toContain('pod/checkout-7c9d6b5f4-x2x8q');
    const stopped = await served.stop('SIGTERM');
    expect(stopped.code).toBe(0);
    expect(existsSync(kubeconfig)).toBe(false);
    expect(existsSync(cache)).toBe(false);
  });

  test('--kubeconfig writes there, Ctrl-C removes it; a file it did not write is never replaced', async () => {
    const target = join(dir, 'sim.kubeconfig');
    const served = await serve([FIXTURE, '--kubeconfig', target]);
    expect(exported(served.stdout, 'KUBECONFIG')).toBe(target);
    expect(readFileSync(target, 'utf8')).toMatch(/current-context: drill-[0-9a-f]{6}\n/);
    expect((await served.stop('SIGINT')).code).toBe(0);
    expect(existsSync(target)).toBe(false);

    const mine = join(dir, 'config');
    writeFileSync(mine, 'apiVersion: v1\nkind: Config\n');
    const refused = runCli(['sim', 'serve', FIXTURE, '--kubeconfig', mine]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${mine} already exists and was not written by \`runbook sim serve\``);
    expect(readFileSync(mine, 'utf8')).toBe('apiVersion: v1\nkind: Config\n');
  });

  test('a bad scenario is a located error with exit 2', () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'runbook: demo\nobjects:\n  - 42\n');
    const run = runCli(['sim', 'serve', bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`runbook: ${bad}:3:5: objects[0] must be a mapping (a Kubernetes manifest with apiVersion, kind and metadata)\n`);
    const port = runCli(['sim', 'serve', FIXTURE, '--port', 'http']);
    expect(port.code).toBe(2);
    expect(port.stderr).toContain('--port must be a number from 0 to 65535');
  });
});
