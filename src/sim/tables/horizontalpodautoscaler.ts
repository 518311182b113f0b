import type { KubeObject } from '../kube-object.js';
import { at, integer, isSet, list, quantity, record, text, type Loose } from './fields.js';
import { age, ageColumn, column, nameColumn, type TablePrinter } from './printer.js';

const SHOWN = 2;
const UNKNOWN = '<unknown>';

function percent(value: unknown): string | undefined {
  return isSet(value) ? `${integer(value)}%` : undefined;
}

// One metric as kubectl shows it, `current/target`; the current value comes from the status entry at the same index.
function metricText(spec: Loose, current: Loose): string {
  const type = text(spec.type);
  switch (type) {
    case 'Resource':
    case 'ContainerResource': {
      const source = record(spec[type === 'Resource' ? 'resource' : 'containerResource']);
      const now = record(current[type === 'Resource' ? 'resource' : 'containerResource']);
      const name = text(source.name);
      const target = record(source.target);
      if (isSet(target.averageValue)) {
        const value = isSet(at(now, 'current', 'averageValue')) ? quantity(at(now, 'current', 'averageValue')) : UNKNOWN;
        return `${name}: ${value}/${quantity(target.averageValue)}`;
      }
      return `${name}: ${percent(at(now, 'current', 'averageUtilization')) ?? UNKNOWN}/${percent(target.averageUtilization) ?? '<auto>'}`;
    }
    case 'Pods':
      return `${quantity(at(current, 'pods', 'current', 'averageValue')) || UNKNOWN}/${quantity(at(spec, 'pods', 'target', 'averageValue'))}`;
    case 'Object':
    case 'External': {
      const key = type === 'Object' ? 'object' : 'external';
      const target = record(at(spec, key, 'target'));
      if (isSet(target.averageValue)) {
        return `${quantity(at(current, key, 'current', 'averageValue')) || UNKNOWN}/${quantity(target.averageValue)} (avg)`;
      }
      return `${quantity(at(current, key, 'current', 'value')) || UNKNOWN}/${quantity(target.value)}`;
    }
    default:
      return '<unknown type>';
  }
}

// autoscaling/v1 objects only know a CPU utilisation target (80% unless set).
function metricsOf(hpa: KubeObject): { specs: Loose[]; statuses: Loose[] } {
  const spec = record(hpa.spec);
  const status = record(hpa.status);
  if (hpa.apiVersion === 'autoscaling/v1') {
    const target = isSet(spec.targetCPUUtilizationPercentage) ? integer(spec.targetCPUUtilizationPercentage) : 80;
    const current = status.currentCPUUtilizationPercentage;
    return {
      specs: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: target } } }],
      statuses: isSet(current) ? [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: current } } }] : [],
    };
  }
  return { specs: list(spec.metrics).map(record), statuses: list(status.currentMetrics).map(record) };
}

function targetsCell(hpa: KubeObject): string {
  const { specs, statuses } = metricsOf(hpa);
  if (specs.length === 0) return '<none>';
  const shown = specs.slice(0, SHOWN).map((spec, index) => metricText(spec, statuses[index] ?? {}));
  return specs.length > SHOWN ? `${shown.join(', ')} + ${specs.length - SHOWN} more...` : shown.join(', ');
}

export const horizontalPodAutoscalerPrinter: TablePrinter = {
  columns: [
    nameColumn,
    column('Reference', 'string', 'The workload the autoscaler scales.'),
    column('Targets', 'string', 'Current value against the target of each metric.'),
    column('MinPods', 'string', 'Lowest replica count the autoscaler sets.'),
    column('MaxPods', 'string', 'Highest replica count the autoscaler sets.'),
    column('Replicas', 'string', 'Replica count the autoscaler last saw.'),
    ageColumn,
  ],
  row(hpa, context) {
    const spec = record(hpa.spec);
    const target = record(spec.scaleTargetRef);
    return [
      hpa.metadata.name,
      `${text(target.kind)}/${text(target.name)}`,
      targetsCell(hpa),
      // The API server defaults minReplicas to 1.
      String(isSet(spec.minReplicas) ? integer(spec.minReplicas) : 1),
      integer(spec.maxReplicas),
      integer(record(hpa.status).currentReplicas),
      age(hpa, context),
    ];
  },
};
