/** One kind of object the simulated API server serves, as discovery describes it. */
export interface ResourceType {
  kind: string;
  plural: string;
  singular: string;
  group: string;
  version: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  verbs: string[];
  /** Subresources beyond the object itself: `scale` (a Scale), `log` (pods), and those refused but listed. */
  subresources: { name: string; kind: string; group: string; version: string; verbs: string[] }[];
}

const READ = ['get', 'list', 'watch'];
const WRITE = ['delete', 'get', 'list', 'patch', 'update', 'watch'];
const SCALE = { name: 'scale', kind: 'Scale', group: 'autoscaling', version: 'v1', verbs: ['get', 'patch', 'update'] };

function type(
  kind: string,
  plural: string,
  group: string,
  version: string,
  namespaced: boolean,
  extra: Partial<Pick<ResourceType, 'shortNames' | 'categories' | 'verbs' | 'subresources'>> = {},
): ResourceType {
  return {
    kind,
    plural,
    singular: kind.toLowerCase(),
    group,
    version,
    namespaced,
    shortNames: extra.shortNames ?? [],
    categories: extra.categories ?? [],
    verbs: extra.verbs ?? WRITE,
    subresources: extra.subresources ?? [],
  };
}

/** Everything served; kinds a scenario can hold plus the read-only metrics of `kubectl top`. */
export const RESOURCE_TYPES: readonly ResourceType[] = [
  type('Namespace', 'namespaces', '', 'v1', false, { shortNames: ['ns'] }),
  type('Node', 'nodes', '', 'v1', false, { shortNames: ['no'] }),
  type('Pod', 'pods', '', 'v1', true, {
    shortNames: ['po'],
    categories: ['all'],
    subresources: [
      { name: 'log', kind: 'Pod', group: '', version: 'v1', verbs: ['get'] },
      { name: 'eviction', kind: 'Eviction', group: 'policy', version: 'v1', verbs: ['create'] },
      { name: 'exec', kind: 'PodExecOptions', group: '', version: 'v1', verbs: ['create', 'get'] },
      { name: 'attach', kind: 'PodAttachOptions', group: '', version: 'v1', verbs: ['create', 'get'] },
      { name: 'portforward', kind: 'PodPortForwardOptions', group: '', version: 'v1', verbs: ['create', 'get'] },
    ],
  }),
  type('Service', 'services', '', 'v1', true, { shortNames: ['svc'], categories: ['all'] }),
  type('Endpoints', 'endpoints', '', 'v1', true, { shortNames: ['ep'] }),
  type('Event', 'events', '', 'v1', true, { shortNames: ['ev'] }),
  type('EndpointSlice', 'endpointslices', 'discovery.k8s.io', 'v1', true),
  type('ConfigMap', 'configmaps', '', 'v1', true, { shortNames: ['cm'] }),
  type('Secret', 'secrets', '', 'v1', true),
  type('PersistentVolumeClaim', 'persistentvolumeclaims', '', 'v1', true, { shortNames: ['pvc'] }),
  type('Deployment', 'deployments', 'apps', 'v1', true, { shortNames: ['deploy'], categories: ['all'], subresources: [SCALE] }),
  type('ReplicaSet', 'replicasets', 'apps', 'v1', true, { shortNames: ['rs'], categories: ['all'], subresources: [SCALE] }),
  type('StatefulSet', 'statefulsets', 'apps', 'v1', true, { shortNames: ['sts'], categories: ['all'], subresources: [SCALE] }),
  type('DaemonSet', 'daemonsets', 'apps', 'v1', true, { shortNames: ['ds'], categories: ['all'] }),
  type('Job', 'jobs', 'batch', 'v1', true, { categories: ['all'] }),
  type('CronJob', 'cronjobs', 'batch', 'v1', true, { shortNames: ['cj'], categories: ['all'] }),
  type('Ingress', 'ingresses', 'networking.k8s.io', 'v1', true, { shortNames: ['ing'] }),
  type('NetworkPolicy', 'networkpolicies', 'networking.k8s.io', 'v1', true, { shortNames: ['netpol'] }),
  type('PodDisruptionBudget', 'poddisruptionbudgets', 'policy', 'v1', true, { shortNames: ['pdb'] }),
  type('StorageClass', 'storageclasses', 'storage.k8s.io', 'v1', false, { shortNames: ['sc'] }),
  // cert-manager's custom resources, served as their definitions describe them.
  type('Certificate', 'certificates', 'cert-manager.io', 'v1', true, { shortNames: ['cert', 'certs'], categories: ['cert-manager'] }),
  type('CertificateRequest', 'certificaterequests', 'cert-manager.io', 'v1', true, { shortNames: ['cr', 'crs'], categories: ['cert-manager'] }),
  type('Issuer', 'issuers', 'cert-manager.io', 'v1', true, { categories: ['cert-manager'] }),
  type('ClusterIssuer', 'clusterissuers', 'cert-manager.io', 'v1', false, { categories: ['cert-manager'] }),
  type('Order', 'orders', 'acme.cert-manager.io', 'v1', true, { categories: ['cert-manager', 'cert-manager-acme'] }),
  type('Challenge', 'challenges', 'acme.cert-manager.io', 'v1', true, { categories: ['cert-manager', 'cert-manager-acme'] }),
  type('HorizontalPodAutoscaler', 'horizontalpodautoscalers', 'autoscaling', 'v2', true, { shortNames: ['hpa'], categories: ['all'] }),
  type('PodMetrics', 'pods', 'metrics.k8s.io', 'v1beta1', true, { verbs: READ }),
  type('NodeMetrics', 'nodes', 'metrics.k8s.io', 'v1beta1', false, { verbs: READ }),
];

/** Group versions in the order discovery lists them (the preferred version of each group first). */
export const GROUP_VERSIONS: readonly { group: string; versions: string[] }[] = [
  { group: 'apps', versions: ['v1'] },
  { group: 'autoscaling', versions: ['v2'] },
  { group: 'batch', versions: ['v1'] },
  { group: 'discovery.k8s.io', versions: ['v1'] },
  { group: 'networking.k8s.io', versions: ['v1'] },
  { group: 'policy', versions: ['v1'] },
  { group: 'storage.k8s.io', versions: ['v1'] },
  { group: 'cert-manager.io', versions: ['v1'] },
  { group: 'acme.cert-manager.io', versions: ['v1'] },
  { group: 'metrics.k8s.io', versions: ['v1beta1'] },
];

/** The types served under one group version. */
export function typesIn(group: string, version: string): ResourceType[] {
  return RESOURCE_TYPES.filter((t) => t.group === group && t.version === version);
}

export function findType(group: string, version: string, plural: string): ResourceType | undefined {
  return RESOURCE_TYPES.find((t) => t.group === group && t.version === version && t.plural === plural);
}

/** The type of a stored object, by its kind (metrics are not stored, so kinds are unique). */
export function typeOfKind(kind: string): ResourceType | undefined {
  return RESOURCE_TYPES.find((t) => t.kind === kind && t.group !== 'metrics.k8s.io');
}

export function apiVersionOf(t: Pick<ResourceType, 'group' | 'version'>): string {
  return t.group ? `${t.group}/${t.version}` : t.version;
}
