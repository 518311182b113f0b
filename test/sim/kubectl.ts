import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadScenario, type Scenario } from '../../src/sim/scenario.js';
import { startSimServer, type SimServer } from '../../src/sim/server.js';

export const FIXTURE = fileURLToPath(new URL('./fixtures/shop.yaml', import.meta.url));

export interface KubectlRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The fixture scenario, loaded fresh (tests may change a server's objects, never the scenario). */
export function shopScenario(): Scenario {
  return loadScenario(FIXTURE);
}

/** Starts a simulated cluster for the fixture on a free port. */
export function startShop(options: { watchSeconds?: number } = {}): Promise<SimServer> {
  return startSimServer({ scenario: shopScenario(), ...options });
}

/** Runs the real kubectl against a simulated cluster; a run that hangs is killed and fails the test with code null. */
export function kubectl(server: SimServer, args: string[], timeoutMs = 20_000): Promise<KubectlRun> {
  return new Promise((resolve) => {
    execFile('kubectl', args, { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...server.env }, timeout: timeoutMs, killSignal: 'SIGKILL' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : error.killed ? null : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The rows of kubectl's table output, split on runs of spaces. */
export function rows(output: string): string[][] {
  return output
    .trim()
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.trim().split(/\s{2,}/));
}
