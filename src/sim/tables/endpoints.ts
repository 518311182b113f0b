import type { KubeObject } from '../kube-object.js';
import { integer, records, text } from './fields.js';
import { age, ageColumn, column, nameColumn, type TablePrinter } from './printer.js';

const SHOWN = 3;

// Every address once per port, the first three shown and the rest counted, as kubectl prints endpoints.
function endpointsCell(endpoints: KubeObject): string {
  const subsets = records(endpoints.subsets);
  if (subsets.length === 0) return '<none>';
  const shown: string[] = [];
  let count = 0;
  for (const subset of subsets) {
    const addresses = records(subset.addresses).map((address) => text(address.ip));
    const ports = records(subset.ports);
    const targets = ports.length === 0 ? addresses : ports.flatMap((port) => addresses.map((ip) => hostPort(ip, integer(port.port))));
    count += targets.length;
    for (const target of targets) if (shown.length < SHOWN) shown.push(target);
  }
  return count > SHOWN ? `${shown.join(',')} + ${count - SHOWN} more...` : shown.join(',');
}

function hostPort(ip: string, port: number): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

export const endpointsPrinter: TablePrinter = {
  columns: [nameColumn, column('Endpoints', 'string', 'Addresses and ports of the ready pods behind the service.'), ageColumn],
  row(endpoints, context) {
    return [endpoints.metadata.name, endpointsCell(endpoints), age(endpoints, context)];
  },
};
