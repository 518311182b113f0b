import { integer, isSet, record } from './fields.js';
import { age, ageColumn, column, containerCells, containersColumn, imagesColumn, nameColumn, type TablePrinter } from './printer.js';

export const statefulSetPrinter: TablePrinter = {
  columns: [nameColumn, column('Ready', 'string', 'Ready pods out of the desired count.'), ageColumn, containersColumn, imagesColumn],
  row(statefulSet, context) {
    const spec = record(statefulSet.spec);
    const desired = isSet(spec.replicas) ? integer(spec.replicas) : 1;
    const [containers, images] = containerCells(spec.template);
    return [statefulSet.metadata.name, `${integer(record(statefulSet.status).readyReplicas)}/${desired}`, age(statefulSet, context), containers, images];
  },
};
