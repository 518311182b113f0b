import { condition, readyColumn, statusColumn } from './cert-manager.js';
import { age, ageColumn, nameColumn, type TablePrinter } from './printer.js';

/** Issuer and ClusterIssuer print the same columns. */
export const issuerPrinter: TablePrinter = {
  columns: [nameColumn, readyColumn, statusColumn, ageColumn],
  row(issuer, context) {
    return [issuer.metadata.name, condition(issuer, 'Ready', 'status'), condition(issuer, 'Ready', 'message'), age(issuer, context)];
  },
};
