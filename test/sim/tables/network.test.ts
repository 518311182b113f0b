import { describe, expect, test } from 'vitest';
import { tablePrinter } from '../../../src/sim/tables/index.js';
import { context, DAY, HOUR, object } from './clock.js';

describe('service rows', () => {
  const printer = tablePrinter('Service');

  test('columns', () => {
    expect(printer.columns.map((c) => [c.name, c.priority])).toEqual([['Name', 0], ['Type', 0], ['Cluster-IP', 0], ['External-IP', 0], ['Port(s)', 0], ['Age', 0], ['Selector', 1]]);
  });

  test.each([
    [
      'a cluster IP service with two ports',
      object('Service', 'checkout', 30 * DAY, { spec: { type: 'ClusterIP', clusterIP: '10.96.14.201', clusterIPs: ['10.96.14.201'], selector: { app: 'checkout', tier: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }, { name: 'grpc', port: 9090, protocol: 'TCP' }] } }),
      ['checkout', 'ClusterIP', '10.96.14.201', '<none>', '80/TCP,9090/TCP', '30d', 'app=checkout,tier=web'],
    ],
    [
      'a load balancer still waiting for its address, with a node port and the default protocol',
      object('Service', 'storefront', 5 * HOUR, { spec: { type: 'LoadBalancer', clusterIP: '10.96.3.7', ports: [{ port: 443, nodePort: 31443 }], selector: { app: 'storefront' } } }),
      ['storefront', 'LoadBalancer', '10.96.3.7', '<pending>', '443:31443/TCP', '5h', 'app=storefront'],
    ],
    [
      'a load balancer with a long hostname is printed in full',
      object('Service', 'public-api', 2 * DAY, {
        spec: { type: 'LoadBalancer', clusterIP: '10.96.3.9', ports: [{ port: 443, nodePort: 30443, protocol: 'TCP' }] },
        status: { loadBalancer: { ingress: [{ hostname: 'a1b2c3d4e5f6-1234567890.eu-west-1.elb.example.com' }] } },
      }),
      ['public-api', 'LoadBalancer', '10.96.3.9', 'a1b2c3d4e5f6-1234567890.eu-west-1.elb.example.com', '443:30443/TCP', '2d', '<none>'],
    ],
    [
      'a headless service',
      object('Service', 'postgres', 90 * DAY, { spec: { clusterIP: 'None', clusterIPs: ['None'], ports: [{ port: 5432, protocol: 'TCP' }], selector: { app: 'postgres' } } }),
      ['postgres', 'ClusterIP', 'None', '<none>', '5432/TCP', '90d', 'app=postgres'],
    ],
    [
      'an external name service has no ports',
      object('Service', 'ledger-db', 90 * DAY, { spec: { type: 'ExternalName', externalName: 'ledger.db.example.com' } }),
      ['ledger-db', 'ExternalName', '<none>', 'ledger.db.example.com', '<none>', '90d', '<none>'],
    ],
  ])('%s', (_, input, expected) => {
    expect(printer.row(input, context)).toEqual(expected);
  });
});

describe('endpoints rows', () => {
  const printer = tablePrinter('Endpoints');
  const subset = (ips: string[], ports: number[]) => ({ addresses: ips.map((ip) => ({ ip })), ports: ports.map((port) => ({ port, protocol: 'TCP' })) });

  test.each([
    ['one ready pod', { subsets: [subset(['10.42.1.17'], [8080])] }, '10.42.1.17:8080'],
    ['three addresses fit', { subsets: [subset(['10.42.1.17', '10.42.2.9', '10.42.0.33'], [8080])] }, '10.42.1.17:8080,10.42.2.9:8080,10.42.0.33:8080'],
    ['each address once per port, the rest counted', { subsets: [subset(['10.42.1.17', '10.42.2.9'], [8080, 9090])] }, '10.42.1.17:8080,10.42.2.9:8080,10.42.1.17:9090 + 1 more...'],
    ['no ready pods at all', { subsets: [] }, '<none>'],
    ['only pods that are not ready', { subsets: [{ notReadyAddresses: [{ ip: '10.42.1.17' }], ports: [{ port: 8080 }] }] }, ''],
    ['a headless service without ports', { subsets: [{ addresses: [{ ip: '10.42.3.4' }] }] }, '10.42.3.4'],
    ['IPv6 addresses are bracketed', { subsets: [subset(['fd00::1a'], [8080])] }, '[fd00::1a]:8080'],
  ])('%s', (_, rest, expected) => {
    expect(printer.row(object('Endpoints', 'checkout', 30 * DAY, rest), context)).toEqual(['checkout', expected, '30d']);
  });
});

describe('ingress rows', () => {
  const printer = tablePrinter('Ingress');

  test('columns', () => {
    expect(printer.columns.map((c) => c.name)).toEqual(['Name', 'Class', 'Hosts', 'Address', 'Ports', 'Age']);
  });

  test.each([
    [
      'TLS and a load balancer address',
      { spec: { ingressClassName: 'nginx', tls: [{ hosts: ['shop.example.com'], secretName: 'shop-tls' }], rules: [{ host: 'shop.example.com' }] }, status: { loadBalancer: { ingress: [{ ip: '203.0.113.20' }] } } },
      ['nginx', 'shop.example.com', '203.0.113.20', '80, 443'],
    ],
    ['no class, no host, no address yet', { spec: { rules: [{ http: { paths: [] } }] } }, ['<none>', '*', '', '80']],
    [
      'more than three hosts',
      { spec: { ingressClassName: 'nginx', rules: ['a', 'b', 'c', 'd', 'e'].map((name) => ({ host: `${name}.example.com` })) } },
      ['nginx', 'a.example.com,b.example.com,c.example.com + 2 more...', '', '80'],
    ],
  ])('%s', (_, rest, expected) => {
    expect(printer.row(object('Ingress', 'shop', DAY, rest), context)).toEqual(['shop', ...expected, '24h']);
  });
});
