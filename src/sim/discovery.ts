import { GROUP_VERSIONS, typesIn, type ResourceType } from './resources.js';

/** The Content-Type that tells kubectl a discovery answer is aggregated (one request instead of one per group). */
export const AGGREGATED_CONTENT_TYPE = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList';

/** Whether the client asked for aggregated discovery (kubectl 1.30+ does, and falls back when refused). */
export function wantsAggregated(accept: string | undefined): boolean {
  return (accept ?? '').split(',').some((part) => /as=APIGroupDiscoveryList/.test(part) && /v=v2(;|$)/.test(part.replace(/\s/g, '')));
}

export function versionInfo(): Record<string, unknown> {
  return {
    major: '1',
    minor: '32',
    gitVersion: 'v1.32.0-runbook-sim',
    gitCommit: '0000000000000000000000000000000000000000',
    gitTreeState: 'clean',
    buildDate: '2026-01-01T00:00:00Z',
    goVersion: 'go1.23.4',
    compiler: 'gc',
    platform: 'linux/amd64',
  };
}

export function legacyVersions(serverAddress: string): Record<string, unknown> {
  return { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }] };
}

export function groupList(): Record<string, unknown> {
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: GROUP_VERSIONS.map(({ group, versions }) => ({
      name: group,
      versions: versions.map((version) => ({ groupVersion: `${group}/${version}`, version })),
      preferredVersion: { groupVersion: `${group}/${versions[0]}`, version: versions[0] },
    })),
  };
}

/** Plain discovery of one group version (`/api/v1`, `/apis/apps/v1`), or undefined when it is not served. */
export function resourceList(group: string, version: string): Record<string, unknown> | undefined {
  const served = group === '' ? version === 'v1' : GROUP_VERSIONS.some((g) => g.group === group && g.versions.includes(version));
  if (!served) return undefined;
  const resources = typesIn(group, version).flatMap((t) => [
    {
      name: t.plural,
      singularName: t.singular,
      namespaced: t.namespaced,
      kind: t.kind,
      verbs: t.verbs,
      ...(t.shortNames.length ? { shortNames: t.shortNames } : {}),
      ...(t.categories.length ? { categories: t.categories } : {}),
    },
    ...t.subresources.map((sub) => ({
      name: `${t.plural}/${sub.name}`,
      singularName: '',
      namespaced: t.namespaced,
      ...(sub.group !== group || sub.version !== version ? { group: sub.group, version: sub.version } : {}),
      kind: sub.kind,
      verbs: sub.verbs,
    })),
  ]);
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: group ? `${group}/${version}` : version, resources };
}

function aggregatedResource(t: ResourceType): Record<string, unknown> {
  return {
    resource: t.plural,
    responseKind: { group: t.group, version: t.version, kind: t.kind },
    scope: t.namespaced ? 'Namespaced' : 'Cluster',
    singularResource: t.singular,
    verbs: t.verbs,
    ...(t.shortNames.length ? { shortNames: t.shortNames } : {}),
    ...(t.categories.length ? { categories: t.categories } : {}),
    ...(t.subresources.length
      ? {
          subresources: t.subresources.map((sub) => ({
            subresource: sub.name,
            responseKind: { group: sub.group, version: sub.version, kind: sub.kind },
            verbs: sub.verbs,
          })),
        }
      : {}),
  };
}

/** Aggregated discovery: `/api` (the core group) or `/apis` (every other group), all versions and resources at once. */
export function aggregatedDiscovery(core: boolean): Record<string, unknown> {
  const groups = core ? [{ group: '', versions: ['v1'] }] : GROUP_VERSIONS;
  return {
    kind: 'APIGroupDiscoveryList',
    apiVersion: 'apidiscovery.k8s.io/v2',
    metadata: {},
    items: groups.map(({ group, versions }) => ({
      metadata: { name: group, creationTimestamp: null },
      versions: versions.map((version) => ({ version, resources: typesIn(group, version).map(aggregatedResource), freshness: 'Current' })),
    })),
  };
}
