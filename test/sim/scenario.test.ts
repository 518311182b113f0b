import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { resolveRelativeTimes } from '../../src/sim/relative-time.js';
import { loadScenario, scenarioPathFor } from '../../src/sim/scenario.js';
import { FIXTURE } from './kubectl.js';

const dir = mkdtempSync(join(tmpdir(), 'runbook-scenario-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeScenario(text: string): string {
  const file = join(dir, `s${Math.random().toString(16).slice(2)}.yaml`);
  writeFileSync(file, text);
  return file;
}

function errorFor(text: string): string {
  const file = join(dir, `s${Math.random().toString(16).slice(2)}.yaml`);
  writeFileSync(file, text);
  try {
    loadScenario(file);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message.replaceAll(file, 'FILE');
  }
  throw new Error('the scenario loaded');
}

describe('loadScenario', () => {
  test('reads the fixture with defaults filled in', () => {
    const scenario = loadScenario(FIXTURE);
    expect(scenario).toMatchObject({ runbook: 'pod-oom-restart-loop', namespace: 'shop', variables: { deployment: 'checkout', replicas: '2' } });
    expect(scenario.alert?.labels).toEqual({ namespace: 'shop', deployment: 'checkout' });
    expect(scenario.logs[0]).toMatchObject({ namespace: 'shop', pod: 'checkout-7c9d6b5f4-x2x8q', container: 'app', previous: false });
    expect(scenario.metrics.pods[0]!.namespace).toBe('shop');
    expect(scenario.expect).toEqual({ cause: 'limit-too-low', escalate: false, steps: { 'last-state': 'Reason:\\s+OOMKilled' } });
    // Relative times stay as written until a server starts.
    expect(scenario.objects.find((o) => o.metadata.name === 'node-a')!.metadata.creationTimestamp).toBe('-30d');
  });

  test('the namespace defaults to `default`', () => {
    const file = join(dir, 'minimal.yaml');
    writeFileSync(file, 'runbook: demo\nobjects: []\n');
    expect(loadScenario(file)).toMatchObject({ namespace: 'default', variables: {}, logs: [], metrics: { pods: [], nodes: [] }, observations: {}, expect: { steps: {} } });
  });

  test('an unknown key is located at the key', () => {
    expect(errorFor('runbook: demo\nobjects: []\nnamespaces: shop\n')).toBe(
      'FILE:3:1: unknown key `namespaces` in the scenario (allowed: runbook, description, namespace, alert, variables, objects, logs, metrics, certificates, observations, expect)',
    );
    expect(errorFor('runbook: demo\nobjects: []\nlogs:\n  - pod: a\n    text: x\n    prev: true\n')).toBe('FILE:6:5: unknown key `prev` in logs[0]');
  });

  test('a misspelt field of a manifest, at its top or in its metadata, is an unknown key at its line', () => {
    const object = (extra: string): string => `runbook: demo\nobjects:\n  - apiVersion: apps/v1\n    kind: Deployment\n    metadata:\n      name: web\n${extra}`;
    expect(errorFor(object('      lables: { app: web }\n'))).toBe('FILE:7:7: unknown key `lables` in objects[0].metadata');
    expect(errorFor(object('    sepc: { replicas: 2 }\n'))).toBe('FILE:7:5: unknown key `sepc` in objects[0]');
    // Down into the spec of a Deployment, its pod template, a container and its resources.
    expect(errorFor(object('    spec:\n      replica: 2\n'))).toBe('FILE:8:7: unknown key `replica` in objects[0].spec');
    const container = (resources: string): string =>
      object(`    spec:\n      replicas: 1\n      template:\n        spec:\n          containers:\n            - name: web\n              image: web:1\n              resources: { ${resources} }\n`);
    expect(errorFor(container('limit: { memory: 512Mi }'))).toBe('FILE:14:28: unknown key `limit` in objects[0].spec.template.spec.containers[0].resources');
    expect(() => loadScenario(writeScenario(container('limits: { memory: 512Mi }')))).not.toThrow();
    // Real fields of the kinds a scenario holds are fine, whatever the kind.
    expect(() => loadScenario(FIXTURE)).not.toThrow();
  });

  test('observations are kept by step id, and a key that is no step id is located', () => {
    const file = join(dir, 'observed.yaml');
    writeFileSync(file, 'runbook: demo\nobjects: []\nobservations:\n  memory-trend: Flat just under the limit.\n');
    expect(loadScenario(file).observations).toEqual({ 'memory-trend': 'Flat just under the limit.' });
    expect(errorFor('runbook: demo\nobjects: []\nobservations:\n  Memory Trend: flat\n')).toMatch(/^FILE:4:3: /);
  });

  test('a bad relative time is located at the value', () => {
    expect(errorFor('runbook: demo\nobjects:\n  - apiVersion: v1\n    kind: Pod\n    metadata:\n      name: a\n      creationTimestamp: -3hours\n')).toBe(
      'FILE:7:26: `-3hours` is not a relative time: write a sign and units largest first, like `-3h`, `-2m30s` or `-1d4h`',
    );
    expect(errorFor('runbook: demo\nobjects:\n  - apiVersion: v1\n    kind: Event\n    metadata: { name: e }\n    lastTimestamp: yesterday\n')).toMatch(/^FILE:6:20: `yesterday` is not a time: write `now`, a signed duration/);
  });

  test('an object that is not a mapping, or lacks its name, is located', () => {
    expect(errorFor('runbook: demo\nobjects:\n  - just a string\n')).toBe('FILE:3:5: objects[0] must be a mapping (a Kubernetes manifest with apiVersion, kind and metadata)');
    expect(errorFor('runbook: demo\nobjects:\n  - apiVersion: v1\n    kind: Pod\n    metadata: { labels: { app: a } }\n')).toBe('FILE:5:5: objects[0].metadata needs `name`');
  });

  test('invalid YAML, a missing runbook, a bad quantity and a missing file', () => {
    expect(errorFor('runbook: demo\nobjects: [\n')).toMatch(/^FILE:\d+:\d+: invalid YAML: /);
    expect(errorFor('objects: []\n')).toBe('FILE:1:1: the scenario needs `runbook`');
    expect(errorFor('runbook: demo\nobjects: []\nmetrics:\n  nodes:\n    - { node: a, cpu: lots, memory: 1Gi }\n')).toBe('FILE:5:23: metrics.nodes[0].cpu must be a quantity like `250m`, `1`, `512Mi` or `2Gi`');
    expect(() => loadScenario(join(dir, 'missing.yaml'))).toThrow(/missing\.yaml: no such scenario file/);
  });

  test('scenarioPathFor names the file after the runbook', () => {
    expect(scenarioPathFor('runbooks', 'pod-oom-restart-loop')).toBe(join('runbooks', 'scenarios', 'pod-oom-restart-loop.yaml'));
  });

  test('relative times resolve against the start, absolute ones stay', () => {
    const now = new Date('2026-11-22T13:00:00.500Z');
    expect(resolveRelativeTimes({ a: 'now', b: ['-1d4h', '+2m30s'], c: '2026-01-01T00:00:00Z', d: '-1' }, now)).toEqual({
      a: '2026-11-22T13:00:00Z',
      b: ['2026-11-21T09:00:00Z', '2026-11-22T13:02:30Z'],
      c: '2026-01-01T00:00:00Z',
      d: '-1',
    });
  });
});
