import { isRecord } from '../../runbook/model.js';

// Scenario objects are hand-written manifests: every accessor here tolerates a missing or wrongly shaped
// field and returns an empty value, so one odd object never breaks a whole table.

export type Loose = Record<string, unknown>;

export { isRecord };

/** The value at `path` below `value`, or undefined as soon as a step is not a mapping. */
export function at(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

export function record(value: unknown): Loose {
  return isRecord(value) ? value : {};
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function records(value: unknown): Loose[] {
  return list(value).filter(isRecord);
}

/** A string field; numbers and booleans are read as their text, anything else as ''. */
export function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** A whole-number field, or `fallback` when it is missing or not a number. */
export function integer(value: unknown, fallback = 0): number {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.trunc(value);
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  return fallback;
}

/** Whether a field is set at all (a manifest that leaves out `replicas` differs from one that sets 0). */
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** A resource quantity as written (`10Gi`, `500m`, `2`): the API server prints quantities in that form. */
export function quantity(value: unknown): string {
  return text(value);
}

/** Whether a condition of `type` is present with status "True". */
export function conditionTrue(conditions: unknown, type: string): boolean {
  const found = records(conditions).find((condition) => condition.type === type);
  return found?.status === 'True';
}
