import type { KubeObject } from './kube-object.js';
import { hexId } from './names.js';
import type { ObjectStore } from './store.js';

// kubectl 1.32 describes a service's endpoints from its EndpointSlices (discovery.k8s.io/v1), which a real
// cluster's endpointslice controller keeps beside every Endpoints object. A scenario writes the older Endpoints
// form; the slice is derived from it, unless the scenario wrote slices for that service itself.

interface EndpointAddress {
  ip?: string;
  nodeName?: string;
  hostname?: string;
  targetRef?: Record<string, unknown>;
}

interface EndpointSubset {
  addresses?: EndpointAddress[];
  notReadyAddresses?: EndpointAddress[];
  ports?: { name?: string; port?: number; protocol?: string; appProtocol?: string }[];
}

const SERVICE_NAME = 'kubernetes.io/service-name';

function endpoint(address: EndpointAddress, ready: boolean): Record<string, unknown> {
  return {
    addresses: [address.ip ?? ''],
    conditions: { ready, serving: ready, terminating: false },
    ...(address.hostname ? { hostname: address.hostname } : {}),
    ...(address.nodeName ? { nodeName: address.nodeName } : {}),
    ...(address.targetRef ? { targetRef: address.targetRef } : {}),
  };
}

/** The EndpointSlice the endpointslice controller would keep for one Endpoints object. */
export function sliceFor(endpoints: KubeObject): KubeObject {
  const subsets = (endpoints.subsets ?? []) as EndpointSubset[];
  const service = endpoints.metadata.name;
  const ipv6 = subsets.some((subset) => [...(subset.addresses ?? []), ...(subset.notReadyAddresses ?? [])].some((a) => a.ip?.includes(':')));
  const ports = subsets.flatMap((subset) => subset.ports ?? []);
  const seen = new Set<string>();
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: {
      name: `${service}-${hexId(`${endpoints.metadata.namespace ?? ''}/${service}`, 5)}`,
      ...(endpoints.metadata.namespace ? { namespace: endpoints.metadata.namespace } : {}),
      ...(endpoints.metadata.creationTimestamp ? { creationTimestamp: endpoints.metadata.creationTimestamp } : {}),
      labels: { ...(endpoints.metadata.labels ?? {}), [SERVICE_NAME]: service, 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io' },
      generation: 1,
    },
    addressType: ipv6 ? 'IPv6' : 'IPv4',
    endpoints: subsets.flatMap((subset) => [...(subset.addresses ?? []).map((a) => endpoint(a, true)), ...(subset.notReadyAddresses ?? []).map((a) => endpoint(a, false))]),
    ports: ports.filter((port) => {
      const key = `${port.name ?? ''}/${port.port ?? ''}/${port.protocol ?? 'TCP'}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  };
}

/** Adds a slice for every Endpoints object whose service has none in the store. */
export function fillEndpointSlices(store: ObjectStore): void {
  for (const endpoints of store.list('Endpoints')) {
    const namespace = endpoints.metadata.namespace;
    const hasSlice = store.list('EndpointSlice', namespace).some((slice) => slice.metadata.labels?.[SERVICE_NAME] === endpoints.metadata.name);
    if (!hasSlice) store.put(sliceFor(endpoints));
  }
}
