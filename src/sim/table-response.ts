import type { KubeObject } from './kube-object.js';
import { tablePrinter } from './tables/index.js';

/** The `as=Table` media type kubectl asks for, or undefined when it wants plain objects. */
export function tableVersion(accept: string | undefined): 'v1' | 'v1beta1' | undefined {
  for (const part of (accept ?? '').split(',')) {
    const compact = part.replace(/\s/g, '');
    if (!/as=Table(;|$)/.test(compact) || !/g=meta\.k8s\.io(;|$)/.test(compact)) continue;
    if (/v=v1(;|$)/.test(compact)) return 'v1';
    if (/v=v1beta1(;|$)/.test(compact)) return 'v1beta1';
  }
  return undefined;
}

export type IncludeObject = 'None' | 'Metadata' | 'Object';

/** A meta.k8s.io Table of `objects`, rows carrying the object as `includeObject` asks (default: its metadata). */
export function toTable(kind: string, objects: KubeObject[], options: { version: 'v1' | 'v1beta1'; includeObject: IncludeObject; now: Date; resourceVersion: string }): Record<string, unknown> {
  const printer = tablePrinter(kind);
  return {
    kind: 'Table',
    apiVersion: `meta.k8s.io/${options.version}`,
    metadata: { resourceVersion: options.resourceVersion },
    columnDefinitions: printer.columns,
    rows: objects.map((object) => {
      const row: Record<string, unknown> = { cells: printer.row(object, { now: options.now }) };
      if (options.includeObject === 'Object') row.object = object;
      else if (options.includeObject === 'Metadata') row.object = { kind: 'PartialObjectMetadata', apiVersion: `meta.k8s.io/${options.version}`, metadata: object.metadata };
      return row;
    }),
  };
}
