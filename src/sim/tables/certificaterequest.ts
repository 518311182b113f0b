import { at } from './fields.js';
import { cell, condition, issuerColumn, readyColumn, statusColumn } from './cert-manager.js';
import { age, ageColumn, column, nameColumn, type TablePrinter } from './printer.js';

export const certificateRequestPrinter: TablePrinter = {
  columns: [
    nameColumn,
    column('Approved', 'string', 'Status of the Approved condition.'),
    column('Denied', 'string', 'Status of the Denied condition.'),
    readyColumn,
    issuerColumn(0),
    column('Requester', 'string', 'User who created the request.'),
    statusColumn,
    ageColumn,
  ],
  row(request, context) {
    return [
      request.metadata.name,
      condition(request, 'Approved', 'status'),
      condition(request, 'Denied', 'status'),
      condition(request, 'Ready', 'status'),
      cell(at(request, 'spec', 'issuerRef', 'name')),
      cell(at(request, 'spec', 'username')),
      condition(request, 'Ready', 'message'),
      age(request, context),
    ];
  },
};
