import type { KubeObject } from '../kube-object.js';
import { at, records, text } from './fields.js';
import { column, wideColumn } from './printer.js';

// cert-manager's kinds are custom resources: the API server prints them from the printer columns of their
// definitions, JSONPath by JSONPath, and a path that finds nothing leaves the cell empty.

/** The status or message of a condition, or null (an empty cell) when the object has none. */
export function condition(object: KubeObject, type: string, field: 'status' | 'message'): string | null {
  const found = records(at(object, 'status', 'conditions')).find((entry) => entry.type === type);
  return found === undefined || found[field] === undefined ? null : text(found[field]);
}

/** A field as a cell, or null (an empty cell) when it is not set. */
export function cell(value: unknown): string | null {
  return value === undefined || value === null ? null : text(value);
}

export const readyColumn = column('Ready', 'string', 'Status of the Ready condition.');
export const statusColumn = wideColumn('Status', 'string', 'Message of the Ready condition.');
export const issuerColumn = (priority: 0 | 1) => ({ ...column('Issuer', 'string', 'The issuer that signs it.'), priority });
