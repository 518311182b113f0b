import { describe, expect, test } from 'vitest';
import { tablePrinter } from '../../../src/sim/tables/index.js';
import { context, object } from './clock.js';

const KINDS = ['Namespace', 'Node', 'Pod', 'Deployment', 'ReplicaSet', 'StatefulSet', 'Service', 'Endpoints', 'Event', 'ConfigMap', 'Secret', 'PersistentVolumeClaim', 'Ingress', 'HorizontalPodAutoscaler', 'Job'];

describe('tablePrinter', () => {
  test.each(KINDS)('%s: a bare manifest gives one cell per column and the name where the name column is', (kind) => {
    const printer = tablePrinter(kind);
    const cells = printer.row(object(kind, 'bare', 90), context);
    expect(cells).toHaveLength(printer.columns.length);
    const nameAt = printer.columns.findIndex((c) => c.format === 'name');
    expect(cells[nameAt]).toBe('bare');
    for (const cell of cells) expect(['string', 'number']).toContain(typeof cell);
  });

  test.each(KINDS)('%s: a manifest with fields of the wrong shape still prints', (kind) => {
    const odd = object(kind, 'odd', 90, { spec: 'nonsense', status: { conditions: 'yes', containerStatuses: [null, 4], loadBalancer: [] }, subsets: {}, data: [], involvedObject: 3 });
    expect(tablePrinter(kind).row(odd, context)).toHaveLength(tablePrinter(kind).columns.length);
  });

  test('other kinds get NAME and AGE', () => {
    const printer = tablePrinter('CronJob');
    expect(printer.columns.map((c) => c.name)).toEqual(['Name', 'Age']);
    expect(printer.row(object('CronJob', 'nightly', 90), context)).toEqual(['nightly', '90s']);
    expect(tablePrinter('toString').columns.map((c) => c.name)).toEqual(['Name', 'Age']);
  });
});
