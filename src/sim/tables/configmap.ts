import { record } from './fields.js';
import { age, ageColumn, column, nameColumn, type TablePrinter } from './printer.js';

export const configMapPrinter: TablePrinter = {
  columns: [nameColumn, column('Data', 'string', 'Number of keys, text and binary.'), ageColumn],
  row(configMap, context) {
    const keys = Object.keys(record(configMap.data)).length + Object.keys(record(configMap.binaryData)).length;
    return [configMap.metadata.name, keys, age(configMap, context)];
  },
};
