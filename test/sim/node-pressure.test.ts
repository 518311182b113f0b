import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadScenario } from '../../src/sim/scenario.js';
import { startSimServer, type SimServer } from '../../src/sim/server.js';
import { ROOT } from '../helpers/cli.js';
import { kubectl } from './kubectl.js';

// The node runbook's scenario: node-b's root disk is 91% full, 38Gi of it a fluent-bit pod's buffer.
const SCENARIO = join(ROOT, 'runbooks', 'scenarios', 'node-not-ready.yaml');

describe('disk pressure follows what the pods on the node have written', () => {
  let server: SimServer;
  beforeAll(async () => {
    server = await startSimServer({ scenario: loadScenario(SCENARIO) });
  });
  afterAll(() => server.close());

  const conditions = async () => (await kubectl(server, ['get', 'node', 'node-b', '-o', 'jsonpath={range .status.conditions[*]}{.type}={.status} {end}{.spec.taints}'])).stdout;
  const fsUsed = async () => JSON.parse((await kubectl(server, ['get', '--raw', '/api/v1/nodes/node-b/proxy/stats/summary'])).stdout).node.fs.usedBytes as number;

  test('freeing a little leaves the pressure; removing the big writer clears condition and taint', async () => {
    expect(await conditions()).toContain('DiskPressure=True');
    expect(await fsUsed()).toBe(91 * 2 ** 30);
    expect((await kubectl(server, ['delete', 'pod', 'cart-59c4f7b8d6-t8w2k', '-n', 'shop', '--wait=false'])).code).toBe(0);
    expect(await fsUsed()).toBe(91 * 2 ** 30 - 1200 * 1024);
    expect(await conditions()).toMatch(/DiskPressure=True .*node\.kubernetes\.io\/disk-pressure/);
    expect((await kubectl(server, ['delete', 'pod', 'fluent-bit-7hq2x', '-n', 'logging', '--wait=false'])).code).toBe(0);
    expect(await fsUsed()).toBe(53 * 2 ** 30 - 1200 * 1024);
    const after = await conditions();
    expect(after).toContain('DiskPressure=False');
    expect(after).not.toContain('disk-pressure');
    const events = await kubectl(server, ['get', 'events', '-A', '--field-selector', 'reason=NodeHasNoDiskPressure', '-o', 'jsonpath={.items[*].message}']);
    expect(events.stdout).toBe('Node node-b status is now: NodeHasNoDiskPressure');
  });
});
