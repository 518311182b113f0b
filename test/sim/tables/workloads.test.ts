import { describe, expect, test } from 'vitest';
import { tablePrinter } from '../../../src/sim/tables/index.js';
import { ago, context, DAY, HOUR, MINUTE, object } from './clock.js';

const template = {
  metadata: { labels: { app: 'checkout' } },
  spec: {
    containers: [
      { name: 'app', image: 'registry.example.com/shop/checkout:2.14.1' },
      { name: 'proxy', image: 'envoyproxy/envoy:v1.31.2' },
    ],
  },
};

const header = (kind: string) => tablePrinter(kind).columns.map((c) => (c.priority === 1 ? `(${c.name})` : c.name));

describe('deployment rows', () => {
  const printer = tablePrinter('Deployment');

  test('columns', () => {
    expect(header('Deployment')).toEqual(['Name', 'Ready', 'Up-to-date', 'Available', 'Age', '(Containers)', '(Images)', '(Selector)']);
  });

  test.each([
    [
      'a degraded deployment',
      object('Deployment', 'checkout', 12 * DAY, {
        spec: { replicas: 3, selector: { matchLabels: { app: 'checkout' } }, template },
        status: { replicas: 3, readyReplicas: 1, updatedReplicas: 3, availableReplicas: 1, unavailableReplicas: 2 },
      }),
      ['checkout', '1/3', 3, 1, '12d', 'app,proxy', 'registry.example.com/shop/checkout:2.14.1,envoyproxy/envoy:v1.31.2', 'app=checkout'],
    ],
    [
      'a deployment scaled to zero, with a set-based selector (sorted by key)',
      object('Deployment', 'report-service', 3 * HOUR + 12 * MINUTE, {
        spec: { replicas: 0, selector: { matchLabels: { tier: 'backend' }, matchExpressions: [{ key: 'app', operator: 'In', values: ['reports', 'report-service'] }, { key: 'canary', operator: 'DoesNotExist' }] }, template },
        status: {},
      }),
      ['report-service', '0/0', 0, 0, '3h12m', 'app,proxy', 'registry.example.com/shop/checkout:2.14.1,envoyproxy/envoy:v1.31.2', 'app in (report-service,reports),!canary,tier=backend'],
    ],
    [
      'a deployment without a replica count gets the default of one',
      object('Deployment', 'web', 45, { spec: { selector: { matchLabels: { app: 'web' } }, template: { spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } } } }),
      ['web', '0/1', 0, 0, '45s', 'web', 'nginx:1.27', 'app=web'],
    ],
  ])('%s', (_, input, expected) => {
    expect(printer.row(input, context)).toEqual(expected);
  });
});

describe('replica set rows', () => {
  test('desired, current and ready are integers; the selector is <none> when missing', () => {
    const printer = tablePrinter('ReplicaSet');
    expect(header('ReplicaSet')).toEqual(['Name', 'Desired', 'Current', 'Ready', 'Age', '(Containers)', '(Images)', '(Selector)']);
    const current = object('ReplicaSet', 'checkout-7c9d6b5f4', 2 * DAY + 4 * HOUR, {
      spec: { replicas: 3, selector: { matchLabels: { app: 'checkout', 'pod-template-hash': '7c9d6b5f4' } }, template },
      status: { replicas: 3, readyReplicas: 1, availableReplicas: 1 },
    });
    expect(printer.row(current, context)).toEqual(['checkout-7c9d6b5f4', 3, 3, 1, '2d4h', 'app,proxy', 'registry.example.com/shop/checkout:2.14.1,envoyproxy/envoy:v1.31.2', 'app=checkout,pod-template-hash=7c9d6b5f4']);
    const bare = object('ReplicaSet', 'legacy', 400 * DAY, { spec: { replicas: 0 } });
    expect(printer.row(bare, context)).toEqual(['legacy', 0, 0, 0, '400d', '', '', '<none>']);
  });
});

describe('stateful set rows', () => {
  test('READY is ready out of desired', () => {
    const printer = tablePrinter('StatefulSet');
    expect(header('StatefulSet')).toEqual(['Name', 'Ready', 'Age', '(Containers)', '(Images)']);
    const db = object('StatefulSet', 'postgres', 90 * DAY, {
      spec: { replicas: 3, serviceName: 'postgres', template: { spec: { containers: [{ name: 'postgres', image: 'postgres:16.4' }] } } },
      status: { replicas: 3, readyReplicas: 2 },
    });
    expect(printer.row(db, context)).toEqual(['postgres', '2/3', '90d', 'postgres', 'postgres:16.4']);
  });
});

describe('job rows (kubectl 1.32 columns)', () => {
  const printer = tablePrinter('Job');
  const jobTemplate = { spec: { restartPolicy: 'Never', containers: [{ name: 'report', image: 'registry.example.com/shop/report-runner:5.2.0' }] } };
  const selector = { matchLabels: { 'batch.kubernetes.io/controller-uid': '0f8e1c2a-5b7d-4e39-9a61-2c4d8e7f1a3b' } };
  const job = (name: string, ageSeconds: number, spec: Record<string, unknown>, status: Record<string, unknown>, metadata: Record<string, unknown> = {}) =>
    object('Job', name, ageSeconds, { spec: { selector, template: jobTemplate, ...spec }, status }, metadata);

  test('columns', () => {
    expect(header('Job')).toEqual(['Name', 'Status', 'Completions', 'Duration', 'Age', '(Containers)', '(Images)', '(Selector)']);
  });

  test.each([
    ['running: duration grows with the clock', job('monthly-report-29001', 9 * MINUTE, { completions: 1 }, { active: 1, startTime: ago(8 * MINUTE + 50) }), ['Running', '0/1', '8m50s', '9m']],
    [
      'complete: duration is start to completion',
      job('nightly-export-28999', 26 * HOUR, { completions: 1 }, { succeeded: 1, startTime: ago(26 * HOUR), completionTime: ago(26 * HOUR - 4 * MINUTE - 5), conditions: [{ type: 'Complete', status: 'True' }] }),
      ['Complete', '1/1', '4m5s', '26h'],
    ],
    [
      'failed',
      job('import-ledger', 3 * HOUR, { completions: 1, backoffLimit: 2 }, { failed: 3, startTime: ago(3 * HOUR), conditions: [{ type: 'FailureTarget', status: 'True' }, { type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded' }] }),
      ['Failed', '0/1', '3h', '3h'],
    ],
    ['suspended and never started: no duration', job('reindex', 10 * MINUTE, { completions: 5, parallelism: 2, suspend: true }, { conditions: [{ type: 'Suspended', status: 'True' }] }), ['Suspended', '0/5', '', '10m']],
    ['a work queue with parallelism', job('queue-drain', 70, { parallelism: 4 }, { active: 4, succeeded: 1, startTime: ago(65) }), ['Running', '1/1 of 4', '65s', '70s']],
    ['being deleted', job('old-export', 5 * DAY, { completions: 1 }, { active: 1, startTime: ago(5 * DAY) }, { deletionTimestamp: ago(3) }), ['Terminating', '0/1', '5d', '5d']],
  ])('%s', (_, input, expected) => {
    const cells = printer.row(input, context);
    expect(cells.slice(1, 5)).toEqual(expected);
    expect(cells.slice(5)).toEqual(['report', 'registry.example.com/shop/report-runner:5.2.0', 'batch.kubernetes.io/controller-uid=0f8e1c2a-5b7d-4e39-9a61-2c4d8e7f1a3b']);
  });
});
