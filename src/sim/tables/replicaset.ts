import { integer, isSet, record } from './fields.js';
import { age, ageColumn, column, containerCells, containersColumn, imagesColumn, nameColumn, selectorColumn, type TablePrinter } from './printer.js';
import { selectorCell } from './selectors.js';

export const replicaSetPrinter: TablePrinter = {
  columns: [
    nameColumn,
    column('Desired', 'integer', 'Number of pods the replica set should run.'),
    column('Current', 'integer', 'Number of pods the replica set runs now.'),
    column('Ready', 'integer', 'Number of its pods that are ready.'),
    ageColumn,
    containersColumn,
    imagesColumn,
    selectorColumn,
  ],
  row(replicaSet, context) {
    const spec = record(replicaSet.spec);
    const status = record(replicaSet.status);
    const [containers, images] = containerCells(spec.template);
    return [
      replicaSet.metadata.name,
      isSet(spec.replicas) ? integer(spec.replicas) : 1,
      integer(status.replicas),
      integer(status.readyReplicas),
      age(replicaSet, context),
      containers,
      images,
      selectorCell(spec.selector),
    ];
  },
};
