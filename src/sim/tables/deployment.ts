import { at, integer, isSet, record } from './fields.js';
import { age, ageColumn, column, containerCells, containersColumn, imagesColumn, nameColumn, selectorColumn, type TablePrinter } from './printer.js';
import { selectorText } from './selectors.js';

export const deploymentPrinter: TablePrinter = {
  columns: [
    nameColumn,
    column('Ready', 'string', 'Ready pods out of the desired count.'),
    column('Up-to-date', 'string', 'Pods running the latest pod template.'),
    column('Available', 'string', 'Pods ready for at least minReadySeconds.'),
    ageColumn,
    containersColumn,
    imagesColumn,
    selectorColumn,
  ],
  row(deployment, context) {
    const spec = record(deployment.spec);
    const status = record(deployment.status);
    // The API server defaults a missing replica count to 1.
    const desired = isSet(spec.replicas) ? integer(spec.replicas) : 1;
    const [containers, images] = containerCells(spec.template);
    return [
      deployment.metadata.name,
      `${integer(status.readyReplicas)}/${desired}`,
      integer(status.updatedReplicas),
      integer(status.availableReplicas),
      age(deployment, context),
      containers,
      images,
      selectorText(at(deployment, 'spec', 'selector')),
    ];
  },
};
