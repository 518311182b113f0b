/** A patch the server cannot apply: answered as 422/400 with the reason, like the API server. */
export class PatchError extends Error {}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

/** RFC 7386: objects merge key by key, `null` deletes, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return clone(patch);
  const result: JsonObject = isObject(target) ? clone(target) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value) as Json;
  }
  return result;
}

// The merge keys of the lists kubectl patches most (the API's patchMergeKey tags); other lists are replaced.
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  imagePullSecrets: 'name',
  conditions: 'type',
  ownerReferences: 'uid',
  hostAliases: 'ip',
  topologySpreadConstraints: 'topologyKey',
  taints: 'key',
};

const PORT_KEYS = ['containerPort', 'port'];

function mergeKeyFor(field: string, items: Json[]): string | undefined {
  if (MERGE_KEYS[field]) return MERGE_KEYS[field];
  if (field === 'ports') return PORT_KEYS.find((key) => items.some((item) => isObject(item) && key in item));
  return undefined;
}

/** Kubernetes strategic merge patch: like a merge patch, but lists of named things merge by their key. */
export function strategicMergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return clone(patch);
  if (patch.$patch === 'replace') {
    const { $patch: _, ...rest } = patch;
    return clone(rest);
  }
  if (patch.$patch === 'delete') return undefined;
  const result: JsonObject = isObject(target) ? clone(target) : {};
  for (const [key, value] of Object.entries(patch)) {
    // Directives about ordering and retained keys only matter to a real server's defaulting: the merge result stands.
    if (key.startsWith('$setElementOrder/') || key === '$retainKeys' || key === '$patch') continue;
    if (key.startsWith('$deleteFromPrimitiveList/')) {
      const field = key.slice('$deleteFromPrimitiveList/'.length);
      const current = result[field];
      if (Array.isArray(current) && Array.isArray(value)) result[field] = current.filter((item) => !value.includes(item));
      continue;
    }
    if (value === null) {
      delete result[key];
      continue;
    }
    const current = result[key];
    if (Array.isArray(value)) {
      const mergeKey = mergeKeyFor(key, [...value, ...(Array.isArray(current) ? current : [])]);
      result[key] = mergeKey && Array.isArray(current) ? mergeList(current, value, mergeKey) : (clone(value).filter((item) => !(isObject(item) && item.$patch === 'delete')) as Json);
      continue;
    }
    const merged = strategicMergePatch(current, value);
    if (merged === undefined) delete result[key];
    else result[key] = merged as Json;
  }
  return result;
}

function mergeList(current: Json[], patch: Json[], mergeKey: string): Json[] {
  const result = clone(current);
  for (const item of patch) {
    if (!isObject(item)) continue;
    const index = result.findIndex((existing) => isObject(existing) && existing[mergeKey] === item[mergeKey]);
    if (item.$patch === 'delete') {
      if (index >= 0) result.splice(index, 1);
      continue;
    }
    if (index >= 0) result[index] = strategicMergePatch(result[index], item) as Json;
    else result.push(strategicMergePatch(undefined, item) as Json);
  }
  return result;
}

function pointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new PatchError(`invalid JSON pointer "${path}"`);
  return path.slice(1).split('/').map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(root: Json, parts: string[], path: string): { parent: JsonObject | Json[]; last: string } {
  let current: Json = root;
  for (const part of parts.slice(0, -1)) {
    const next: Json | undefined = Array.isArray(current) ? current[Number(part)] : isObject(current) ? current[part] : undefined;
    if (next === undefined) throw new PatchError(`doc is missing path: "${path}"`);
    current = next;
  }
  if (!Array.isArray(current) && !isObject(current)) throw new PatchError(`doc is missing path: "${path}"`);
  return { parent: current, last: parts.at(-1)! };
}

function getAt(root: Json, path: string): Json {
  let current: Json | undefined = root;
  for (const part of pointer(path)) {
    current = Array.isArray(current) ? current[Number(part)] : isObject(current) ? current[part] : undefined;
    if (current === undefined) throw new PatchError(`doc is missing path: "${path}"`);
  }
  return current;
}

function remove(root: Json, path: string): Json {
  const { parent, last } = parentOf(root, pointer(path), path);
  if (Array.isArray(parent)) {
    const index = Number(last);
    if (!(index >= 0 && index < parent.length)) throw new PatchError(`doc is missing path: "${path}"`);
    return parent.splice(index, 1)[0]!;
  }
  if (!(last in parent)) throw new PatchError(`doc is missing path: "${path}"`);
  const old = parent[last]!;
  delete parent[last];
  return old;
}

function add(root: Json, path: string, value: Json, replace: boolean): Json {
  const parts = pointer(path);
  if (parts.length === 0) return clone(value);
  const { parent, last } = parentOf(root, parts, path);
  if (Array.isArray(parent)) {
    const index = last === '-' ? parent.length : Number(last);
    if (!(index >= 0 && index <= parent.length)) throw new PatchError(`doc is missing path: "${path}"`);
    if (replace) parent[index] = clone(value);
    else parent.splice(index, 0, clone(value));
  } else {
    if (replace && !(last in parent)) throw new PatchError(`doc is missing path: "${path}"`);
    parent[last] = clone(value);
  }
  return root;
}

/** RFC 6902 JSON Patch: add, remove, replace, move, copy, test. */
export function jsonPatch(target: unknown, operations: unknown): unknown {
  if (!Array.isArray(operations)) throw new PatchError('a JSON patch must be a list of operations');
  let doc = clone(target) as Json;
  for (const operation of operations) {
    if (!isObject(operation) || typeof operation.op !== 'string' || typeof operation.path !== 'string') throw new PatchError('each JSON patch operation needs `op` and `path`');
    const { op, path } = operation;
    const from = typeof operation.from === 'string' ? operation.from : '';
    switch (op) {
      case 'add':
        doc = add(doc, path, operation.value ?? null, false);
        break;
      case 'replace':
        doc = add(doc, path, operation.value ?? null, true);
        break;
      case 'remove':
        remove(doc, path);
        break;
      case 'move':
        doc = add(doc, path, remove(doc, from), false);
        break;
      case 'copy':
        doc = add(doc, path, getAt(doc, from), false);
        break;
      case 'test':
        if (JSON.stringify(getAt(doc, path)) !== JSON.stringify(operation.value)) throw new PatchError(`testing value ${path} failed`);
        break;
      default:
        throw new PatchError(`unexpected JSON patch operation "${op}"`);
    }
  }
  return doc;
}

/** Applies a patch body by the Content-Type kubectl sent; undefined for types the server does not take. */
export function applyPatch(contentType: string, target: unknown, patch: unknown): unknown {
  const type = contentType.split(';')[0]!.trim();
  if (type === 'application/json-patch+json') return jsonPatch(target, patch);
  if (type === 'application/merge-patch+json') return mergePatch(target, patch);
  if (type === 'application/strategic-merge-patch+json') return strategicMergePatch(target, patch);
  return undefined;
}
