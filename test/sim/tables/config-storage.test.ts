import { describe, expect, test } from 'vitest';
import { tablePrinter } from '../../../src/sim/tables/index.js';
import { context, DAY, HOUR, object } from './clock.js';

describe('config map and secret rows', () => {
  test('DATA counts keys, text and binary alike', () => {
    const printer = tablePrinter('ConfigMap');
    expect(printer.columns.map((c) => c.name)).toEqual(['Name', 'Data', 'Age']);
    const settings = object('ConfigMap', 'checkout-settings', 12 * DAY, { data: { 'application.yaml': 'cache: {}\n', LOG_LEVEL: 'info' }, binaryData: { 'logo.png': 'iVBORw0=' } });
    expect(printer.row(settings, context)).toEqual(['checkout-settings', 3, '12d']);
    expect(printer.row(object('ConfigMap', 'empty', HOUR), context)).toEqual(['empty', 0, '60m']);
  });

  test('secrets show their type, Opaque by default, and count stringData keys as the API server stores them', () => {
    const printer = tablePrinter('Secret');
    expect(printer.columns.map((c) => c.name)).toEqual(['Name', 'Type', 'Data', 'Age']);
    const tls = object('Secret', 'shop-tls', 40 * DAY, { type: 'kubernetes.io/tls', data: { 'tls.crt': 'ZmFrZQ==', 'tls.key': 'ZmFrZQ==' } });
    expect(printer.row(tls, context)).toEqual(['shop-tls', 'kubernetes.io/tls', 2, '40d']);
    const mixed = object('Secret', 'checkout-db', 40 * DAY, { data: { username: 'Y2hlY2tvdXQ=' }, stringData: { username: 'checkout', password: 'not-a-real-password' } });
    expect(printer.row(mixed, context)).toEqual(['checkout-db', 'Opaque', 2, '40d']);
  });
});

describe('persistent volume claim rows', () => {
  const printer = tablePrinter('PersistentVolumeClaim');

  test('columns', () => {
    expect(printer.columns.map((c) => [c.name, c.priority])).toEqual([
      ['Name', 0], ['Status', 0], ['Volume', 0], ['Capacity', 0], ['Access Modes', 0], ['StorageClass', 0], ['VolumeAttributesClass', 0], ['Age', 0], ['VolumeMode', 1],
    ]);
  });

  test.each([
    [
      'bound: capacity and access modes come from the volume, abbreviated in a fixed order',
      object('PersistentVolumeClaim', 'data-postgres-0', 90 * DAY, {
        spec: { accessModes: ['ReadWriteOnce'], storageClassName: 'gp3', volumeName: 'pvc-5f1c9e2d-8a7b-4c3d-9e1f-0a2b3c4d5e6f', resources: { requests: { storage: '50Gi' } } },
        status: { phase: 'Bound', accessModes: ['ReadWriteMany', 'ReadWriteOnce'], capacity: { storage: '64Gi' } },
      }),
      ['data-postgres-0', 'Bound', 'pvc-5f1c9e2d-8a7b-4c3d-9e1f-0a2b3c4d5e6f', '64Gi', 'RWO,RWX', 'gp3', '<unset>', '90d', 'Filesystem'],
    ],
    [
      'pending: nothing bound yet; the beta annotation names the class',
      object(
        'PersistentVolumeClaim',
        'report-scratch',
        5 * 60,
        { spec: { accessModes: ['ReadWriteOncePod'], storageClassName: 'standard', volumeMode: 'Block', resources: { requests: { storage: '20Gi' } } }, status: { phase: 'Pending' } },
        { annotations: { 'volume.beta.kubernetes.io/storage-class': 'fast-local' } },
      ),
      ['report-scratch', 'Pending', '', '', '', 'fast-local', '<unset>', '5m', 'Block'],
    ],
    [
      'being deleted',
      object('PersistentVolumeClaim', 'old-cache', 3 * DAY, { spec: { volumeName: 'pv-cache', volumeAttributesClassName: 'gold' }, status: { phase: 'Bound', accessModes: ['ReadOnlyMany'], capacity: { storage: '1Ti' } } }, { deletionTimestamp: '2026-11-22T11:59:00Z' }),
      ['old-cache', 'Terminating', 'pv-cache', '1Ti', 'ROX', '', 'gold', '3d', 'Filesystem'],
    ],
  ])('%s', (_, input, expected) => {
    expect(printer.row(input, context)).toEqual(expected);
  });
});
