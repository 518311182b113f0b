import { record } from './fields.js';
import { age, ageColumn, column, nameColumn, type TablePrinter } from './printer.js';
import { selectorCell } from './selectors.js';

export const networkPolicyPrinter: TablePrinter = {
  columns: [nameColumn, column('Pod-Selector', 'string', 'Label selector of the pods the policy applies to; <none> is every pod in the namespace.'), ageColumn],
  row(policy, context) {
    return [policy.metadata.name, selectorCell(record(policy.spec).podSelector), age(policy, context)];
  },
};
