import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadScenario } from '../../src/sim/scenario.js';
import { startSimServer, type SimServer } from '../../src/sim/server.js';
import { ROOT } from '../helpers/cli.js';
import { kubectl, rows } from './kubectl.js';

// The pending-pods runbook's scenario: two pods wait for CPU while node-d stays cordoned after maintenance.
const SCENARIO = join(ROOT, 'runbooks', 'scenarios', 'pod-pending.yaml');

describe('pods left Pending are placed once a node can take them', () => {
  let server: SimServer;
  beforeAll(async () => {
    server = await startSimServer({ scenario: loadScenario(SCENARIO) });
  });
  afterAll(() => server.close());

  const pending = async (): Promise<string[]> => {
    const run = await kubectl(server, ['get', 'pods', '-n', 'billing', '--field-selector=status.phase=Pending', '-o', 'name']);
    return run.stdout.trim().split('\n').filter(Boolean);
  };

  test('a change that frees nothing leaves them waiting', async () => {
    expect(await pending()).toHaveLength(2);
    expect((await kubectl(server, ['label', 'pod', 'ledger-sync-0', '-n', 'billing', 'checked=yes'])).code).toBe(0);
    expect(await pending()).toHaveLength(2);
  });

  test('a taint the pods do not tolerate keeps them off the uncordoned node; removing it lets them in', async () => {
    expect((await kubectl(server, ['taint', 'nodes', 'node-d', 'dedicated=batch:NoSchedule'])).code).toBe(0);
    expect((await kubectl(server, ['uncordon', 'node-d'])).code).toBe(0);
    expect(await pending()).toHaveLength(2);
    expect((await kubectl(server, ['taint', 'nodes', 'node-d', 'dedicated-'])).code).toBe(0);
    expect(await pending()).toEqual([]);
    const pods = await kubectl(server, ['get', 'pods', '-n', 'billing', '-l', 'app=invoice-renderer', '-o', 'wide']);
    const placed = rows(pods.stdout).filter((row) => row[0]!.endsWith('7xk2p') || row[0]!.endsWith('q4m9d'));
    expect(placed.map((row) => [row[1], row[2], row[6]])).toEqual([['1/1', 'Running', 'node-d'], ['1/1', 'Running', 'node-d']]);
    const deployment = await kubectl(server, ['get', 'deployment', 'invoice-renderer', '-n', 'billing']);
    expect(rows(deployment.stdout)[1]?.slice(0, 2)).toEqual(['invoice-renderer', '6/6']);
    const events = await kubectl(server, ['get', 'events', '-n', 'billing', '--field-selector', 'reason=Scheduled', '-o', 'name']);
    expect(events.stdout.trim().split('\n')).toHaveLength(2);
  });
});
