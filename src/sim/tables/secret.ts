import { record, text } from './fields.js';
import { age, ageColumn, column, nameColumn, type TablePrinter } from './printer.js';

export const secretPrinter: TablePrinter = {
  columns: [nameColumn, column('Type', 'string', 'What the secret holds, such as Opaque or kubernetes.io/tls.'), column('Data', 'string', 'Number of keys.'), ageColumn],
  row(secret, context) {
    // The API server folds stringData into data when a secret is written, and defaults the type to Opaque.
    const keys = new Set([...Object.keys(record(secret.data)), ...Object.keys(record(secret.stringData))]);
    return [secret.metadata.name, text(secret.type) || 'Opaque', keys.size, age(secret, context)];
  },
};
