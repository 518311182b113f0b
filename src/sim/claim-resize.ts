import type { KubeObject } from './kube-object.js';
import { parseQuantity } from './quantity.js';
import { ApiError } from './status.js';
import type { ObjectStore } from './store.js';

// What a real API server and the volume expansion controllers do with a change to a PersistentVolumeClaim:
// validation keeps a bound claim's spec fixed except its requested size, which may only grow; admission only
// lets it grow where the storage class allows expansion; the resizer and the kubelet then grow the volume.

interface ClaimSpec {
  storageClassName?: string;
  volumeName?: string;
  resources?: { requests?: { storage?: string } };
  volumeAttributesClassName?: string;
}

const specOf = (claim: KubeObject): ClaimSpec => (claim.spec ?? {}) as ClaimSpec;
const requested = (claim: KubeObject): string | undefined => specOf(claim).resources?.requests?.storage;

// The spec without the fields a bound claim may change.
function fixedPart(claim: KubeObject): string {
  const { resources, volumeAttributesClassName, ...rest } = specOf(claim);
  void resources;
  void volumeAttributesClassName;
  return JSON.stringify(rest);
}

/** Refuses a change to a claim that a real API server refuses; returns whether the change asks for more storage. */
export function checkClaimUpdate(store: ObjectStore, current: KubeObject, next: KubeObject): boolean {
  const name = current.metadata.name;
  const bound = (current.status as { phase?: string } | undefined)?.phase === 'Bound';
  if (bound && fixedPart(current) !== fixedPart(next)) {
    throw new ApiError(422, 'Invalid', `PersistentVolumeClaim "${name}" is invalid: spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims`);
  }
  const before = parseQuantity(requested(current) ?? '0') ?? 0;
  const afterText = requested(next);
  const after = afterText === undefined ? undefined : parseQuantity(afterText);
  if (afterText !== undefined && after === undefined) {
    throw new ApiError(422, 'Invalid', `PersistentVolumeClaim "${name}" is invalid: spec.resources.requests[storage]: Invalid value: "${afterText}": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`);
  }
  if (after === undefined || after === before) return false;
  if (after < before) throw new ApiError(422, 'Invalid', `PersistentVolumeClaim "${name}" is invalid: spec.resources.requests.storage: Forbidden: field can not be less than previous value`);
  const className = specOf(current).storageClassName;
  const storageClass = className ? store.get('StorageClass', undefined, className) : undefined;
  if (!bound || storageClass?.allowVolumeExpansion !== true) {
    throw new ApiError(403, 'Forbidden', `persistentvolumeclaims "${name}" is forbidden: only dynamically provisioned pvc can be resized and the storageclass that provisions the pvc must support resize`);
  }
  return true;
}

/** Grows the volume as the resizer and the kubelet would (at once here), with the events they record. */
export function expandClaim(claim: KubeObject, event: (type: 'Normal' | 'Warning', reason: string, message: string, component: string) => void): void {
  const size = requested(claim);
  if (!size) return;
  const status = (claim.status ??= {}) as { capacity?: Record<string, string>; conditions?: unknown[] };
  status.capacity = { ...(status.capacity ?? {}), storage: size };
  delete status.conditions;
  const volume = specOf(claim).volumeName ?? claim.metadata.name;
  event('Normal', 'Resizing', `External resizer is resizing volume ${volume}`, 'external-resizer');
  event('Normal', 'FileSystemResizeSuccessful', `MountVolume.NodeExpandVolume succeeded for volume "${volume}"`, 'kubelet');
}
