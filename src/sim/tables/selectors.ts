import { isRecord, list, records, text } from './fields.js';

const OPERATOR_WORDS: Record<string, string> = { In: 'in', NotIn: 'notin' };

/**
 * A label selector (`matchLabels` and `matchExpressions`) in the API server's text form: requirements sorted
 * by key, `key=value`, `key in (a,b)`, `key notin (a,b)`, `key`, `!key`; '' when it selects everything.
 */
export function selectorText(selector: unknown): string {
  if (!isRecord(selector)) return '';
  const requirements: [string, string][] = [];
  if (isRecord(selector.matchLabels)) {
    for (const [key, value] of Object.entries(selector.matchLabels)) requirements.push([key, `${key}=${text(value)}`]);
  }
  for (const expression of records(selector.matchExpressions)) {
    const key = text(expression.key);
    const operator = text(expression.operator);
    const values = [...new Set(list(expression.values).map(text))].sort();
    if (operator === 'Exists') requirements.push([key, key]);
    else if (operator === 'DoesNotExist') requirements.push([key, `!${key}`]);
    else if (OPERATOR_WORDS[operator]) requirements.push([key, `${key} ${OPERATOR_WORDS[operator]} (${values.join(',')})`]);
  }
  return requirements
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, requirement]) => requirement)
    .join(',');
}

/** A label selector for a table cell: `<none>` when it selects everything, as ReplicaSet and Job rows show it. */
export function selectorCell(selector: unknown): string {
  return selectorText(selector) || '<none>';
}

/** A plain label map (a Service's selector) as sorted `key=value` pairs, or `<none>`. */
export function labelsCell(labels: unknown): string {
  if (!isRecord(labels)) return '<none>';
  const pairs = Object.keys(labels)
    .sort()
    .map((key) => `${key}=${text(labels[key])}`);
  return pairs.length > 0 ? pairs.join(',') : '<none>';
}
