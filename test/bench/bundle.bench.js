// `runbook bundle` through the built CLI on a session with 200 MB of captured kubectl-like output (20 steps of
// 10 MB, certificates and `BEGIN` lines mixed in), against what a user would otherwise run: `tar czf` of the
// session folder, in the same run; and the small session of certificates and SQL logs that used to hang it.
import { mkdirSync, mkdtempSync, openSync, closeSync, writeSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare, printTable, verdict } from './measure.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');
const NODE = process.execPath;
const STEPS = 20;
const STEP_BYTES = 10 * 1000 * 1000;
const SESSION = '20261122T163448Z-b3nc4a';

/** A PEM certificate with a body that varies by `n`, as `openssl s_client -showcerts` or a kubeconfig holds one. */
function certificate(n) {
  const line = (i) => Buffer.from(`${n}-${i}-certificate-body-${(n * 2654435761 + i * 40503) >>> 0}`.repeat(3)).toString('base64').slice(0, 64);
  return `-----BEGIN CERTIFICATE-----\n${Array.from({ length: 18 }, (_, i) => line(i)).join('\n')}\n-----END CERTIFICATE-----\n`;
}

// What breaks a naive PEM scan, every few hundred lines: certificates raw and in base64 (a kubeconfig's
// certificate data, a TLS Secret's `tls.crt`), and PostgreSQL `BEGIN` lines.
function certificateAndBeginLines(step, i) {
  const roll = i % 400;
  if (roll === 0) return certificate(step * 100_000 + i);
  if (roll === 100) return `    certificate-authority-data: ${Buffer.from(certificate(i)).toString('base64')}\n`;
  if (roll === 200) return `  tls.crt: ${Buffer.from(certificate(i + 1)).toString('base64')}\n`;
  if (roll % 50 === 25) return `2026-11-22 16:34:${String(i % 60).padStart(2, '0')}.123 UTC [${4000 + (i % 999)}] app@orders LOG:  statement: BEGIN TRANSACTION ISOLATION LEVEL SERIALIZABLE\n`;
  return '';
}

// Lines like `kubectl get pods -A -o wide` prints, varied so gzip has real work to do, with certificates and
// `BEGIN` lines mixed in.
function podLines(step, bytes) {
  const statuses = ['Running', 'Running', 'Running', 'CrashLoopBackOff', 'OOMKilled', 'Pending'];
  const chunks = ['NAMESPACE     NAME                                   READY   STATUS             RESTARTS   AGE   IP            NODE\n'];
  let size = chunks[0].length;
  for (let i = 0; size < bytes; i++) {
    const hash = ((i * 2654435761) >>> 0).toString(16).padStart(8, '0');
    const line = `shop-${step % 4}        checkout-${hash.slice(0, 6)}-${hash.slice(2, 7)}          ${i % 3}/3     ${statuses[i % statuses.length].padEnd(18)} ${String(i % 97).padStart(3)}        ${(i % 59) + 1}m   10.${step}.${(i >> 8) & 255}.${i & 255}    node-${(i % 31) + 1}.eu-west-1.compute.internal\n`;
    const extra = certificateAndBeginLines(step, i);
    chunks.push(line, extra);
    size += line.length + extra.length;
  }
  return chunks.join('').slice(0, bytes);
}

// What the runner records of the benches' runbooks at session start: their facts and plan (diagnosis only).
const RECORDED_FACTS = { severity: 'high', owner: 'bench', escalation: { afterMs: 15 * 60_000, when: ['never'] } };
function recordedPlan(steps) {
  const diagnosis = steps.map((step, i) => ({ ...step, phase: 'diagnosis', position: i + 1, kind: 'read-only', timeoutMs: 60_000, sensitive: false }));
  return { diagnosis, branches: [], symptoms: ['none'], collect: [] };
}

// The session folder exactly as the runner writes it: journal, stored runbook, one output per step.
function writeSession(home) {
  const dir = join(home, 'sessions', SESSION);
  mkdirSync(join(dir, 'steps'), { recursive: true, mode: 0o700 });
  const runbook = ['---', 'id: big-output', 'title: Big outputs', 'summary: Bench.', 'severity: high', 'owner: bench', 'symptoms: [none]', 'diagnosis:', ...Array.from({ length: STEPS }, (_, i) => [`  - id: pods-${i + 1}`, `    title: List pods ${i + 1}`, '    run: kubectl get pods -A -o wide']).flat(), 'escalation: { after: 15m, when: [never] }', '---', '# Big outputs', ''].join('\n');
  writeFileSync(join(dir, 'runbook.md'), runbook, { mode: 0o600 });
  const start = Date.parse('2026-11-22T16:34:48.000Z');
  const at = (ms) => new Date(start + ms).toISOString();
  const plan = recordedPlan(Array.from({ length: STEPS }, (_, i) => ({ id: `pods-${i + 1}`, title: `List pods ${i + 1}`, template: 'kubectl get pods -A -o wide' })));
  const events = [{ type: 'session-started', seq: 1, at: at(0), sessionId: SESSION, runbook: { id: 'big-output', path: join(home, 'big-output.md'), sha256: '0'.repeat(64), title: 'Big outputs', ...RECORDED_FACTS }, operator: 'bench', host: 'bench-host', kube: { context: 'prod-eu-1', namespace: 'shop' }, version: '0.0.0', options: { readOnly: true, yes: true }, plan }];
  for (let i = 1; i <= STEPS; i++) {
    const file = `steps/${String(i).padStart(2, '0')}-pods-${i}-1.txt`;
    const fd = openSync(join(dir, file), 'w', 0o600);
    writeSync(fd, podLines(i, STEP_BYTES));
    closeSync(fd);
    events.push({ type: 'step-started', seq: events.length + 1, at: at(i * 2000), step: `pods-${i}`, phase: 'diagnosis', title: `List pods ${i}`, command: 'kubectl get pods -A -o wide', attempt: 1, position: i });
    events.push({ type: 'step-finished', seq: events.length + 1, at: at(i * 2000 + 1500), step: `pods-${i}`, attempt: 1, status: 'ok', exitCode: 0, signal: null, durationMs: 1500, outputFile: file, bytes: STEP_BYTES, truncated: false });
  }
  events.push({ type: 'escalated', seq: events.length + 1, at: at(60_000), criteria: ['never'] });
  events.push({ type: 'session-ended', seq: events.length + 1, at: at(60_001), outcome: 'escalated' });
  writeFileSync(join(dir, 'journal.jsonl'), events.map((e) => `${JSON.stringify(e)}\n`).join(''), { mode: 0o600 });
}

/** The done-when session: a kubeconfig with certificate data, a TLS Secret as YAML, a PostgreSQL log. */
function writeSmallSession(home) {
  const id = '20261122T163448Z-tls0db';
  const dir = join(home, 'sessions', id);
  mkdirSync(join(dir, 'steps'), { recursive: true, mode: 0o700 });
  const b64 = (text) => Buffer.from(text).toString('base64');
  const key = ['-----BEGIN RSA PRI', 'VATE KEY-----\n', Array.from({ length: 25 }, (_, i) => b64(`not a key ${i} `.repeat(4)).slice(0, 64)).join('\n'), '\n-----END RSA PRI', 'VATE KEY-----\n'].join('');
  const outputs = [
    `apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: ${b64(certificate(1))}\n    server: https://10.0.0.1:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${b64(certificate(2))}\n    client-key-data: ${b64(key)}\n`,
    `apiVersion: v1\ndata:\n  ca.crt: ${b64(certificate(3))}\n  tls.crt: ${b64(certificate(4))}\n  tls.key: ${b64(key)}\nkind: Secret\nmetadata:\n  name: api-tls\ntype: kubernetes.io/tls\n`,
    Array.from({ length: 2000 }, (_, i) => `2026-11-22 16:34:${String(i % 60).padStart(2, '0')}.123 UTC [${4000 + i}] app@orders LOG:  statement: ${['BEGIN', 'BEGIN TRANSACTION', 'SELECT 1', 'COMMIT'][i % 4]}\n`).join(''),
  ];
  const runbook = ['---', 'id: tls-db', 'title: TLS and database', 'summary: Bench.', 'severity: high', 'owner: bench', 'symptoms: [none]', 'diagnosis:', ...outputs.flatMap((_, i) => [`  - id: s${i + 1}`, `    title: Step ${i + 1}`, '    run: kubectl get secret api-tls -o yaml']), 'escalation: { after: 15m, when: [never] }', '---', '# TLS and database', ''].join('\n');
  writeFileSync(join(dir, 'runbook.md'), runbook, { mode: 0o600 });
  const start = Date.parse('2026-11-22T16:34:48.000Z');
  const at = (ms) => new Date(start + ms).toISOString();
  const plan = recordedPlan(outputs.map((_, i) => ({ id: `s${i + 1}`, title: `Step ${i + 1}`, template: 'kubectl get secret api-tls -o yaml' })));
  const events = [{ type: 'session-started', seq: 1, at: at(0), sessionId: id, runbook: { id: 'tls-db', path: join(home, 'tls-db.md'), sha256: '0'.repeat(64), title: 'TLS and database', ...RECORDED_FACTS }, operator: 'bench', host: 'bench-host', kube: { context: 'prod-eu-1', namespace: 'shop' }, version: '0.0.0', options: { readOnly: true, yes: true }, plan }];
  outputs.forEach((output, index) => {
    const i = index + 1;
    const file = `steps/0${i}-s${i}-1.txt`;
    writeFileSync(join(dir, file), output, { mode: 0o600 });
    events.push({ type: 'step-started', seq: events.length + 1, at: at(i * 2000), step: `s${i}`, phase: 'diagnosis', title: `Step ${i}`, command: 'kubectl get secret api-tls -o yaml', attempt: 1, position: i });
    events.push({ type: 'step-finished', seq: events.length + 1, at: at(i * 2000 + 500), step: `s${i}`, attempt: 1, status: 'ok', exitCode: 0, signal: null, durationMs: 500, outputFile: file, bytes: output.length, truncated: false });
  });
  events.push({ type: 'session-ended', seq: events.length + 1, at: at(60_001), outcome: 'escalated' });
  writeFileSync(join(dir, 'journal.jsonl'), events.map((e) => `${JSON.stringify(e)}\n`).join(''), { mode: 0o600 });
  return id;
}

export async function run() {
  const work = mkdtempSync(join(tmpdir(), 'runbook-bench-bundle-'));
  const home = join(work, 'home');
  const env = { RUNBOOK_HOME: home, KUBECONFIG: join(work, 'no-kubeconfig') };
  try {
    writeSession(home);
    const small = writeSmallSession(home);
    const rows = await compare(
      [
        { name: `runbook bundle (${STEPS} × 10 MB outputs with certificates and BEGIN lines, redacted, capped)`, command: NODE, args: [CLI, 'bundle', SESSION, '-o', join(work, 'bundle.tar.gz')], cwd: work, env, expectCodes: [0] },
        { name: 'tar czf of the session folder', command: 'tar', args: ['czf', join(work, 'folder.tar.gz'), '-C', join(home, 'sessions'), SESSION], cwd: work, expectCodes: [0] },
        { name: 'runbook bundle (kubeconfig, TLS Secret, PostgreSQL log)', command: NODE, args: [CLI, 'bundle', small, '-o', join(work, 'small.tar.gz')], cwd: work, env, expectCodes: [0] },
      ],
      3,
    );
    printTable(`A session with ${(STEPS * STEP_BYTES) / 1e6} MB of captured output, and a small one with certificates (median of 3)`, rows);
    let ok = verdict('runbook bundle wall time / 5 s', rows[0].ms / 5000, 1);
    ok = verdict('runbook bundle peak memory / 200 MiB', rows[0].mib / 200, 1) && ok;
    // tar ships all 200 MB unredacted; the bundle reads, redacts and compresses only the head and tail it keeps.
    ok = verdict('runbook bundle time / tar czf time', rows[0].ms / rows[1].ms, 1) && ok;
    ok = verdict('small session with certificates: runbook bundle wall time / 1 s', rows[2].ms / 1000, 1) && ok;
    return ok;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
