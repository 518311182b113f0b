import { describe, expect, test } from 'vitest';
import { tablePrinter } from '../../../src/sim/tables/index.js';
import { context, DAY, object } from './clock.js';

const nodeInfo = { kubeletVersion: 'v1.32.3', osImage: 'Ubuntu 24.04.1 LTS', kernelVersion: '6.8.0-1019-aws', containerRuntimeVersion: 'containerd://1.7.24' };
const addresses = [
  { type: 'InternalIP', address: '10.0.12.31' },
  { type: 'Hostname', address: 'node-a' },
];

describe('node rows', () => {
  const printer = tablePrinter('Node');

  test('columns', () => {
    expect(printer.columns.map((c) => [c.name, c.priority])).toEqual([
      ['Name', 0], ['Status', 0], ['Roles', 0], ['Age', 0], ['Version', 0],
      ['Internal-IP', 1], ['External-IP', 1], ['OS-Image', 1], ['Kernel-Version', 1], ['Container-Runtime', 1],
    ]);
  });

  test.each([
    [
      'a ready worker without role labels',
      object('Node', 'node-a', 34 * DAY, { status: { conditions: [{ type: 'MemoryPressure', status: 'False' }, { type: 'Ready', status: 'True' }], addresses, nodeInfo } }, { namespace: undefined, labels: { 'kubernetes.io/hostname': 'node-a' } }),
      ['node-a', 'Ready', '<none>', '34d', 'v1.32.3', '10.0.12.31', '<none>', 'Ubuntu 24.04.1 LTS', '6.8.0-1019-aws', 'containerd://1.7.24'],
    ],
    [
      'a cordoned node with two roles, one from the older label',
      object(
        'Node',
        'node-c',
        3 * DAY,
        { spec: { unschedulable: true }, status: { conditions: [{ type: 'Ready', status: 'True' }], addresses: [...addresses, { type: 'ExternalIP', address: '203.0.113.7' }], nodeInfo } },
        { labels: { 'node-role.kubernetes.io/worker': '', 'kubernetes.io/role': 'batch', 'node-role.kubernetes.io/': '' } },
      ),
      ['node-c', 'Ready,SchedulingDisabled', 'batch,worker', '3d', 'v1.32.3', '10.0.12.31', '203.0.113.7', 'Ubuntu 24.04.1 LTS', '6.8.0-1019-aws', 'containerd://1.7.24'],
    ],
    [
      'a node whose kubelet stopped reporting',
      object('Node', 'node-d', 200 * DAY, { status: { conditions: [{ type: 'Ready', status: 'Unknown', reason: 'NodeStatusUnknown' }] } }),
      ['node-d', 'NotReady', '<none>', '200d', '', '<none>', '<none>', '<unknown>', '<unknown>', '<unknown>'],
    ],
    ['a node with no conditions yet', object('Node', 'node-e', 30, {}), ['node-e', 'Unknown', '<none>', '30s', '', '<none>', '<none>', '<unknown>', '<unknown>', '<unknown>']],
  ])('%s', (_, input, expected) => {
    expect(printer.row(input, context)).toEqual(expected);
  });
});

describe('namespace rows', () => {
  test('status, defaulting to Active', () => {
    const printer = tablePrinter('Namespace');
    expect(printer.columns.map((c) => c.name)).toEqual(['Name', 'Status', 'Age']);
    expect(printer.row(object('Namespace', 'shop', 400 * DAY), context)).toEqual(['shop', 'Active', '400d']);
    expect(printer.row(object('Namespace', 'old-team', 2 * DAY, { status: { phase: 'Terminating' } }), context)).toEqual(['old-team', 'Terminating', '2d']);
  });
});
