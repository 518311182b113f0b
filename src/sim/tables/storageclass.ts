import { text } from './fields.js';
import { age, ageColumn, column, nameColumn, type TablePrinter } from './printer.js';

const DEFAULT_ANNOTATIONS = ['storageclass.kubernetes.io/is-default-class', 'storageclass.beta.kubernetes.io/is-default-class'];

export const storageClassPrinter: TablePrinter = {
  columns: [
    nameColumn,
    column('Provisioner', 'string', 'The driver that creates volumes of this class.'),
    column('ReclaimPolicy', 'string', 'What happens to a volume when its claim is deleted.'),
    column('VolumeBindingMode', 'string', 'Whether volumes are made at once or when the first pod is scheduled.'),
    column('AllowVolumeExpansion', 'string', 'Whether claims of this class can grow.'),
    ageColumn,
  ],
  row(storageClass, context) {
    const annotations = storageClass.metadata.annotations ?? {};
    // The default class is marked in the name cell itself, as the API server prints it.
    const isDefault = DEFAULT_ANNOTATIONS.some((key) => annotations[key] === 'true');
    return [
      isDefault ? `${storageClass.metadata.name} (default)` : storageClass.metadata.name,
      text(storageClass.provisioner),
      text(storageClass.reclaimPolicy) || 'Delete',
      text(storageClass.volumeBindingMode) || 'Immediate',
      storageClass.allowVolumeExpansion === true ? 'true' : 'false',
      age(storageClass, context),
    ];
  },
};
