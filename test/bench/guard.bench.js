// `kubectl get pods` through the read-only guard (a loopback proxy in front of the cluster) against the same command
// straight to the simulated cluster, in the same run; and what starting and stopping the guard costs a step.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { compare, median, printTable, verdict } from './measure.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCENARIO = fileURLToPath(new URL('../sim/fixtures/shop.yaml', import.meta.url));
const RUNS = 25;
const STARTS = 10;

export async function run() {
  const { loadScenario, startSimServer } = await import(new URL('dist/sim.js', `file://${ROOT}`).href);
  const { removeGuardCache, startReadOnlyGuard } = await import(new URL('dist/guard.js', `file://${ROOT}`).href);
  const server = await startSimServer({ scenario: loadScenario(SCENARIO) });
  const direct = { ...server.env };
  const guard = await startReadOnlyGuard({ ...process.env, ...direct });
  if (guard === undefined) throw new Error('the guard found no current context in the simulated cluster’s kubeconfig');
  try {
    const guarded = { ...direct, ...guard.env };
    // Warm both discovery caches, as every command after the first one finds them; asynchronously, since the
    // server and the proxy answer from this very process.
    for (const env of [direct, guarded]) {
      const warm = await promisify(execFile)('kubectl', ['get', 'pods', '-n', 'shop'], { env: { ...process.env, ...env }, timeout: 30_000 });
      if (!warm.stdout.includes('checkout-')) throw new Error(`kubectl get pods printed no pods: ${warm.stderr}`);
    }
    const rows = await compare(
      [
        { name: 'kubectl get pods -n shop (straight to the cluster)', command: 'kubectl', args: ['get', 'pods', '-n', 'shop'], env: direct, expectCodes: [0] },
        { name: 'kubectl get pods -n shop (through the guard)', command: 'kubectl', args: ['get', 'pods', '-n', 'shop'], env: guarded, expectCodes: [0] },
      ],
      RUNS,
    );
    const ratio = rows[1].ms / rows[0].ms;
    printTable(`kubectl through the read-only guard, discovery cached (median of ${RUNS}, interleaved)`, rows.map((row) => ({ ...row, ratio: (row.ms / rows[0].ms).toFixed(2) })), ['ratio']);

    const starts = [];
    for (let i = 0; i < STARTS; i++) {
      const started = performance.now();
      const once = await startReadOnlyGuard({ ...process.env, ...direct });
      await once?.close();
      starts.push(performance.now() - started);
    }
    console.log(`\nstarting and stopping the guard for one step (reads the context with kubectl): median ${median(starts).toFixed(0)} ms of ${STARTS}`);
    return verdict('get pods through the guard / straight', ratio, 1.2);
  } finally {
    await guard.close();
    await server.close();
    removeGuardCache();
  }
}
