import type { KubeObject } from './kube-object.js';

/** A selector the request could not use: answered as a 400 BadRequest, as the API server does. */
export class SelectorError extends Error {}

type LabelRequirement =
  | { key: string; op: 'exists' | 'notexists' }
  | { key: string; op: 'in' | 'notin'; values: string[] };

export type LabelSelector = LabelRequirement[];

// Splits on commas outside parentheses: `app in (a,b),tier=web` is two requirements.
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

const KEY = /^([a-z0-9A-Z]([a-z0-9A-Z._-]*[a-z0-9A-Z])?\/)?[a-z0-9A-Z]([a-z0-9A-Z._-]*[a-z0-9A-Z])?$/;
const VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

function checkKey(key: string, whole: string): string {
  if (!KEY.test(key)) throw new SelectorError(`unable to parse requirement: invalid label key "${key}" in "${whole}"`);
  return key;
}

function checkValue(value: string, whole: string): string {
  if (!VALUE.test(value)) throw new SelectorError(`unable to parse requirement: invalid label value "${value}" in "${whole}"`);
  return value;
}

/** Parses `labelSelector` (=, ==, !=, in, notin, exists, !key). */
export function parseLabelSelector(text: string): LabelSelector {
  return splitTopLevel(text).map((part): LabelRequirement => {
    const set = /^(\S+)\s+(in|notin)\s*\((.*)\)$/.exec(part);
    if (set) {
      const values = set[3]!.split(',').map((v) => checkValue(v.trim(), part));
      return { key: checkKey(set[1]!, part), op: set[2] as 'in' | 'notin', values };
    }
    const equality = /^([^!=\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(part);
    if (equality) {
      const op = equality[2] === '!=' ? 'notin' : 'in';
      return { key: checkKey(equality[1]!, part), op, values: [checkValue(equality[3]!, part)] };
    }
    if (part.startsWith('!')) return { key: checkKey(part.slice(1).trim(), part), op: 'notexists' };
    return { key: checkKey(part, part), op: 'exists' };
  });
}

export function matchesLabels(selector: LabelSelector, labels: Record<string, string> | undefined): boolean {
  return selector.every((requirement) => {
    const value = labels?.[requirement.key];
    switch (requirement.op) {
      case 'exists':
        return value !== undefined;
      case 'notexists':
        return value === undefined;
      case 'in':
        return value !== undefined && requirement.values.includes(value);
      case 'notin':
        return value === undefined || !requirement.values.includes(value);
    }
  });
}

/** A workload's `spec.selector` (matchLabels and matchExpressions) as a selector. */
export function selectorFromSpec(spec: unknown): LabelSelector | undefined {
  if (!spec || typeof spec !== 'object') return undefined;
  const { matchLabels, matchExpressions } = spec as { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values?: string[] }[] };
  const requirements: LabelSelector = Object.entries(matchLabels ?? {}).map(([key, value]) => ({ key, op: 'in', values: [value] }));
  for (const expression of matchExpressions ?? []) {
    const op = ({ In: 'in', NotIn: 'notin', Exists: 'exists', DoesNotExist: 'notexists' } as const)[expression.operator as 'In'];
    if (!op) continue;
    requirements.push(op === 'in' || op === 'notin' ? { key: expression.key, op, values: expression.values ?? [] } : { key: expression.key, op });
  }
  return requirements.length ? requirements : undefined;
}

/** The label selector text for a selector, as kubectl and the API server print it. */
export function formatLabelSelector(selector: LabelSelector): string {
  return selector
    .map((r) => {
      if (!('values' in r)) return r.op === 'exists' ? r.key : `!${r.key}`;
      return r.values.length === 1 ? `${r.key}${r.op === 'in' ? '=' : '!='}${r.values[0]}` : `${r.key} ${r.op} (${r.values.join(',')})`;
    })
    .join(',');
}

export interface FieldRequirement {
  field: string;
  negate: boolean;
  value: string;
}

// The field labels each kind supports on a real API server; anything else is refused the same way.
const COMMON_FIELDS = ['metadata.name', 'metadata.namespace'];
const FIELDS_BY_KIND: Record<string, string[]> = {
  Pod: ['spec.nodeName', 'spec.restartPolicy', 'spec.schedulerName', 'spec.serviceAccountName', 'spec.hostNetwork', 'status.phase', 'status.podIP', 'status.nominatedNodeName'],
  Event: ['involvedObject.kind', 'involvedObject.namespace', 'involvedObject.name', 'involvedObject.uid', 'involvedObject.apiVersion', 'involvedObject.resourceVersion', 'involvedObject.fieldPath', 'reason', 'reportingComponent', 'source', 'type'],
  Node: ['spec.unschedulable'],
  Namespace: ['status.phase'],
  Secret: ['type'],
  ReplicaSet: ['status.replicas'],
  Job: ['status.successful'],
};

/** Parses `fieldSelector` (=, ==, !=) and refuses fields the kind does not support. */
export function parseFieldSelector(text: string, kind: string): FieldRequirement[] {
  const supported = [...COMMON_FIELDS, ...(FIELDS_BY_KIND[kind] ?? [])];
  return splitTopLevel(text).map((part) => {
    const match = /^([^!=\s]+)\s*(==|=|!=)\s*(.*)$/.exec(part);
    if (!match) throw new SelectorError(`invalid selector: '${part}'; can't understand '${part}'`);
    const field = match[1]!;
    if (!supported.includes(field)) throw new SelectorError(`field label not supported: ${field}`);
    return { field, negate: match[2] === '!=', value: match[3]! };
  });
}

function fieldValue(object: KubeObject, field: string): string {
  if (object.kind === 'Event' && field === 'source') {
    const source = object.source as { component?: string } | undefined;
    return source?.component ?? '';
  }
  let current: unknown = object;
  for (const part of field.split('.')) {
    current = current && typeof current === 'object' ? (current as Record<string, unknown>)[part] : undefined;
  }
  if (current === undefined || current === null) return field === 'spec.unschedulable' || field === 'spec.hostNetwork' ? 'false' : '';
  return String(current);
}

export function matchesFields(requirements: FieldRequirement[], object: KubeObject): boolean {
  return requirements.every((r) => (fieldValue(object, r.field) === r.value) !== r.negate);
}
