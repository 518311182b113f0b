import type { KubeObject } from '../kube-object.js';
import { at, list, records, text } from './fields.js';
import { age, ageColumn, column, nameColumn, type TablePrinter } from './printer.js';
import { loadBalancerCell } from './service.js';

const SHOWN = 3;

function hostsCell(ingress: KubeObject): string {
  const rules = records(at(ingress, 'spec', 'rules'));
  const hosts: string[] = [];
  let more = false;
  // Rules without a host are skipped, but the "more" count is of rules, as kubectl counts it.
  for (const rule of rules) {
    if (hosts.length === SHOWN) {
      more = true;
      break;
    }
    if (text(rule.host) !== '') hosts.push(text(rule.host));
  }
  if (hosts.length === 0) return '*';
  return more ? `${hosts.join(',')} + ${rules.length - SHOWN} more...` : hosts.join(',');
}

export const ingressPrinter: TablePrinter = {
  columns: [
    nameColumn,
    column('Class', 'string', 'The ingress class that handles this ingress.'),
    column('Hosts', 'string', 'Host names the rules match.'),
    column('Address', 'string', 'Addresses of the load balancer in front of the ingress.'),
    column('Ports', 'string', 'Ports the ingress listens on: 443 too when TLS is configured.'),
    ageColumn,
  ],
  row(ingress, context) {
    const tls = list(at(ingress, 'spec', 'tls'));
    return [
      ingress.metadata.name,
      text(at(ingress, 'spec', 'ingressClassName')) || '<none>',
      hostsCell(ingress),
      loadBalancerCell(ingress.status),
      tls.length > 0 ? '80, 443' : '80',
      age(ingress, context),
    ];
  },
};
