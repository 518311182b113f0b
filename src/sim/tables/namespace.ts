import { at, text } from './fields.js';
import { age, ageColumn, column, nameColumn, type TablePrinter } from './printer.js';

export const namespacePrinter: TablePrinter = {
  columns: [nameColumn, column('Status', 'string', 'Whether the namespace is active or being deleted.'), ageColumn],
  row(namespace, context) {
    // The API server marks every new namespace Active.
    return [namespace.metadata.name, text(at(namespace, 'status', 'phase')) || 'Active', age(namespace, context)];
  },
};
