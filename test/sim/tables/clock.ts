import type { KubeObject } from '../../../src/sim/kube-object.js';

/** The moment every test's ages are measured from. */
export const now = new Date('2026-11-22T12:00:00Z');
export const context = { now };

/** An RFC 3339 timestamp `seconds` before `now`. */
export function ago(seconds: number): string {
  return new Date(now.getTime() - seconds * 1000).toISOString().replace('.000Z', 'Z');
}

export const MINUTE = 60;
export const HOUR = 3600;
export const DAY = 86_400;

/** A namespaced object of `kind` created `age` seconds ago, with the rest of the manifest given. */
export function object(kind: string, name: string, ageSeconds: number, rest: Record<string, unknown> = {}, metadata: Record<string, unknown> = {}): KubeObject {
  return { apiVersion: 'v1', kind, metadata: { name, namespace: 'shop', creationTimestamp: ago(ageSeconds), ...metadata }, ...rest };
}
