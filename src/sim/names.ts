import { createHash, randomInt } from 'node:crypto';

// The alphabet Kubernetes uses for generated suffixes: no vowels (no accidental words) and no look-alike digits.
const SAFE = 'bcdfghjklmnpqrstvwxz2456789';

/** A random suffix like the API server gives `generateName` objects (`checkout-7c9d6b5f4-x2x8q`). */
export function randomSuffix(length = 5): string {
  let text = '';
  for (let i = 0; i < length; i++) text += SAFE[randomInt(SAFE.length)];
  return text;
}

/** A pod-template-hash in the controller's style: FNV-32a of the template, digits mapped to the safe alphabet. */
export function templateHash(template: unknown, collisionCount = 0): string {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(`${canonicalJson(template)}#${collisionCount}`)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return [...String(hash)].map((digit) => SAFE[digit.charCodeAt(0) % SAFE.length]).join('');
}

/** A stable UUID for an object, so the same scenario gives the same uids on every run. */
export function stableUid(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\0')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** JSON with keys sorted, so equal objects compare equal as text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A hex string of `length` characters, for container ids and image digests. */
export function hexId(seed: string, length = 64): string {
  let text = '';
  for (let round = 0; text.length < length; round++) text += createHash('sha256').update(`${seed}#${round}`).digest('hex');
  return text.slice(0, length);
}
