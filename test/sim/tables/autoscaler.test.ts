import { describe, expect, test } from 'vitest';
import { tablePrinter } from '../../../src/sim/tables/index.js';
import { context, DAY, object } from './clock.js';

const printer = tablePrinter('HorizontalPodAutoscaler');
const target = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'report-service' };
const cpu = (utilization: number) => ({ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: utilization } } });
const memory = (utilization: number) => ({ type: 'Resource', resource: { name: 'memory', target: { type: 'Utilization', averageUtilization: utilization } } });
const currentCpu = (utilization: number) => ({ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: utilization, averageValue: '1840m' } } });

function hpa(spec: Record<string, unknown>, status: Record<string, unknown>, apiVersion = 'autoscaling/v2') {
  return { ...object('HorizontalPodAutoscaler', 'report-service', 60 * DAY, { spec: { scaleTargetRef: target, maxReplicas: 6, ...spec }, status }), apiVersion };
}

describe('horizontal pod autoscaler rows', () => {
  test('columns', () => {
    expect(printer.columns.map((c) => c.name)).toEqual(['Name', 'Reference', 'Targets', 'MinPods', 'MaxPods', 'Replicas', 'Age']);
  });

  test.each([
    [
      'CPU above target, memory not measured yet',
      hpa({ minReplicas: 2, metrics: [cpu(70), memory(80)] }, { currentReplicas: 6, desiredReplicas: 6, currentMetrics: [currentCpu(92)] }),
      ['report-service', 'Deployment/report-service', 'cpu: 92%/70%, memory: <unknown>/80%', '2', 6, 6, '60d'],
    ],
    [
      'more than two metrics are counted; average values and pod metrics',
      hpa(
        {
          metrics: [
            { type: 'Resource', resource: { name: 'memory', target: { type: 'AverageValue', averageValue: '1Gi' } } },
            { type: 'Pods', pods: { metric: { name: 'inflight_reports' }, target: { type: 'AverageValue', averageValue: '5' } } },
            cpu(70),
          ],
        },
        { currentReplicas: 2, currentMetrics: [{ type: 'Resource', resource: { name: 'memory', current: { averageValue: '812Mi' } } }, { type: 'Pods', pods: { current: { averageValue: '23' } } }] },
      ),
      ['report-service', 'Deployment/report-service', 'memory: 812Mi/1Gi, 23/5 + 1 more...', '1', 6, 2, '60d'],
    ],
    ['no metrics', hpa({ minReplicas: 1, metrics: [] }, {}), ['report-service', 'Deployment/report-service', '<none>', '1', 6, 0, '60d']],
    [
      'an autoscaling/v1 object only has a CPU target',
      hpa({ minReplicas: 2, targetCPUUtilizationPercentage: 75 }, { currentReplicas: 2, currentCPUUtilizationPercentage: 41 }, 'autoscaling/v1'),
      ['report-service', 'Deployment/report-service', 'cpu: 41%/75%', '2', 6, 2, '60d'],
    ],
  ])('%s', (_, input, expected) => {
    expect(printer.row(input, context)).toEqual(expected);
  });
});
