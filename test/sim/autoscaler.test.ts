import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadScenario } from '../../src/sim/scenario.js';
import { startSimServer, type SimServer } from '../../src/sim/server.js';
import { ROOT } from '../helpers/cli.js';
import { kubectl, rows } from './kubectl.js';

// The HPA runbook's scenario: search-api at its maximum of 8 replicas with CPU at 131% of a 70% target.
const SCENARIO = join(ROOT, 'runbooks', 'scenarios', 'hpa-maxed-out.yaml');

describe('an autoscaler whose bounds change rescales its target', () => {
  let server: SimServer;
  beforeAll(async () => {
    server = await startSimServer({ scenario: loadScenario(SCENARIO) });
  });
  afterAll(() => server.close());

  const setMax = (max: number) => kubectl(server, ['patch', 'hpa', 'search-api', '-n', 'search', '--type=merge', '-p', `{"spec":{"maxReplicas":${max}}}`]);
  const hpaRow = async () => rows((await kubectl(server, ['get', 'hpa', 'search-api', '-n', 'search'])).stdout)[1];
  const limited = async () => /ScalingLimited\s+(True|False)\s+(\w+)/.exec((await kubectl(server, ['describe', 'hpa', 'search-api', '-n', 'search'])).stdout)?.slice(1);

  test('a dry run changes nothing', async () => {
    const run = await kubectl(server, ['patch', 'hpa', 'search-api', '-n', 'search', '--type=merge', '-p', '{"spec":{"maxReplicas":12}}', '--dry-run=server']);
    expect(run.code).toBe(0);
    expect(await hpaRow()).toEqual(['search-api', 'Deployment/search-api', 'cpu: 131%/70%', '3', '8', '8', '420d']);
  });

  test('a higher maximum that is still too low: scaled to it, load spread, still limited', async () => {
    expect((await setMax(12)).code).toBe(0);
    expect(await hpaRow()).toEqual(['search-api', 'Deployment/search-api', 'cpu: 87%/70%', '3', '12', '12', '420d']);
    expect(await limited()).toEqual(['True', 'TooManyReplicas']);
    const deployment = await kubectl(server, ['get', 'deployment', 'search-api', '-n', 'search']);
    expect(rows(deployment.stdout)[1]?.slice(0, 2)).toEqual(['search-api', '12/12']);
    const events = await kubectl(server, ['get', 'events', '-n', 'search', '--field-selector', 'reason=SuccessfulRescale', '--sort-by=.lastTimestamp', '-o', 'jsonpath={.items[-1:].message}']);
    expect(events.stdout).toBe('New size: 12; reason: cpu resource utilization (percentage of request) above target');
  });

  test('a maximum with room: the count the utilisation asks for, no longer limited; back to 8 scales down', async () => {
    expect((await setMax(20)).code).toBe(0);
    expect((await hpaRow())?.slice(2, 6)).toEqual(['cpu: 70%/70%', '3', '20', '15']);
    expect(await limited()).toEqual(['False', 'DesiredWithinRange']);
    expect((await setMax(8)).code).toBe(0);
    expect((await hpaRow())?.slice(2, 6)).toEqual(['cpu: 131%/70%', '3', '8', '8']);
    expect(await limited()).toEqual(['True', 'TooManyReplicas']);
    const pods = await kubectl(server, ['get', 'pods', '-n', 'search', '-l', 'app=search-api', '-o', 'name']);
    expect(pods.stdout.trim().split('\n')).toHaveLength(8);
  });
});
