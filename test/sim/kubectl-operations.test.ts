import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadScenario } from '../../src/sim/scenario.js';
import { startSimServer, type SimServer } from '../../src/sim/server.js';
import { kubectl, rows } from './kubectl.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/operations.yaml', import.meta.url));

// The kinds and reads the operations runbooks rely on (budgets, policies, storage, certificates, node pressure,
// volume usage), asserted on what the real kubectl prints.
describe('the simulated cluster serves the operations kinds to kubectl', () => {
  let server: SimServer;
  const dir = mkdtempSync(join(tmpdir(), 'runbook-sim-operations-'));
  beforeAll(async () => {
    server = await startSimServer({ scenario: loadScenario(FIXTURE) });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('discovery lists the new kinds with their short names', async () => {
    const run = await kubectl(server, ['api-resources', '--no-headers']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^poddisruptionbudgets\s+pdb\s+policy\/v1\s+true\s+PodDisruptionBudget$/m);
    expect(run.stdout).toMatch(/^networkpolicies\s+netpol\s+networking\.k8s\.io\/v1\s+true\s+NetworkPolicy$/m);
    expect(run.stdout).toMatch(/^storageclasses\s+sc\s+storage\.k8s\.io\/v1\s+false\s+StorageClass$/m);
    expect(run.stdout).toMatch(/^certificates\s+cert,certs\s+cert-manager\.io\/v1\s+true\s+Certificate$/m);
    expect(run.stdout).toMatch(/^clusterissuers\s+cert-manager\.io\/v1\s+false\s+ClusterIssuer$/m);
  });

  test('budgets print their allowed disruptions, computed when the manifest has no status', async () => {
    const run = await kubectl(server, ['get', 'pdb']);
    expect(rows(run.stdout)).toEqual([
      ['NAME', 'MIN AVAILABLE', 'MAX UNAVAILABLE', 'ALLOWED DISRUPTIONS', 'AGE'],
      ['web', '2', 'N/A', '0', '40d'],
      ['worker', 'N/A', '1', '1', '10d'],
    ]);
    const described = await kubectl(server, ['describe', 'pdb', 'web']);
    expect(described.stdout).toMatch(/Min available:\s+2\nSelector:\s+app=web\nStatus:\n\s+Allowed disruptions:\s+0\n\s+Current:\s+2\n\s+Desired:\s+2\n\s+Total:\s+2/);
  });

  test('drain: an eviction the budget forbids is refused with 429 and kubectl retries until its timeout', async () => {
    const blocked = await kubectl(server, ['drain', 'node-b', '--ignore-daemonsets', '--pod-selector=app=web', '--timeout=6s'], 30_000);
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toContain('node/node-b cordoned');
    expect(blocked.stderr).toContain(`error when evicting pods/"web-5d8f7c9b6-a1b2c" -n "web" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.`);
    expect(blocked.stderr).toContain('global timeout reached: 6s');
    const eviction = join(dir, 'eviction.json');
    writeFileSync(eviction, JSON.stringify({ apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name: 'web-5d8f7c9b6-a1b2c', namespace: 'web' } }));
    const raw = await kubectl(server, ['create', '--raw', '/api/v1/namespaces/web/pods/web-5d8f7c9b6-a1b2c/eviction', '-f', eviction, '-v=8'], 10_000);
    expect(raw.code).toBe(1);
    expect(raw.stderr).toContain('Response Status: 429 Too Many Requests');
    expect(raw.stderr).toContain("Error from server (TooManyRequests): Cannot evict pod as it would violate the pod's disruption budget.");
    // The cause kubectl logs with the response body at -v=8: what a real API server says about the budget.
    expect(raw.stderr).toContain('\\"causes\\":[{\\"reason\\":\\"DisruptionBudget\\",\\"message\\":\\"The disruption budget web needs 2 healthy pods and has 2 currently\\"}]');
    const pods = await kubectl(server, ['get', 'pods', '-l', 'app=web', '-o', 'name']);
    expect(pods.stdout).toContain('pod/web-5d8f7c9b6-a1b2c');
  });

  test('drain: an eviction the budget allows goes through and the budget counts it', async () => {
    const run = await kubectl(server, ['drain', 'node-b', '--pod-selector=app=worker', '--force', '--timeout=20s'], 30_000);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('pod/worker-0 evicted');
    expect(run.stdout).toContain('node/node-b drained');
    const pods = await kubectl(server, ['get', 'pods', '-l', 'app=worker', '-o', 'name']);
    expect(pods.stdout.trim()).toBe('pod/worker-1');
    const budget = JSON.parse((await kubectl(server, ['get', 'pdb', 'worker', '-o', 'json'])).stdout);
    expect(budget.status).toMatchObject({ currentHealthy: 1, expectedPods: 1, desiredHealthy: 0, disruptionsAllowed: 1 });
  });

  test('network policies print their pod selector and describe what they allow', async () => {
    const run = await kubectl(server, ['get', 'netpol']);
    expect(rows(run.stdout)).toEqual([
      ['NAME', 'POD-SELECTOR', 'AGE'],
      ['default-deny-ingress', '<none>', '3h'],
      ['web-from-ingress', 'app=web', '90d'],
    ]);
    const described = await kubectl(server, ['describe', 'networkpolicy', 'default-deny-ingress']);
    expect(described.stdout).toMatch(/PodSelector:\s+<none> \(Allowing the specific traffic to all pods in this namespace\)/);
    expect(described.stdout).toContain('<none> (Selected pods are isolated for ingress connectivity)');
  });

  test('endpoint slices are derived from Endpoints, so describe service lists the ready addresses', async () => {
    const slices = await kubectl(server, ['get', 'endpointslices']);
    expect(rows(slices.stdout)[1]).toEqual([expect.stringMatching(/^web-[0-9a-f]{5}$/), 'IPv4', '8080', '10.42.1.21,10.42.0.31,10.42.0.40', '40d']);
    const service = await kubectl(server, ['describe', 'service', 'web']);
    expect(service.stdout).toMatch(/Endpoints:\s+10\.42\.1\.21:8080,10\.42\.0\.31:8080\n/);
  });

  test('storage classes mark the default; a pending claim shows why in its events', async () => {
    const classes = await kubectl(server, ['get', 'storageclass']);
    expect(rows(classes.stdout)[1]).toEqual(['standard (default)', 'ebs.csi.aws.com', 'Delete', 'WaitForFirstConsumer', 'true', '300d']);
    const claim = await kubectl(server, ['describe', 'pvc', 'reports-data']);
    expect(claim.stdout).toMatch(/Status:\s+Pending/);
    expect(claim.stdout).toMatch(/Warning\s+ProvisioningFailed\s+\S+ \(x81 over 20m\)\s+persistentvolume-controller\s+storageclass\.storage\.k8s\.io "fast-ssd" not found/);
  });

  test('cron jobs print schedule, time zone and last run', async () => {
    const run = await kubectl(server, ['get', 'cronjobs']);
    expect(rows(run.stdout)).toEqual([
      ['NAME', 'SCHEDULE', 'TIMEZONE', 'SUSPEND', 'ACTIVE', 'LAST SCHEDULE', 'AGE'],
      ['nightly-export', '30 2 * * *', 'Europe/Berlin', 'False', '0', '9h', '60d'],
    ]);
  });

  test('an autoscaler at its maximum shows ScalingLimited in describe', async () => {
    const run = await kubectl(server, ['get', 'hpa', 'web']);
    expect(rows(run.stdout)[1]).toEqual(['web', 'Deployment/web', 'cpu: 96%/70%', '2', '2', '2', '40d']);
    const described = await kubectl(server, ['describe', 'hpa', 'web']);
    expect(described.stdout).toMatch(/ScalingLimited\s+True\s+TooManyReplicas\s+the desired replica count is more than the maximum replica count/);
    expect(described.stdout).toMatch(/Deployment pods:\s+2 current \/ 2 desired/);
  });

  test('cert-manager kinds: printer columns of their definitions, generic describe with events', async () => {
    const certificates = await kubectl(server, ['get', 'certificates', '-o', 'wide']);
    expect(rows(certificates.stdout)).toEqual([
      ['NAME', 'READY', 'SECRET', 'ISSUER', 'STATUS', 'AGE'],
      ['web-tls', 'True', 'web-tls', 'letsencrypt-prod', 'Certificate is up to date and has not expired', '300d'],
    ]);
    const requests = await kubectl(server, ['get', 'certificaterequests']);
    // A printer column whose JSONPath finds nothing is an empty cell (no Denied condition here).
    expect(requests.stdout).toMatch(/^web-tls-4\s+True\s{10,}False\s+letsencrypt-prod\s+system:serviceaccount:cert-manager:cert-manager\s+120m$/m);
    const issuers = await kubectl(server, ['get', 'clusterissuer']);
    expect(rows(issuers.stdout)[1]).toEqual(['letsencrypt-prod', 'True', '300d']);
    const described = await kubectl(server, ['describe', 'certificate', 'web-tls']);
    expect(described.code).toBe(0);
    expect(described.stdout).toMatch(/Not After:\s+\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/);
    expect(described.stdout).toMatch(/Warning\s+Failed\s+120m \(x3 over 26h\)\s+cert-manager-certificates-issuing/);
    const byCategory = await kubectl(server, ['get', 'cert-manager', '-o', 'name']);
    expect(byCategory.stdout.trim().split('\n').sort()).toEqual(['certificate.cert-manager.io/web-tls', 'certificaterequest.cert-manager.io/web-tls-4', 'clusterissuer.cert-manager.io/letsencrypt-prod']);
  });

  test('certificates are made at start with dates relative to the clock, and openssl reads them from the Secret', async () => {
    const run = await kubectl(server, ['get', 'secret', 'web-tls', '-o', 'jsonpath={.data.tls\\.crt}']);
    expect(run.code).toBe(0);
    const pem = Buffer.from(run.stdout, 'base64').toString('utf8');
    const certificate = new X509Certificate(pem);
    const daysLeft = (Date.parse(certificate.validTo) - Date.now()) / 86_400_000;
    expect(daysLeft).toBeGreaterThan(6.9);
    expect(daysLeft).toBeLessThan(7.1);
    expect(certificate.subjectAltName).toBe('DNS:www.example.com, DNS:example.com');
    const openssl = spawnSync('openssl', ['x509', '-noout', '-subject', '-issuer', '-enddate'], { input: pem, encoding: 'utf8' });
    expect(openssl.status).toBe(0);
    expect(openssl.stdout).toMatch(/^subject=CN ?= ?www\.example\.com$/m);
    expect(openssl.stdout).toMatch(/^issuer=O ?= ?Example Drills, CN ?= ?Example Issuing CA R3$/m);
    expect(openssl.stdout).toMatch(/^notAfter=\w{3} +\d+ \d\d:\d\d:\d\d \d{4} GMT$/m);
    const secret = JSON.parse((await kubectl(server, ['get', 'secret', 'web-tls', '-o', 'json'])).stdout);
    expect(secret.type).toBe('kubernetes.io/tls');
    expect(Buffer.from(secret.data['tls.key'], 'base64').toString()).toContain('keeps no private keys');
  });

  test('node pressure: conditions, taints and a lease as old as the last heartbeat', async () => {
    const nodes = await kubectl(server, ['get', 'nodes']);
    expect(rows(nodes.stdout).map((row) => row.slice(0, 2))).toEqual([['NAME', 'STATUS'], ['node-a', 'Ready'], ['node-b', expect.stringMatching(/^Ready/)], ['node-c', 'NotReady']]);
    const pressured = await kubectl(server, ['describe', 'node', 'node-a']);
    expect(pressured.stdout).toMatch(/Taints:\s+<none>/);
    const diskPressure = await kubectl(server, ['describe', 'node', 'node-b']);
    expect(diskPressure.stdout).toMatch(/Taints:\s+node\.kubernetes\.io\/disk-pressure:NoSchedule/);
    expect(diskPressure.stdout).toMatch(/DiskPressure\s+True\s+.*KubeletHasDiskPressure\s+kubelet has disk pressure/);
    const lost = await kubectl(server, ['describe', 'node', 'node-c']);
    expect(lost.stdout).toMatch(/Taints:\s+node\.kubernetes\.io\/unreachable:NoExecute\n\s+node\.kubernetes\.io\/unreachable:NoSchedule/);
    expect(lost.stdout).toMatch(/Ready\s+Unknown\s+.*NodeStatusUnknown\s+Kubelet stopped posting node status\./);
    const beat = /Ready\s+Unknown\s+(\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d)/.exec(lost.stdout)![1];
    expect(lost.stdout).toMatch(new RegExp(`RenewTime:\\s+${beat}`));
  });

  test('the kubelet stats summary through the node proxy reports node and volume usage', async () => {
    const run = await kubectl(server, ['get', '--raw', '/api/v1/nodes/node-b/proxy/stats/summary']);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.node).toMatchObject({ nodeName: 'node-b', fs: { capacityBytes: 100 * 2 ** 30, usedBytes: 91 * 2 ** 30, availableBytes: 9 * 2 ** 30, inodes: 6553600, inodesUsed: 801234 } });
    const web = summary.pods.find((pod: { podRef: { name: string } }) => pod.podRef.name === 'web-5d8f7c9b6-a1b2c');
    expect(web.volume).toEqual([expect.objectContaining({ name: 'uploads', pvcRef: { name: 'web-uploads', namespace: 'web' }, capacityBytes: 20 * 2 ** 30, usedBytes: 18 * 2 ** 30, availableBytes: 2 * 2 ** 30 })]);
    expect(web.containers).toEqual([expect.objectContaining({ name: 'web', cpu: expect.objectContaining({ usageNanoCores: 190_000_000 }) })]);
    expect(web['ephemeral-storage']).toMatchObject({ usedBytes: 3 * 2 ** 30 });
    const unreachable = await kubectl(server, ['get', '--raw', '/api/v1/nodes/node-c/proxy/stats/summary']);
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toContain('error trying to reach service: dial tcp 10.0.0.13:10250: i/o timeout');
    const other = await kubectl(server, ['get', '--raw', '/api/v1/nodes/node-b/proxy/metrics/cadvisor']);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('only /stats/summary is simulated');
    const missing = await kubectl(server, ['get', '--raw', '/api/v1/nodes/node-z/proxy/stats/summary']);
    expect(missing.stderr).toContain('nodes "node-z" not found');
  });

  test('claims: bound ones grow only where the class allows it, never shrink, and the kubelet sees the new size', async () => {
    const pending = await kubectl(server, ['patch', 'pvc', 'reports-data', '-p', '{"spec":{"resources":{"requests":{"storage":"80Gi"}}}}']);
    expect(pending.code).toBe(1);
    expect(pending.stderr).toContain('persistentvolumeclaims "reports-data" is forbidden: only dynamically provisioned pvc can be resized and the storageclass that provisions the pvc must support resize');
    const shrink = await kubectl(server, ['patch', 'pvc', 'web-uploads', '-p', '{"spec":{"resources":{"requests":{"storage":"10Gi"}}}}']);
    expect(shrink.stderr).toContain('spec.resources.requests.storage: Forbidden: field can not be less than previous value');
    const moved = await kubectl(server, ['patch', 'pvc', 'web-uploads', '-p', '{"spec":{"storageClassName":"fast-ssd"}}']);
    expect(moved.stderr).toContain('spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims');
    const dryRun = await kubectl(server, ['patch', 'pvc', 'web-uploads', '-p', '{"spec":{"resources":{"requests":{"storage":"30Gi"}}}}', '--dry-run=server']);
    expect(dryRun.code).toBe(0);
    expect(rows((await kubectl(server, ['get', 'pvc', 'web-uploads'])).stdout)[1]?.[3]).toBe('20Gi');
    const grown = await kubectl(server, ['patch', 'pvc', 'web-uploads', '-p', '{"spec":{"resources":{"requests":{"storage":"30Gi"}}}}']);
    expect(grown.code).toBe(0);
    expect(rows((await kubectl(server, ['get', 'pvc', 'web-uploads'])).stdout)[1]?.[3]).toBe('30Gi');
    const described = await kubectl(server, ['describe', 'pvc', 'web-uploads']);
    expect(described.stdout).toMatch(/Normal\s+FileSystemResizeSuccessful\s+.*MountVolume\.NodeExpandVolume succeeded for volume "pvc-0a1b2c3d"/);
    const summary = JSON.parse((await kubectl(server, ['get', '--raw', '/api/v1/nodes/node-b/proxy/stats/summary'])).stdout);
    const volume = summary.pods.flatMap((pod: { volume?: unknown[] }) => pod.volume ?? []).find((v: { name: string }) => v.name === 'uploads');
    expect(volume).toMatchObject({ capacityBytes: 30 * 2 ** 30, usedBytes: 18 * 2 ** 30, availableBytes: 12 * 2 ** 30 });
  });

  // Last: it moves pods off node-b, which the reads above look at.
  test('scaling up a workload gives its budget room, and the drain that was refused goes through', async () => {
    const scaled = await kubectl(server, ['scale', 'deployment/web', '--replicas=3']);
    expect(scaled.code).toBe(0);
    const budget = await kubectl(server, ['get', 'pdb', 'web']);
    expect(rows(budget.stdout)[1]).toEqual(['web', '2', 'N/A', '1', '40d']);
    const drain = await kubectl(server, ['drain', 'node-b', '--ignore-daemonsets', '--pod-selector=app=web', '--timeout=20s'], 30_000);
    expect(drain.code).toBe(0);
    expect(drain.stdout).toContain('pod/web-5d8f7c9b6-a1b2c evicted');
    const pods = await kubectl(server, ['get', 'pods', '-l', 'app=web', '--field-selector', 'spec.nodeName=node-b', '-o', 'name']);
    expect(pods.stdout.trim()).toBe('');
    // Three ready pods again after the replacement: the budget allows one disruption again.
    const after = JSON.parse((await kubectl(server, ['get', 'pdb', 'web', '-o', 'json'])).stdout);
    expect(after.status).toMatchObject({ currentHealthy: 3, desiredHealthy: 2, disruptionsAllowed: 1 });
  });
});
