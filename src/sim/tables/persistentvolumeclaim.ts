import { at, list, quantity, record, text } from './fields.js';
import { age, ageColumn, column, nameColumn, wideColumn, type TablePrinter } from './printer.js';

const MODE_ABBREVIATIONS: [string, string][] = [
  ['ReadWriteOnce', 'RWO'],
  ['ReadOnlyMany', 'ROX'],
  ['ReadWriteMany', 'RWX'],
  ['ReadWriteOncePod', 'RWOP'],
];

/** Access modes in kubectl's short form, always in the order RWO, ROX, RWX, RWOP. */
export function accessModesCell(modes: unknown): string {
  const present = new Set(list(modes).map(text));
  return MODE_ABBREVIATIONS.filter(([mode]) => present.has(mode))
    .map(([, short]) => short)
    .join(',');
}

export const persistentVolumeClaimPrinter: TablePrinter = {
  columns: [
    nameColumn,
    column('Status', 'string', 'Pending, Bound or Lost.'),
    column('Volume', 'string', 'The persistent volume bound to the claim.'),
    column('Capacity', 'string', 'Storage of the bound volume.'),
    column('Access Modes', 'string', 'How the bound volume may be mounted.'),
    column('StorageClass', 'string', 'Storage class of the claim.'),
    column('VolumeAttributesClass', 'string', 'Volume attributes class of the claim.'),
    ageColumn,
    wideColumn('VolumeMode', 'string', 'Filesystem or Block.'),
  ],
  row(claim, context) {
    const spec = record(claim.spec);
    const status = record(claim.status);
    const volume = text(spec.volumeName);
    // Capacity and access modes describe the bound volume, so an unbound claim leaves them empty.
    const bound = volume !== '';
    const storageClass = claim.metadata.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? text(spec.storageClassName);
    return [
      claim.metadata.name,
      claim.metadata.deletionTimestamp !== undefined ? 'Terminating' : text(status.phase),
      volume,
      bound ? quantity(at(status, 'capacity', 'storage')) : '',
      bound ? accessModesCell(status.accessModes) : '',
      storageClass,
      text(spec.volumeAttributesClassName) || '<unset>',
      age(claim, context),
      text(spec.volumeMode) || 'Filesystem',
    ];
  },
};
