// `kubectl get pods` against the simulated cluster, against `kubectl version --client` (no server at all), in the same run.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { compare, printTable, verdict } from './measure.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCENARIO = fileURLToPath(new URL('../sim/fixtures/shop.yaml', import.meta.url));
const RUNS = 15;

export async function run() {
  const { loadScenario, startSimServer } = await import(new URL('dist/sim.js', `file://${ROOT}`).href);
  const server = await startSimServer({ scenario: loadScenario(SCENARIO) });
  try {
    const env = { ...server.env };
    // Warm the discovery cache, as every command after the first one in a drill finds it. Asynchronously: the server
    // answers from this very process.
    const warm = await promisify(execFile)('kubectl', ['get', 'pods', '-n', 'shop'], { env: { ...process.env, ...env }, timeout: 30_000 });
    if (!warm.stdout.includes('checkout-')) throw new Error(`kubectl get pods printed no pods from the simulated cluster: ${warm.stderr}`);
    const rows = await compare(
      [
        { name: 'kubectl get pods -n shop (simulated cluster)', command: 'kubectl', args: ['get', 'pods', '-n', 'shop'], env, expectCodes: [0] },
        { name: 'kubectl version --client (no server)', command: 'kubectl', args: ['version', '--client'], env, expectCodes: [0] },
      ],
      RUNS,
    );
    const ratio = rows[0].ms / rows[1].ms;
    printTable(`kubectl against the simulated cluster, discovery cached (median of ${RUNS}, interleaved)`, rows.map((row) => ({ ...row, ratio: (row.ms / rows[1].ms).toFixed(2) })), ['ratio']);
    return verdict('get pods / version --client', ratio, 1.5);
  } finally {
    await server.close();
  }
}
