import type { KubeObject } from '../kube-object.js';
import { isSet, list, records, text } from './fields.js';
import { age, ageColumn, column, nameColumn, type TablePrinter } from './printer.js';

const SHOWN = 3;

// The first three of a list, and how many more there are, as kubectl prints a slice's ports and addresses.
function firstThree(items: string[]): string {
  if (items.length === 0) return '<unset>';
  return items.length > SHOWN ? `${items.slice(0, SHOWN).join(',')} + ${items.length - SHOWN} more...` : items.join(',');
}

function portsCell(slice: KubeObject): string {
  return firstThree(records(slice.ports).map((port) => (isSet(port.port) ? text(port.port) : '*')));
}

function endpointsCell(slice: KubeObject): string {
  return firstThree(records(slice.endpoints).flatMap((endpoint) => list(endpoint.addresses).map(text)));
}

export const endpointSlicePrinter: TablePrinter = {
  columns: [
    nameColumn,
    column('AddressType', 'string', 'IPv4, IPv6 or FQDN.'),
    column('Ports', 'string', 'Port numbers of the slice.'),
    column('Endpoints', 'string', 'Addresses of the endpoints of the slice.'),
    ageColumn,
  ],
  row(slice, context) {
    return [slice.metadata.name, text(slice.addressType), portsCell(slice), endpointsCell(slice), age(slice, context)];
  },
};
