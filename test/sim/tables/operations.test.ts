import { describe, expect, test } from 'vitest';
import { tablePrinter } from '../../../src/sim/tables/index.js';
import { context, DAY, HOUR, object } from './clock.js';

describe('pod disruption budget rows', () => {
  const printer = tablePrinter('PodDisruptionBudget');
  test.each([
    ['a minimum as a number', { spec: { minAvailable: 2 }, status: { disruptionsAllowed: 0 } }, ['web', '2', 'N/A', 0, '30d']],
    ['a maximum as a percentage', { spec: { maxUnavailable: '25%' }, status: { disruptionsAllowed: 1 } }, ['web', 'N/A', '25%', 1, '30d']],
    ['no status yet', { spec: { minAvailable: '100%' } }, ['web', '100%', 'N/A', 0, '30d']],
  ])('%s', (_, rest, expected) => {
    expect(printer.row(object('PodDisruptionBudget', 'web', 30 * DAY, rest), context)).toEqual(expected);
  });
});

describe('network policy rows', () => {
  const printer = tablePrinter('NetworkPolicy');
  test.each([
    ['an empty selector picks every pod', { spec: { podSelector: {} } }, '<none>'],
    ['labels and expressions, sorted by key', { spec: { podSelector: { matchLabels: { tier: 'web', app: 'shop' }, matchExpressions: [{ key: 'env', operator: 'In', values: ['prod', 'canary'] }] } } }, 'app=shop,env in (canary,prod),tier=web'],
  ])('%s', (_, rest, expected) => {
    expect(printer.row(object('NetworkPolicy', 'allow', 5 * HOUR, rest), context)).toEqual(['allow', expected, '5h']);
  });
});

describe('storage class rows', () => {
  const printer = tablePrinter('StorageClass');
  test('the default class is marked in its name; unset fields print the API defaults', () => {
    const standard = { ...object('StorageClass', 'standard', 90 * DAY, { provisioner: 'ebs.csi.aws.com', volumeBindingMode: 'WaitForFirstConsumer', allowVolumeExpansion: true }, { annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } }), apiVersion: 'storage.k8s.io/v1' };
    expect(printer.row(standard, context)).toEqual(['standard (default)', 'ebs.csi.aws.com', 'Delete', 'WaitForFirstConsumer', 'true', '90d']);
    const plain = object('StorageClass', 'slow', 90 * DAY, { provisioner: 'kubernetes.io/no-provisioner', reclaimPolicy: 'Retain' });
    expect(printer.row(plain, context)).toEqual(['slow', 'kubernetes.io/no-provisioner', 'Retain', 'Immediate', 'false', '90d']);
  });
});

describe('cron job rows', () => {
  const printer = tablePrinter('CronJob');
  test('columns', () => {
    expect(printer.columns.map((c) => [c.name, c.priority])).toEqual([['Name', 0], ['Schedule', 0], ['Timezone', 0], ['Suspend', 0], ['Active', 0], ['Last Schedule', 0], ['Age', 0], ['Containers', 1], ['Images', 1], ['Selector', 1]]);
  });
  test('a suspended job that never ran, and one running now', () => {
    const never = object('CronJob', 'export', 3 * DAY, { spec: { schedule: '0 * * * *', suspend: true, jobTemplate: { spec: { template: { spec: { containers: [{ name: 'export', image: 'export:1' }] } } } } } });
    expect(printer.row(never, context)).toEqual(['export', '0 * * * *', '<none>', 'True', 0, '<none>', '3d', 'export', 'export:1', '<none>']);
    const running = object('CronJob', 'sync', 3 * DAY, { spec: { schedule: '*/5 * * * *' }, status: { active: [{ name: 'sync-1' }], lastScheduleTime: new Date(context.now.getTime() - 90_000).toISOString() } });
    expect(printer.row(running, context).slice(0, 6)).toEqual(['sync', '*/5 * * * *', '<none>', 'False', 1, '90s']);
  });
});

describe('cert-manager rows', () => {
  const ready = (status: string, message: string) => ({ conditions: [{ type: 'Ready', status, message }] });
  test('a certificate shows its Ready condition, secret, issuer and message', () => {
    const certificate = object('Certificate', 'web-tls', 10 * DAY, { spec: { secretName: 'web-tls', issuerRef: { name: 'letsencrypt', kind: 'ClusterIssuer' } }, status: ready('False', 'Issuing certificate as Secret does not exist') });
    expect(tablePrinter('Certificate').row(certificate, context)).toEqual(['web-tls', 'False', 'web-tls', 'letsencrypt', 'Issuing certificate as Secret does not exist', '10d']);
    expect(tablePrinter('Certificate').columns.filter((c) => c.priority === 1).map((c) => c.name)).toEqual(['Issuer', 'Status']);
  });
  test('a new certificate without status leaves its condition cells empty', () => {
    const fresh = object('Certificate', 'api-tls', 30, { spec: { secretName: 'api-tls', issuerRef: { name: 'ca' } } });
    expect(tablePrinter('Certificate').row(fresh, context)).toEqual(['api-tls', null, 'api-tls', 'ca', null, '30s']);
  });
  test('requests and issuers', () => {
    const request = object('CertificateRequest', 'web-tls-1', HOUR, { spec: { issuerRef: { name: 'ca' }, username: 'system:serviceaccount:cert-manager:cert-manager' }, status: { conditions: [{ type: 'Approved', status: 'True' }, { type: 'Ready', status: 'True', message: 'Certificate fetched from issuer successfully' }] } });
    expect(tablePrinter('CertificateRequest').row(request, context)).toEqual(['web-tls-1', 'True', null, 'True', 'ca', 'system:serviceaccount:cert-manager:cert-manager', 'Certificate fetched from issuer successfully', '60m']);
    const issuer = object('ClusterIssuer', 'ca', 100 * DAY, { status: ready('True', 'Signing CA verified') }, { namespace: undefined });
    expect(tablePrinter('ClusterIssuer').row(issuer, context)).toEqual(['ca', 'True', 'Signing CA verified', '100d']);
  });
  test('ACME orders and challenges show their state, and the reason with -o wide', () => {
    const order = object('Order', 'web-tls-1-2894632251', HOUR, { spec: { issuerRef: { name: 'letsencrypt' } }, status: { state: 'pending' } });
    expect(tablePrinter('Order').row(order, context)).toEqual(['web-tls-1-2894632251', 'pending', 'letsencrypt', null, '60m']);
    const challenge = object('Challenge', 'web-tls-1-2894632251-1', HOUR, { spec: { dnsName: 'www.example.com' }, status: { state: 'pending', reason: "Waiting for HTTP-01 challenge propagation: wrong status code '404', expected '200'" } });
    expect(tablePrinter('Challenge').row(challenge, context)).toEqual(['web-tls-1-2894632251-1', 'pending', 'www.example.com', "Waiting for HTTP-01 challenge propagation: wrong status code '404', expected '200'", '60m']);
    expect(tablePrinter('Challenge').columns.map((c) => [c.name, c.priority])).toEqual([['Name', 0], ['State', 0], ['Domain', 0], ['Reason', 1], ['Age', 0]]);
  });
});

describe('endpoint slice rows', () => {
  const printer = tablePrinter('EndpointSlice');
  const slice = (endpoints: unknown[], ports: unknown[]) => object('EndpointSlice', 'web-1a2b3', 40 * DAY, { addressType: 'IPv4', endpoints, ports });
  test.each([
    ['ready and unready addresses alike', slice([{ addresses: ['10.42.1.21'] }, { addresses: ['10.42.0.31'], conditions: { ready: false } }], [{ port: 8080 }]), '8080', '10.42.1.21,10.42.0.31'],
    ['past three, the rest counted; a port without a number is any port', slice(['1', '2', '3', '4'].map((n) => ({ addresses: [`10.0.0.${n}`] })), [{ port: 80 }, { name: 'all' }]), '80,*', '10.0.0.1,10.0.0.2,10.0.0.3 + 1 more...'],
    ['nothing yet', slice([], []), '<unset>', '<unset>'],
  ])('%s', (_, input, ports, endpoints) => {
    expect(printer.row(input, context)).toEqual(['web-1a2b3', 'IPv4', ports, endpoints, '40d']);
  });
});

describe('daemon set rows', () => {
  const printer = tablePrinter('DaemonSet');
  test('counts from the status, the node selector and the wide columns', () => {
    const daemonSet = object('DaemonSet', 'node-exporter', 40 * DAY, {
      spec: { selector: { matchLabels: { app: 'node-exporter' } }, template: { spec: { nodeSelector: { 'kubernetes.io/os': 'linux' }, containers: [{ name: 'exporter', image: 'node-exporter:1.8.2' }] } } },
      status: { desiredNumberScheduled: 3, currentNumberScheduled: 3, numberReady: 2, updatedNumberScheduled: 3, numberAvailable: 2 },
    });
    expect(printer.row(daemonSet, context)).toEqual(['node-exporter', 3, 3, 2, 3, 2, 'kubernetes.io/os=linux', '40d', 'exporter', 'node-exporter:1.8.2', 'app=node-exporter']);
    expect(printer.row(object('DaemonSet', 'bare', 60), context).slice(1, 7)).toEqual([0, 0, 0, 0, 0, '<none>']);
  });
});
