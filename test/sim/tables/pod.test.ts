import { describe, expect, test } from 'vitest';
import { tablePrinter } from '../../../src/sim/tables/index.js';
import { ago, context, HOUR, MINUTE, object } from './clock.js';

const printer = tablePrinter('Pod');
const row = (pod: ReturnType<typeof object>) => printer.row(pod, context);

const running = { running: { startedAt: ago(40 * MINUTE) } };
const oomKilledBefore = (secondsAgo: number) => ({
  terminated: { reason: 'OOMKilled', exitCode: 137, startedAt: ago(secondsAgo + 95), finishedAt: ago(secondsAgo) },
});

function pod(name: string, containerStatuses: unknown[], extra: { spec?: Record<string, unknown>; status?: Record<string, unknown>; metadata?: Record<string, unknown> } = {}) {
  const names = containerStatuses.map((status) => (status as { name: string }).name);
  return object(
    'Pod',
    name,
    5 * HOUR,
    {
      spec: { nodeName: 'node-b', containers: names.map((container) => ({ name: container, image: `registry.example.com/${container}:1.4.2` })), ...extra.spec },
      status: { phase: 'Running', podIP: '10.42.1.17', podIPs: [{ ip: '10.42.1.17' }], containerStatuses, ...extra.status },
    },
    extra.metadata,
  );
}

describe('pod rows', () => {
  test('columns: five always shown, four more with -o wide', () => {
    expect(printer.columns.map((c) => [c.name, c.priority])).toEqual([
      ['Name', 0], ['Ready', 0], ['Status', 0], ['Restarts', 0], ['Age', 0],
      ['IP', 1], ['Node', 1], ['Nominated Node', 1], ['Readiness Gates', 1],
    ]);
    expect(printer.columns[0]?.format).toBe('name');
  });

  test.each([
    [
      'a healthy pod',
      pod('checkout-7c9d6b5f4-kq2mz', [{ name: 'app', ready: true, restartCount: 0, state: running }]),
      ['checkout-7c9d6b5f4-kq2mz', '1/1', 'Running', '0', '5h', '10.42.1.17', 'node-b', '<none>', '<none>'],
    ],
    [
      'a pod in back-off after OOM kills: the waiting reason wins and restarts say when',
      pod('checkout-7c9d6b5f4-x2x8q', [
        { name: 'app', ready: false, restartCount: 7, state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m0s restarting failed container' } }, lastState: oomKilledBefore(2 * MINUTE + 14) },
      ]),
      ['checkout-7c9d6b5f4-x2x8q', '0/1', 'CrashLoopBackOff', '7 (2m14s ago)', '5h', '10.42.1.17', 'node-b', '<none>', '<none>'],
    ],
    [
      'a container terminated right now shows its reason; the restart time is the previous termination',
      pod('checkout-7c9d6b5f4-p9w4t', [{ name: 'app', ready: false, restartCount: 3, state: oomKilledBefore(5), lastState: oomKilledBefore(4 * MINUTE) }]),
      ['checkout-7c9d6b5f4-p9w4t', '0/1', 'OOMKilled', '3 (4m ago)', '5h', '10.42.1.17', 'node-b', '<none>', '<none>'],
    ],
    [
      'a terminated container without a reason shows its exit code',
      pod('worker-1', [{ name: 'app', restartCount: 0, state: { terminated: { exitCode: 2 } } }]),
      ['worker-1', '0/1', 'ExitCode:2', '0', '5h', '10.42.1.17', 'node-b', '<none>', '<none>'],
    ],
    [
      'the first container decides the status when several disagree; restarts add up',
      pod('api-0', [
        { name: 'app', ready: false, restartCount: 2, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { reason: 'Error', exitCode: 1, finishedAt: ago(10 * MINUTE) } } },
        { name: 'proxy', ready: true, restartCount: 1, state: running, lastState: { terminated: { reason: 'Error', exitCode: 1, finishedAt: ago(30 * MINUTE) } } },
      ]),
      ['api-0', '1/2', 'CrashLoopBackOff', '3 (10m ago)', '5h', '10.42.1.17', 'node-b', '<none>', '<none>'],
    ],
    [
      'a finished job pod reads Completed',
      pod('report-28901-abcde', [{ name: 'report', ready: false, restartCount: 0, state: { terminated: { reason: 'Completed', exitCode: 0 } } }], { status: { phase: 'Succeeded' } }),
      ['report-28901-abcde', '0/1', 'Completed', '0', '5h', '10.42.1.17', 'node-b', '<none>', '<none>'],
    ],
    [
      'a pod being deleted reads Terminating',
      pod('checkout-6b8f7d9c5-old1', [{ name: 'app', ready: true, restartCount: 0, state: running }], { metadata: { deletionTimestamp: ago(20) } }),
      ['checkout-6b8f7d9c5-old1', '1/1', 'Terminating', '0', '5h', '10.42.1.17', 'node-b', '<none>', '<none>'],
    ],
    [
      'a pending pod that is not scheduled yet has no IP or node',
      object('Pod', 'checkout-7c9d6b5f4-zz9ab', 30, { spec: { containers: [{ name: 'app', image: 'x' }] }, status: { phase: 'Pending' } }),
      ['checkout-7c9d6b5f4-zz9ab', '0/1', 'Pending', '0', '30s', '<none>', '<none>', '<none>', '<none>'],
    ],
  ])('%s', (_, input, expected) => {
    expect(row(input)).toEqual(expected);
  });

  test('init containers: waiting reason, progress count, and failure', () => {
    const withInit = (initContainerStatuses: unknown[]) =>
      object('Pod', 'migrate', 5 * MINUTE, {
        spec: { initContainers: [{ name: 'wait-db' }, { name: 'migrate' }], containers: [{ name: 'app' }] },
        status: { phase: 'Pending', initContainerStatuses, containerStatuses: [{ name: 'app', restartCount: 0, state: { waiting: { reason: 'PodInitializing' } } }] },
      });
    const done = { name: 'wait-db', restartCount: 0, state: { terminated: { reason: 'Completed', exitCode: 0 } } };
    expect(row(withInit([done, { name: 'migrate', restartCount: 0, state: { running: {} } }]))[2]).toBe('Init:1/2');
    expect(row(withInit([{ name: 'wait-db', restartCount: 4, state: { waiting: { reason: 'CrashLoopBackOff' } } }]))[2]).toBe('Init:CrashLoopBackOff');
    expect(row(withInit([done, { name: 'migrate', restartCount: 0, state: { terminated: { reason: 'Error', exitCode: 1 } } }]))[2]).toBe('Init:Error');
    expect(row(withInit([done, { name: 'migrate', restartCount: 0, state: { terminated: { exitCode: 3 } } }]))[2]).toBe('Init:ExitCode:3');
    // Init containers' restarts count while the pod initialises.
    expect(row(withInit([{ name: 'wait-db', restartCount: 4, state: { waiting: { reason: 'CrashLoopBackOff' } } }]))[3]).toBe('4');
  });

  test('a running sidecar counts toward READY and its restarts stay counted', () => {
    const sidecar = object('Pod', 'web-1', HOUR, {
      spec: { initContainers: [{ name: 'mesh', restartPolicy: 'Always' }], containers: [{ name: 'app' }] },
      status: {
        phase: 'Running',
        conditions: [{ type: 'Initialized', status: 'True' }, { type: 'Ready', status: 'True' }],
        initContainerStatuses: [{ name: 'mesh', ready: true, started: true, restartCount: 1, state: running, lastState: { terminated: { reason: 'Error', exitCode: 1, finishedAt: ago(50 * MINUTE) } } }],
        containerStatuses: [{ name: 'app', ready: true, restartCount: 0, state: running }],
      },
    });
    expect(row(sidecar).slice(1, 4)).toEqual(['2/2', 'Running', '1 (50m ago)']);
  });

  test('readiness gates count the conditions that are True', () => {
    const gated = pod('web-2', [{ name: 'app', ready: true, restartCount: 0, state: running }], {
      spec: { readinessGates: [{ conditionType: 'example.com/lb-registered' }, { conditionType: 'example.com/warm' }] },
      status: { conditions: [{ type: 'example.com/lb-registered', status: 'True' }, { type: 'example.com/warm', status: 'False' }] },
    });
    expect(row(gated)[8]).toBe('1/2');
  });
});
