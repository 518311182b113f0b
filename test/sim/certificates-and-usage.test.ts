import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { certificatePem } from '../../src/sim/certificates.js';
import { loadScenario } from '../../src/sim/scenario.js';

const now = new Date('2026-11-22T12:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'runbook-certificates-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('certificates made for a drill', () => {
  test('dates count from the clock; names and the issuer are written in', () => {
    const certificate = new X509Certificate(certificatePem({ namespace: 'web', secret: 'web-tls', dnsNames: ['www.example.com'], issuer: 'Test CA', notBefore: '-80d', notAfter: '+6d12h' }, now));
    expect(new Date(certificate.validFrom).toISOString()).toBe('2026-09-03T12:00:00.000Z');
    expect(new Date(certificate.validTo).toISOString()).toBe('2026-11-29T00:00:00.000Z');
    expect(certificate.subject).toBe('CN=www.example.com');
    expect(certificate.issuer).toBe('O=Example Drills\nCN=Test CA');
    expect(certificate.subjectAltName).toBe('DNS:www.example.com');
    expect(certificate.publicKey.asymmetricKeyType).toBe('ec');
  });

  test('an expired certificate and one dated after 2049 (GeneralizedTime) are both readable', () => {
    const expired = new X509Certificate(certificatePem({ namespace: 'web', secret: 'old', commonName: 'old.example.com', notAfter: '-2d' }, now));
    expect(Date.parse(expired.validTo)).toBeLessThan(now.getTime());
    expect(expired.subject).toBe('CN=old.example.com');
    const late = new X509Certificate(certificatePem({ namespace: 'web', secret: 'late', notAfter: '2051-01-01T00:00:00Z' }, now));
    expect(new Date(late.validTo).getUTCFullYear()).toBe(2051);
    expect(late.subject).toBe('CN=late');
  });

  test('a time that is not one is a located scenario error', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'runbook: cert\nobjects: []\ncertificates:\n  - { secret: web-tls, notAfter: +7days }\n');
    expect(() => loadScenario(file)).toThrow(`${file}:4:34: certificates[0].notAfter must be \`now\`, a signed duration like \`-90d\` or \`+6d12h\`, or an RFC 3339 time`);
  });
});

describe('usage figures for the kubelet stats summary', () => {
  test('a size that is not a quantity is a located scenario error', () => {
    const file = join(dir, 'bad-volume.yaml');
    writeFileSync(file, 'runbook: pvc\nobjects: []\nmetrics:\n  volumes:\n    - { pod: db-0, volume: data, capacity: 50 GB, used: 10Gi }\n');
    expect(() => loadScenario(file)).toThrow(`${file}:5:44: metrics.volumes[0].capacity must be a quantity like \`512Mi\`, \`20Gi\` or \`47.5Gi\``);
  });

  test('volumes and node file systems are read with the scenario namespace filled in', () => {
    const file = join(dir, 'volumes.yaml');
    writeFileSync(file, 'runbook: pvc\nnamespace: data\nobjects: []\nmetrics:\n  nodes:\n    - { node: node-a, cpu: 1000m, memory: 1Gi, filesystem: { capacity: 100Gi, used: 91Gi } }\n  pods:\n    - { pod: db-0, containers: { db: { cpu: 500m, memory: 1Gi } }, ephemeralStorage: 3Gi }\n  volumes:\n    - { pod: db-0, volume: data, capacity: 50Gi, used: 47.2Gi }\n');
    const scenario = loadScenario(file);
    expect(scenario.metrics.volumes).toEqual([{ namespace: 'data', pod: 'db-0', volume: 'data', capacity: '50Gi', used: '47.2Gi' }]);
    expect(scenario.metrics.nodes[0]?.filesystem).toEqual({ capacity: '100Gi', used: '91Gi' });
    expect(scenario.metrics.pods[0]).toMatchObject({ namespace: 'data', ephemeralStorage: '3Gi' });
  });
});
