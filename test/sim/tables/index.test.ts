import { describe, expect, test } from 'vitest';
import { tablePrinter } from '../../../src/sim/tables/index.js';
import { context, object } from './clock.js';

const KINDS = ['Namespace', 'Node', 'Pod', 'Deployment', 'ReplicaSet', 'StatefulSet', 'Service', 'Endpoints', 'Event', 'ConfigMap', 'Secret', 'PersistentVolumeClaim', 'Ingress', 'HorizontalPodAutoscaler', 'Job', 'CronJob', 'DaemonSet', 'EndpointSlice', 'PodDisruptionBudget', 'NetworkPolicy', 'StorageClass', 'Certificate', 'CertificateRequest', 'Issuer', 'ClusterIssuer', 'Order', 'Challenge'];
// Custom resources print from JSONPath columns: a path that finds nothing is an empty (null) cell.
const CUSTOM = new Set(['Certificate', 'CertificateRequest', 'Issuer', 'ClusterIssuer', 'Order', 'Challenge']);

describe('tablePrinter', () => {
  test.each(KINDS)('%s: a bare manifest gives one cell per column and the name where the name column is', (kind) => {
    const printer = tablePrinter(kind);
    const cells = printer.row(object(kind, 'bare', 90), context);
    expect(cells).toHaveLength(printer.columns.length);
    const nameAt = printer.columns.findIndex((c) => c.format === 'name');
    expect(cells[nameAt]).toBe('bare');
    for (const cell of cells) expect(cell === null ? CUSTOM.has(kind) : ['string', 'number'].includes(typeof cell)).toBe(true);
  });

  test.each(KINDS)('%s: a manifest with fields of the wrong shape still prints', (kind) => {
    const odd = object(kind, 'odd', 90, { spec: 'nonsense', status: { conditions: 'yes', containerStatuses: [null, 4], loadBalancer: [] }, subsets: {}, data: [], involvedObject: 3 });
    expect(tablePrinter(kind).row(odd, context)).toHaveLength(tablePrinter(kind).columns.length);
  });

  test('other kinds get NAME and AGE', () => {
    const printer = tablePrinter('ControllerRevision');
    expect(printer.columns.map((c) => c.name)).toEqual(['Name', 'Age']);
    expect(printer.row(object('ControllerRevision', 'node-exporter-7b9c6d5f8', 90), context)).toEqual(['node-exporter-7b9c6d5f8', '90s']);
    expect(tablePrinter('toString').columns.map((c) => c.name)).toEqual(['Name', 'Age']);
  });
});
