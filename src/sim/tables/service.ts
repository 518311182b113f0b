import type { KubeObject } from '../kube-object.js';
import { at, integer, list, record, records, text } from './fields.js';
import { age, ageColumn, column, nameColumn, wideColumn, type TablePrinter } from './printer.js';
import { labelsCell } from './selectors.js';

/** Load-balancer ingress points (IP, else hostname), sorted and without repeats, as Service and Ingress rows show them. */
export function loadBalancerCell(status: unknown): string {
  const points = new Set<string>();
  for (const entry of records(at(status, 'loadBalancer', 'ingress'))) {
    const point = text(entry.ip) || text(entry.hostname);
    if (point !== '') points.add(point);
  }
  return [...points].sort().join(',');
}

function externalIp(service: KubeObject, type: string): string {
  const spec = record(service.spec);
  const externalIps = list(spec.externalIPs).map(text);
  switch (type) {
    case 'ClusterIP':
    case 'NodePort':
      return externalIps.length > 0 ? externalIps.join(',') : '<none>';
    case 'LoadBalancer': {
      const balancer = loadBalancerCell(service.status);
      const all = [...(balancer === '' ? [] : balancer.split(',')), ...externalIps];
      return all.length > 0 ? all.join(',') : '<pending>';
    }
    case 'ExternalName':
      return text(spec.externalName);
    default:
      return '<unknown>';
  }
}

function portsCell(service: KubeObject): string {
  const ports = records(at(service, 'spec', 'ports')).map((port) => {
    const protocol = text(port.protocol) || 'TCP';
    const nodePort = integer(port.nodePort);
    return nodePort > 0 ? `${integer(port.port)}:${nodePort}/${protocol}` : `${integer(port.port)}/${protocol}`;
  });
  return ports.length > 0 ? ports.join(',') : '<none>';
}

export const servicePrinter: TablePrinter = {
  columns: [
    nameColumn,
    column('Type', 'string', 'How the service is exposed: ClusterIP, NodePort, LoadBalancer or ExternalName.'),
    column('Cluster-IP', 'string', 'The virtual IP inside the cluster.'),
    column('External-IP', 'string', 'Addresses reachable from outside the cluster.'),
    column('Port(s)', 'string', 'Ports the service exposes, with node ports.'),
    ageColumn,
    wideColumn('Selector', 'string', 'Labels of the pods the service sends traffic to.'),
  ],
  row(service, context) {
    const spec = record(service.spec);
    const type = text(spec.type) || 'ClusterIP';
    const clusterIp = text(list(spec.clusterIPs)[0]) || text(spec.clusterIP) || '<none>';
    return [service.metadata.name, type, clusterIp, externalIp(service, type), portsCell(service), age(service, context), labelsCell(spec.selector)];
  },
};
