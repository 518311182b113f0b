import { describe, expect, test } from 'vitest';
import { tablePrinter } from '../../../src/sim/tables/index.js';
import { ago, context, MINUTE, object } from './clock.js';

const printer = tablePrinter('Event');

describe('event rows', () => {
  test('five columns always, five more with -o wide', () => {
    expect(printer.columns.map((c) => [c.name, c.priority])).toEqual([
      ['Last Seen', 0], ['Type', 0], ['Reason', 0], ['Object', 0], ['Subobject', 1], ['Source', 1], ['Message', 0], ['First Seen', 1], ['Count', 1], ['Name', 1],
    ]);
  });

  test('a repeated kubelet event: last and first seen, count, source with host, message trimmed', () => {
    const backOff = object('Event', 'checkout-7c9d6b5f4-x2x8q.181a2b3c4d5e6f70', 40 * MINUTE, {
      involvedObject: { kind: 'Pod', name: 'checkout-7c9d6b5f4-x2x8q', namespace: 'shop', fieldPath: 'spec.containers{app}' },
      reason: 'BackOff',
      type: 'Warning',
      message: 'Back-off restarting failed container app in pod checkout-7c9d6b5f4-x2x8q_shop(4f1d2c3b)\n',
      source: { component: 'kubelet', host: 'node-b' },
      count: 31,
      firstTimestamp: ago(38 * MINUTE),
      lastTimestamp: ago(95),
    });
    expect(printer.row(backOff, context)).toEqual([
      '95s',
      'Warning',
      'BackOff',
      'pod/checkout-7c9d6b5f4-x2x8q',
      'spec.containers{app}',
      'kubelet, node-b',
      'Back-off restarting failed container app in pod checkout-7c9d6b5f4-x2x8q_shop(4f1d2c3b)',
      '38m',
      31,
      'checkout-7c9d6b5f4-x2x8q.181a2b3c4d5e6f70',
    ]);
  });

  test('a single event without count or last timestamp counts once and was last seen when first seen', () => {
    const scaled = object('Event', 'checkout.181a', 3 * MINUTE, {
      involvedObject: { kind: 'Deployment', name: 'checkout' },
      reason: 'ScalingReplicaSet',
      type: 'Normal',
      message: 'Scaled up replica set checkout-7c9d6b5f4 from 2 to 3',
      source: { component: 'deployment-controller' },
      firstTimestamp: ago(3 * MINUTE),
    });
    const cells = printer.row(scaled, context);
    expect([cells[0], cells[3], cells[5], cells[7], cells[8]]).toEqual(['3m', 'deployment/checkout', 'deployment-controller', '3m', 1]);
  });

  test('an event from the newer events API: eventTime, series and reporting controller', () => {
    const series = object('Event', 'node-b.oom', 20 * MINUTE, {
      involvedObject: { kind: 'Node', name: 'node-b' },
      reason: 'OOMKilling',
      type: 'Warning',
      message: 'Memory cgroup out of memory: Killed process 4121 (java)',
      eventTime: ago(20 * MINUTE),
      series: { count: 7, lastObservedTime: ago(2 * MINUTE + 10) },
      reportingComponent: 'kernel-monitor',
      reportingInstance: 'node-b',
    });
    const cells = printer.row(series, context);
    expect([cells[0], cells[3], cells[5], cells[7], cells[8]]).toEqual(['2m10s', 'node/node-b', 'kernel-monitor, node-b', '20m', 7]);
  });

  test('no timestamps at all read <unknown>', () => {
    const bare = object('Event', 'x', 60, { involvedObject: { kind: 'Pod' }, reason: 'Pulled', type: 'Normal', message: 'ok' });
    expect(printer.row(bare, context).slice(0, 4)).toEqual(['<unknown>', 'Normal', 'Pulled', 'pod']);
  });
});
