import { at, integer, record } from './fields.js';
import { age, ageColumn, column, containerCells, containersColumn, imagesColumn, nameColumn, selectorColumn, type TablePrinter } from './printer.js';
import { labelsCell, selectorCell } from './selectors.js';

export const daemonSetPrinter: TablePrinter = {
  columns: [
    nameColumn,
    column('Desired', 'integer', 'Nodes that should run a pod of the daemon set.'),
    column('Current', 'integer', 'Nodes running a pod of it.'),
    column('Ready', 'integer', 'Nodes whose pod of it is ready.'),
    column('Up-to-date', 'integer', 'Nodes running the current template.'),
    column('Available', 'integer', 'Nodes whose pod of it is available.'),
    column('Node Selector', 'string', 'Labels a node needs to run a pod of it.'),
    ageColumn,
    containersColumn,
    imagesColumn,
    selectorColumn,
  ],
  row(daemonSet, context) {
    const spec = record(daemonSet.spec);
    const status = record(daemonSet.status);
    const [containers, images] = containerCells(spec.template);
    return [
      daemonSet.metadata.name,
      integer(status.desiredNumberScheduled),
      integer(status.currentNumberScheduled),
      integer(status.numberReady),
      integer(status.updatedNumberScheduled),
      integer(status.numberAvailable),
      labelsCell(at(spec, 'template', 'spec', 'nodeSelector')),
      age(daemonSet, context),
      containers,
      images,
      selectorCell(spec.selector),
    ];
  },
};
