import { integer, isSet, record, text } from './fields.js';
import { age, ageColumn, column, nameColumn, type TablePrinter } from './printer.js';

// minAvailable and maxUnavailable are int-or-string (`2` or `50%`); the one not set prints as N/A.
function budgetCell(value: unknown): string {
  return isSet(value) ? text(value) : 'N/A';
}

export const podDisruptionBudgetPrinter: TablePrinter = {
  columns: [
    nameColumn,
    column('Min Available', 'string', 'Pods that must stay available during a voluntary disruption.'),
    column('Max Unavailable', 'string', 'Pods that may be unavailable during a voluntary disruption.'),
    column('Allowed Disruptions', 'integer', 'Evictions the budget allows right now.'),
    ageColumn,
  ],
  row(pdb, context) {
    const spec = record(pdb.spec);
    return [pdb.metadata.name, budgetCell(spec.minAvailable), budgetCell(spec.maxUnavailable), integer(record(pdb.status).disruptionsAllowed), age(pdb, context)];
  },
};
