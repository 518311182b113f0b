import { at } from './fields.js';
import { cell } from './cert-manager.js';
import { age, ageColumn, column, nameColumn, wideColumn, type TablePrinter } from './printer.js';

// cert-manager's ACME kinds (acme.cert-manager.io): an Order per certificate request, a Challenge per domain.

const stateColumn = column('State', 'string', 'State of the ACME order or challenge.');
const reasonColumn = wideColumn('Reason', 'string', 'Why it is in that state.');

export const orderPrinter: TablePrinter = {
  columns: [nameColumn, stateColumn, { ...column('Issuer', 'string', 'The issuer of the order.'), priority: 1 }, reasonColumn, ageColumn],
  row(order, context) {
    return [order.metadata.name, cell(at(order, 'status', 'state')), cell(at(order, 'spec', 'issuerRef', 'name')), cell(at(order, 'status', 'reason')), age(order, context)];
  },
};

export const challengePrinter: TablePrinter = {
  columns: [nameColumn, stateColumn, column('Domain', 'string', 'The domain the challenge proves control of.'), reasonColumn, ageColumn],
  row(challenge, context) {
    return [challenge.metadata.name, cell(at(challenge, 'status', 'state')), cell(at(challenge, 'spec', 'dnsName')), cell(at(challenge, 'status', 'reason')), age(challenge, context)];
  },
};
