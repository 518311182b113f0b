import { at } from './fields.js';
import { cell, condition, issuerColumn, readyColumn, statusColumn } from './cert-manager.js';
import { age, ageColumn, column, nameColumn, type TablePrinter } from './printer.js';

export const certificatePrinter: TablePrinter = {
  columns: [nameColumn, readyColumn, column('Secret', 'string', 'Secret the signed certificate and key are stored in.'), issuerColumn(1), statusColumn, ageColumn],
  row(certificate, context) {
    return [
      certificate.metadata.name,
      condition(certificate, 'Ready', 'status'),
      cell(at(certificate, 'spec', 'secretName')),
      cell(at(certificate, 'spec', 'issuerRef', 'name')),
      condition(certificate, 'Ready', 'message'),
      age(certificate, context),
    ];
  },
};
