// The bundle's redaction engine against secretlint (recommended preset) on the same ~100 MB of kubectl output,
// in the same process and the same chunks: time, throughput and how many of the seeded secrets each one catches.
// The output mixes in kubeconfigs and TLS Secrets (certificates beside keys), PostgreSQL logs full of `BEGIN`, and
// fragments of every anchor the engine searches for; a single-pass `RegExp` scan is the physical reference.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, verdict } from './measure.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENGINE = join(ROOT, 'dist/redact.js');
const TARGET_BYTES = Number(process.env.REDACT_BENCH_MB ?? 100) * 1024 * 1024;
const ROUNDS = 3;

// ---------------------------------------------------------------- seeded generator

function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20_260_101);
const pick = (items) => items[Math.floor(random() * items.length)];
const int = (low, high) => low + Math.floor(random() * (high - low + 1));
const chars = (alphabet, n) => Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const HEX = '0123456789abcdef';
const B64 = `${ALNUM}+/`;
const b64 = (text) => Buffer.from(text).toString('base64');
const b64url = (text) => Buffer.from(text).toString('base64url');
const hex = (n) => chars(HEX, n);
const uid = () => `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`;
const words = ['api', 'web', 'cart', 'billing', 'search', 'auth', 'worker', 'gateway', 'ledger', 'mailer'];

// Secrets are assembled from parts so that no scanner flags this file; each family has a realistic shape.
const FAMILIES = {
  'github-token': () => ['gh', 'p_'].join('') + chars(ALNUM, 36),
  'aws-access-key-id': () => ['AK', 'IA'].join('') + chars(UPPER32, 16),
  'slack-token': () => `${['xo', 'xb-'].join('')}${chars('0123456789', 12)}-${chars('0123456789', 13)}-${chars(ALNUM, 24)}`,
  'stripe-key': () => ['sk', '_li', 've_'].join('') + chars(ALNUM, 24),
  'npm-token': () => ['np', 'm_'].join('') + chars(ALNUM, 36),
  'gitlab-token': () => ['glp', 'at-'].join('') + chars(ALNUM, 20),
  jwt: () => `${b64url(JSON.stringify({ alg: 'RS256', kid: hex(8) }))}.${b64url(JSON.stringify({ iss: 'kubernetes/serviceaccount', sub: `system:serviceaccount:prod:${pick(words)}` }))}.${chars(`${ALNUM}-_`, 86)}`,
  'private-key': () => pemKey(),
  'url-password': () => chars(ALNUM, 18),
  'secret-data': () => chars(ALNUM, 24),
  'env-password': () => chars(ALNUM, 20),
  'bearer-token': () => chars(`${ALNUM}._-`, 40),
  // A kubeconfig's `client-key-data` and a TLS Secret's `tls.key`: base64 of a PEM key, next to public certificates.
  'client-key-data': () => b64(pemKey()),
  'tls-key': () => b64(pemKey()),
  literal: () => `lit-${chars(ALNUM, 28)}`,
};
export const LITERAL = FAMILIES.literal();

function pemKey() {
  const body = chars(B64, 64 * 25 + 20).match(/.{1,64}/g).join('\n');
  return `${['-----BEGIN RSA PRI', 'VATE KEY-----'].join('')}\n${body}\n${['-----END RSA PRI', 'VATE KEY-----'].join('')}`;
}

/** A PEM certificate: public, so every form of it must come out of redaction as it went in. */
function certificate() {
  const body = `${chars(B64, 64 * int(12, 24) + 40)}==`.match(/.{1,64}/g).join('\n');
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----`;
}

/** Remembers a certificate form placed in a chunk, to check that it survives. */
function keep(kept, text) {
  kept.push(text);
  return text;
}

/** Seeds one secret of a family into a chunk being built; records its value so both tools can be scored on it. */
function seed(seeded, family) {
  const value = family === 'literal' ? LITERAL : FAMILIES[family]();
  seeded.push({ family, value });
  return value;
}

function envList(indent, seeded) {
  const lines = [];
  const plain = [
    ['LOG_LEVEL', pick(['debug', 'info', 'warn'])],
    ['JAVA_OPTS', '-Xmx512m -XX:+UseG1GC'],
    ['TOKEN_TTL_SECONDS', '3600'],
    ['DB_HOST', `${pick(words)}-db.prod.svc.cluster.local`],
    ['MAX_TOKENS', '4096'],
  ];
  for (const [name, value] of plain) lines.push(`${indent}- name: ${name}`, `${indent}  value: ${JSON.stringify(value)}`);
  if (random() < 0.3) lines.push(`${indent}- name: DB_PASSWORD`, `${indent}  value: ${seed(seeded, 'env-password')}`);
  lines.push(`${indent}- name: API_SECRET`, `${indent}  valueFrom:`, `${indent}    secretKeyRef:`, `${indent}      key: api-secret`, `${indent}      name: ${pick(words)}-secrets`);
  return lines;
}

function podYaml(indent, seeded) {
  const app = pick(words);
  const hash = hex(10);
  const p = indent;
  return [
    `${p}apiVersion: v1`,
    `${p}kind: Pod`,
    `${p}metadata:`,
    `${p}  creationTimestamp: "2026-03-0${int(1, 9)}T0${int(0, 9)}:1${int(0, 9)}:22Z"`,
    `${p}  generateName: ${app}-${hash}-`,
    `${p}  labels:`,
    `${p}    app: ${app}`,
    `${p}    pod-template-hash: ${hash}`,
    `${p}  name: ${app}-${hash}-${chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}`,
    `${p}  namespace: prod`,
    `${p}  resourceVersion: "${int(100000, 9999999)}"`,
    `${p}  uid: ${uid()}`,
    `${p}spec:`,
    `${p}  containers:`,
    `${p}  - env:`,
    ...envList(`${p}    `, seeded),
    `${p}    image: registry.example.com/${app}@sha256:${hex(64)}`,
    `${p}    imagePullPolicy: IfNotPresent`,
    `${p}    name: ${app}`,
    `${p}    ports:`,
    `${p}    - containerPort: 8080`,
    `${p}      protocol: TCP`,
    `${p}    resources:`,
    `${p}      limits:`,
    `${p}        memory: 512Mi`,
    `${p}      requests:`,
    `${p}        cpu: 100m`,
    `${p}    volumeMounts:`,
    `${p}    - mountPath: /var/run/secrets/kubernetes.io/serviceaccount`,
    `${p}      name: kube-api-access-${chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}`,
    `${p}      readOnly: true`,
    `${p}  tolerations:`,
    `${p}  - effect: NoExecute`,
    `${p}    key: node.kubernetes.io/not-ready`,
    `${p}    operator: Exists`,
    `${p}    tolerationSeconds: 300`,
    `${p}status:`,
    `${p}  containerStatuses:`,
    `${p}  - containerID: containerd://${hex(64)}`,
    `${p}    image: registry.example.com/${app}:1.${int(0, 40)}.${int(0, 9)}`,
    `${p}    imageID: registry.example.com/${app}@sha256:${hex(64)}`,
    `${p}    lastState:`,
    `${p}      terminated:`,
    `${p}        exitCode: 137`,
    `${p}        reason: OOMKilled`,
    `${p}    ready: true`,
    `${p}    restartCount: ${int(0, 40)}`,
    `${p}  phase: Running`,
    `${p}  podIP: 10.${int(0, 255)}.${int(0, 255)}.${int(0, 255)}`,
  ].join('\n');
}

function secretYaml(indent, seeded) {
  const p = indent;
  const data = [`${p}  username: ${b64(pick(words))}`, `${p}  password: ${b64(seed(seeded, 'secret-data'))}`];
  if (random() < 0.3) data.push(`${p}  tls.key: ${b64(seed(seeded, 'private-key'))}`);
  return [`${p}apiVersion: v1`, `${p}data:`, ...data, `${p}kind: Secret`, `${p}metadata:`, `${p}  name: ${pick(words)}-db`, `${p}  namespace: prod`, `${p}  uid: ${uid()}`, `${p}type: Opaque`].join('\n');
}

function configMapYaml(indent) {
  const p = indent;
  return [
    `${p}apiVersion: v1`,
    `${p}data:`,
    `${p}  app.properties: |`,
    `${p}    server.port=8080`,
    `${p}    feature.flags=${pick(words)},${pick(words)}`,
    `${p}  logo.b64: ${b64(`ordinary configuration text ${chars(ALNUM, 30)}`)}`,
    `${p}kind: ConfigMap`,
    `${p}metadata:`,
    `${p}  name: ${pick(words)}-config`,
    `${p}  namespace: prod`,
  ].join('\n');
}

function listYaml(seeded, bytes) {
  const items = [];
  let size = 0;
  while (size < bytes) {
    const roll = random();
    const item = roll < 0.75 ? podYaml('  ', seeded) : roll < 0.85 ? secretYaml('  ', seeded) : configMapYaml('  ');
    items.push(`- ${item.slice(2)}`);
    size += item.length;
  }
  return ['apiVersion: v1', 'items:', ...items, 'kind: List', 'metadata:', '  resourceVersion: ""'].join('\n');
}

function deploymentJson(seeded) {
  const app = pick(words);
  const env = [
    { name: 'LOG_LEVEL', value: 'info' },
    { name: 'DATABASE_URL', value: `postgres://${app}:${seed(seeded, 'url-password')}@${app}-db:5432/${app}` },
  ];
  if (random() < 0.4) env.push({ name: 'STRIPE_API_KEY', value: seed(seeded, 'stripe-key') });
  const template = { metadata: { labels: { app } }, spec: { containers: [{ name: app, image: `registry.example.com/${app}:1.2.3`, env }] } };
  const applied = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: app, namespace: 'prod' }, spec: { replicas: 3, template } };
  const object = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      annotations: { 'deployment.kubernetes.io/revision': String(int(1, 90)), 'kubectl.kubernetes.io/last-applied-configuration': `${JSON.stringify(applied)}\n` },
      generation: int(1, 90),
      name: app,
      namespace: 'prod',
      resourceVersion: String(int(100000, 9999999)),
      uid: uid(),
    },
    spec: { replicas: 3, selector: { matchLabels: { app } }, template },
    status: { availableReplicas: 3, observedGeneration: 4, readyReplicas: 3, replicas: 3, updatedReplicas: 3 },
  };
  // The live object repeats what the annotation holds: one seeded value, two places.
  return JSON.stringify(object, null, 4);
}

function describePod(seeded) {
  const app = pick(words);
  const lines = [
    `Name:             ${app}-${hex(10)}-${chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}`,
    'Namespace:        prod',
    `Node:             node-${int(1, 30)}/10.0.${int(0, 255)}.${int(0, 255)}`,
    'Status:           Running',
    'Containers:',
    `  ${app}:`,
    `    Container ID:   containerd://${hex(64)}`,
    `    Image:          registry.example.com/${app}:1.4.2`,
    `    Image ID:       registry.example.com/${app}@sha256:${hex(64)}`,
    '    State:          Running',
    '    Last State:     Terminated',
    '      Reason:       OOMKilled',
    '      Exit Code:    137',
    `    Restart Count:  ${int(0, 40)}`,
    '    Environment:',
    '      LOG_LEVEL:          info',
    '      TOKEN_TTL_SECONDS:  3600',
    `      API_SECRET:         <set to the key 'api-secret' in secret '${app}-secrets'>  Optional: false`,
  ];
  if (random() < 0.5) lines.push(`      GITHUB_TOKEN:       ${seed(seeded, 'github-token')}`);
  lines.push('Events:', '  Type     Reason     Age   From     Message', '  ----     ------     ----  ----     -------');
  for (let i = 0; i < 6; i++) lines.push(`  Warning  BackOff    ${int(1, 59)}m   kubelet  Back-off restarting failed container ${app} in pod ${app}-${hex(6)}`);
  return lines.join('\n');
}

function describeSecret(seeded) {
  return [
    `Name:         ${pick(words)}-token-${chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}`,
    'Namespace:    prod',
    'Type:  kubernetes.io/service-account-token',
    '',
    'Data',
    '====',
    'ca.crt:     1099 bytes',
    'namespace:  4 bytes',
    `token:      ${seed(seeded, 'jwt')}`,
  ].join('\n');
}

function logs(seeded, lines) {
  const out = [];
  for (let i = 0; i < lines; i++) {
    const time = `2026-03-01T0${int(0, 9)}:${int(10, 59)}:${int(10, 59)}.${int(100, 999)}Z`;
    const roll = random();
    if (roll < 0.004) out.push(`${time} ERROR auth: rejected request Authorization: Bearer ${seed(seeded, 'bearer-token')}`);
    else if (roll < 0.006) out.push(`${time} WARN  config: loaded AWS_ACCESS_KEY_ID=${seed(seeded, 'aws-access-key-id')} from environment`);
    else if (roll < 0.008) out.push(`${time} DEBUG notify: posting with token ${seed(seeded, 'slack-token')}`);
    else if (roll < 0.01) out.push(`${time} INFO  build: using registry token ${seed(seeded, 'npm-token')} for install`);
    else if (roll < 0.012) out.push(`${time} INFO  ci: clone with ${seed(seeded, 'gitlab-token')}`);
    else if (roll < 0.014) out.push(`${time} DEBUG kubeconfig credential in use: ${b64(seed(seeded, 'literal'))}`);
    else if (roll < 0.016) out.push(`${time} DEBUG kubeconfig credential in use: ${seed(seeded, 'literal')}`);
    else
      out.push(
        `${time} ${pick(['INFO ', 'INFO ', 'DEBUG', 'WARN '])} ${pick(words)}: ${pick(['handled', 'served', 'queued', 'retried'])} request id=${uid()} path=/v1/${pick(words)}/${int(1, 99999)} status=${pick([200, 200, 201, 404, 500])} duration_ms=${int(1, 900)} max_tokens=${int(100, 4096)}`,
      );
  }
  return out.join('\n');
}

function kubeconfigYaml(seeded, kept) {
  const cluster = (name) => [`- cluster:`, `    certificate-authority-data: ${keep(kept, b64(certificate()))}`, `    server: https://${name}.example.com:6443`, `  name: ${name}`];
  return [
    'apiVersion: v1',
    'clusters:',
    ...cluster('prod-eu-1'),
    ...cluster('staging-eu-1'),
    'contexts:',
    '- context:',
    '    cluster: prod-eu-1',
    '    user: admin',
    '  name: prod-eu-1',
    'current-context: prod-eu-1',
    'kind: Config',
    'preferences: {}',
    'users:',
    '- name: admin',
    '  user:',
    `    client-certificate-data: ${keep(kept, b64(certificate()))}`,
    `    client-key-data: ${seed(seeded, 'client-key-data')}`,
    '- name: ci',
    '  user:',
    `    token: ${seed(seeded, 'bearer-token')}`,
  ].join('\n');
}

function tlsSecretYaml(seeded, kept) {
  return [
    'apiVersion: v1',
    'data:',
    `  ca.crt: ${keep(kept, b64(certificate()))}`,
    `  tls.crt: ${keep(kept, b64(`${certificate()}\n${certificate()}\n`))}`,
    `  tls.key: ${seed(seeded, 'tls-key')}`,
    'kind: Secret',
    'metadata:',
    `  name: ${pick(words)}-tls`,
    '  namespace: prod',
    `  uid: ${uid()}`,
    'type: kubernetes.io/tls',
  ].join('\n');
}

function tlsSecretJson(seeded, kept) {
  const secret = { apiVersion: 'v1', data: { 'tls.crt': keep(kept, b64(certificate())), 'tls.key': seed(seeded, 'tls-key') }, kind: 'Secret', metadata: { name: `${pick(words)}-tls`, namespace: 'prod' }, type: 'kubernetes.io/tls' };
  // A certificate escaped in JSON, as in a ConfigMap's `-o json`.
  const bundle = certificate();
  const configMap = { apiVersion: 'v1', data: { 'ca-bundle.crt': bundle }, kind: 'ConfigMap', metadata: { name: 'trusted-ca', namespace: 'prod' } };
  keep(kept, JSON.stringify(bundle).slice(1, -1));
  return `${JSON.stringify(secret, null, 4)}\n${JSON.stringify(configMap, null, 4)}`;
}

/** `openssl s_client -showcerts`: raw PEM certificates between prose lines. */
function showCerts(kept) {
  const out = ['CONNECTED(00000003)', `depth=1 C = US, O = Example, CN = Example Issuing CA ${int(1, 9)}`, 'verify return:1', '---', 'Certificate chain'];
  for (let i = 0; i < 3; i++) out.push(` ${i} s:CN = ${pick(words)}.example.com`, `   i:CN = Example Issuing CA`, keep(kept, certificate()));
  out.push('---', 'Server certificate', `subject=CN = ${pick(words)}.example.com`, 'No client certificate CA names sent', 'SSL handshake has read 4521 bytes and written 393 bytes');
  return out.join('\n');
}

function postgresLogs(seeded, lines) {
  const out = [];
  for (let i = 0; i < lines; i++) {
    const time = `2026-03-01 0${int(0, 9)}:${int(10, 59)}:${int(10, 59)}.${int(100, 999)} UTC [${int(1000, 9999)}] app@orders`;
    const roll = random();
    if (roll < 0.3) out.push(`${time} LOG:  statement: BEGIN${pick(['', ' TRANSACTION', ' TRANSACTION ISOLATION LEVEL SERIALIZABLE', ' READ ONLY'])}`);
    else if (roll < 0.5) out.push(`${time} LOG:  statement: COMMIT`);
    else if (roll < 0.8) out.push(`${time} LOG:  duration: ${int(1, 900)}.${int(100, 999)} ms  statement: SELECT id, total FROM orders WHERE customer_id = ${int(1, 99999)} AND status = 'open'`);
    else if (roll < 0.81) out.push(`${time} LOG:  connection authorized: user=app database=orders application_name=${pick(words)} dsn=postgres://app:${seed(seeded, 'url-password')}@db:5432/orders`);
    else out.push(`${time} ERROR:  deadlock detected; DETAIL: Process ${int(1000, 9999)} waits for ShareLock on transaction ${int(100000, 999999)}; blocked by process ${int(1000, 9999)}. HINT: See server log for query details. CONTEXT: while updating tuple (${int(0, 999)},${int(1, 99)}) in relation "orders"`);
  }
  return out.join('\n');
}

// Fragments of every anchor the engine searches for (token prefixes, PEM markers, `EGIN `, `eyJ`, `LS0t`,
// separators, escaped quotes), whole, cut and in base64, as they turn up by chance in logs and dumps.
const ANCHOR_FRAGMENTS = ['AKIA', 'ASIA', 'AIza', 'ghp_', 'gho_', 'github_pat_', 'npm_', 'sk_live_', 'rk_test_', 'private_key_id', 'glpat-', 'hooks.', 'xoxb-', 'xoxr-', 'hvs.', 'hvr.', 'Key=', 'eyJ', 'yJ', 'Bearer ', 'bearer', 'Basic ', '-----BEGIN ', '-----END ', '-----BEGIN RSA PRIVATE', '-----BEGIN CERTIFICATE-----', 'EGIN ', 'BEGIN ', 'LS0t', 'LS0tLS1CRUdJTi', 'ewog', ':', '=', '-', '--', '---', '-u ', '{\\"', '\\"', 'Secret', 'value:', '"value":', '://', '@'];
const FRAGMENTS = [...ANCHOR_FRAGMENTS, ...ANCHOR_FRAGMENTS.map((a) => a.slice(0, Math.ceil(a.length / 2))), ...ANCHOR_FRAGMENTS.map((a) => a.slice(Math.ceil(a.length / 2))), ...ANCHOR_FRAGMENTS.map((a) => b64(a))];

function anchorNoise(lines) {
  const out = [];
  for (let i = 0; i < lines; i++) {
    const parts = [`2026-03-01T0${int(0, 9)}:${int(10, 59)}:${int(10, 59)}Z DEBUG ${pick(words)}:`];
    for (let j = int(3, 10); j > 0; j--) parts.push(random() < 0.5 ? pick(FRAGMENTS) : chars(ALNUM, int(2, 12)));
    out.push(parts.join(random() < 0.5 ? ' ' : ''));
  }
  return out.join('\n');
}

function events() {
  const out = ['LAST SEEN   TYPE      REASON      OBJECT                      MESSAGE'];
  for (let i = 0; i < 400; i++) out.push(`${int(1, 59)}m         ${pick(['Normal ', 'Warning'])}   ${pick(['Pulled', 'Created', 'Started', 'BackOff', 'Killing'])}   pod/${pick(words)}-${hex(10)}-${hex(5)}   ${pick(['Started container', 'Back-off restarting failed container', 'Container image already present on machine'])}`);
  return out.join('\n');
}

/** Chunks (one step output each) of realistic kubectl output, and the secrets seeded into each. */
export function generate(targetBytes) {
  const chunks = [];
  let total = 0;
  while (total < targetBytes) {
    const seeded = [];
    const kept = [];
    const roll = random();
    let text;
    if (roll < 0.22) text = listYaml(seeded, int(200_000, 1_500_000));
    else if (roll < 0.33) text = Array.from({ length: int(20, 200) }, () => deploymentJson(seeded)).join('\n');
    else if (roll < 0.44) text = Array.from({ length: int(20, 200) }, () => describePod(seeded)).join('\n\n\n');
    else if (roll < 0.48) text = Array.from({ length: int(5, 40) }, () => describeSecret(seeded)).join('\n\n');
    else if (roll < 0.66) text = logs(seeded, int(2000, 20000));
    else if (roll < 0.72) text = events();
    else if (roll < 0.76) text = Array.from({ length: int(5, 40) }, () => kubeconfigYaml(seeded, kept)).join('\n---\n');
    else if (roll < 0.8) text = Array.from({ length: int(5, 40) }, () => (random() < 0.5 ? tlsSecretYaml(seeded, kept) : tlsSecretJson(seeded, kept))).join('\n---\n');
    else if (roll < 0.83) text = Array.from({ length: int(5, 40) }, () => showCerts(kept)).join('\n');
    else if (roll < 0.93) text = postgresLogs(seeded, int(2000, 20000));
    else text = anchorNoise(int(2000, 20000));
    chunks.push({ text, seeded, kept });
    total += text.length;
  }
  return { chunks, total };
}

// ---------------------------------------------------------------- scoring

// Only the calls themselves are timed; each chunk is scored right after its call and its output let go, so
// neither tool pays for the other's bookkeeping or for holding 100 MB of results.

/** Redactor: a seeded secret is caught when its value no longer appears in the redacted chunk. */
async function runRedactor(Redactor, chunks) {
  const redactor = new Redactor({ literals: [LITERAL] });
  let ns = 0n;
  let caught = 0;
  let keptCertificates = 0;
  const missed = {};
  for (const [index, chunk] of chunks.entries()) {
    const started = process.hrtime.bigint();
    const output = redactor.redactText(chunk.text, `steps/${index}.txt`);
    ns += process.hrtime.bigint() - started;
    for (const secret of chunk.seeded) {
      const leaked = output.includes(secret.value) || (secret.family === 'literal' && output.includes(b64(secret.value)));
      if (leaked) missed[secret.family] = (missed[secret.family] ?? 0) + 1;
      else caught++;
    }
    for (const certificate of chunk.kept) if (output.includes(certificate)) keptCertificates++;
  }
  return { ms: Number(ns) / 1e6, caught, missed, keptCertificates };
}

/** secretlint: a seeded secret is caught when a reported range overlaps one of its occurrences. */
async function runSecretlint(lintSource, config, chunks) {
  let ns = 0n;
  let caught = 0;
  const missed = {};
  for (const [index, chunk] of chunks.entries()) {
    const started = process.hrtime.bigint();
    const result = await lintSource({ source: { content: chunk.text, filePath: `/bench/steps/${index}.txt`, ext: '.txt', contentType: 'text' }, options: { config, maskSecrets: true } });
    ns += process.hrtime.bigint() - started;
    const ranges = result.messages.map((message) => message.range);
    for (const secret of chunk.seeded) {
      const forms = secret.family === 'literal' ? [secret.value, b64(secret.value)] : [secret.value];
      const spans = forms.flatMap((form) => occurrences(chunk.text, form).map((at) => [at, at + form.length]));
      const hit = spans.some(([start, end]) => ranges.some(([from, to]) => from < end && to > start));
      if (hit) caught++;
      else missed[secret.family] = (missed[secret.family] ?? 0) + 1;
    }
  }
  return { ms: Number(ns) / 1e6, caught, missed };
}

/**
 * The physical reference: one pass of one `RegExp` over the same chunks, looking for the token prefixes and PEM
 * markers. It finds candidates and judges nothing, so no scanner that reads every character can be much faster.
 */
const SINGLE_PASS = /A[KS]IA[A-Z0-9]{16}|gh[pousr]_[A-Za-z0-9]{36}|github_pat_|npm_[A-Za-z0-9]{36}|[sr]k_(?:live|test)_|glpat-|hooks\.slack\.com|xox[abposr]-|hv[sbr]\.|AIza[0-9A-Za-z_-]{35}|eyJ[A-Za-z0-9_-]{10,}\.|-----BEGIN [A-Z ]*PRIVATE KEY-----|[Pp]assword[=:]/g;

function runSinglePass(chunks) {
  let ns = 0n;
  let found = 0;
  for (const chunk of chunks) {
    const started = process.hrtime.bigint();
    SINGLE_PASS.lastIndex = 0;
    while (SINGLE_PASS.exec(chunk.text) !== null) found++;
    ns += process.hrtime.bigint() - started;
  }
  return { ms: Number(ns) / 1e6, found };
}

function occurrences(text, value) {
  const found = [];
  for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + 1)) found.push(at);
  return found;
}

export async function run() {
  if (!existsSync(ENGINE)) throw new Error('dist/redact.js is missing: run `npm run build` first');
  const { Redactor } = await import(pathToFileURL(ENGINE).href);
  const { lintSource } = await import('@secretlint/core');
  const { creator: preset } = await import('@secretlint/secretlint-rule-preset-recommend');
  const config = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: preset }] };

  const { chunks, total } = generate(TARGET_BYTES);
  const seededCount = chunks.reduce((n, chunk) => n + chunk.seeded.length, 0);
  const mb = total / 1024 / 1024;
  console.log(`generated ${mb.toFixed(1)} MB in ${chunks.length} chunks with ${seededCount} seeded secrets of ${Object.keys(FAMILIES).length} families`);

  // Both get the same warm-up on the first tenth of the chunks, so the measurement is of steady work, not of
  // compiling; then each runs three times, interleaved so that load from elsewhere hits both alike, and the median counts.
  const warmUp = chunks.slice(0, Math.ceil(chunks.length / 10));
  await runRedactor(Redactor, warmUp);
  await runSecretlint(lintSource, config, warmUp);
  runSinglePass(warmUp);
  const ourRuns = [];
  const theirRuns = [];
  const referenceRuns = [];
  for (let round = 0; round < ROUNDS; round++) {
    ourRuns.push(await runRedactor(Redactor, chunks));
    theirRuns.push(await runSecretlint(lintSource, config, chunks));
    referenceRuns.push(runSinglePass(chunks));
  }
  const ours = { ...ourRuns[0], ms: median(ourRuns.map((r) => r.ms)) };
  const theirs = { ...theirRuns[0], ms: median(theirRuns.map((r) => r.ms)) };
  const reference = { ms: median(referenceRuns.map((r) => r.ms)) };
  const certificates = chunks.reduce((n, chunk) => n + chunk.kept.length, 0);

  const rows = [
    ['runbook redactor', ours],
    ['secretlint (recommended preset)', theirs],
  ].map(([name, r]) => [name, r.ms.toFixed(0), (mb / (r.ms / 1000)).toFixed(1), `${r.caught}/${seededCount}`, Object.entries(r.missed).map(([f, n]) => `${f}×${n}`).join(' ') || '-']);
  const header = ['', 'ms', 'MB/s', 'seeded caught', 'missed'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  console.log(`\nRedact ${mb.toFixed(1)} MB of kubectl output (median of ${ROUNDS} interleaved runs each, same chunks, same process)`);
  for (const row of [header, ...rows]) console.log(row.map((cell, i) => (i === 0 || i === 4 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));

  console.log(`single-pass RegExp scan (physical reference): ${reference.ms.toFixed(0)} ms, ${(mb / (reference.ms / 1000)).toFixed(1)} MB/s; redactor time / reference time: ${(ours.ms / reference.ms).toFixed(2)}×`);
  console.log(`certificates kept as they were by the redactor: ${ours.keptCertificates}/${certificates}`);

  let ok = verdict('secretlint time / redactor time', theirs.ms / ours.ms, 4, 'higher');
  ok = verdict('certificates kept by the redactor / certificates', ours.keptCertificates / Math.max(1, certificates), 1, 'higher') && ok;
  ok = verdict('seeded secrets caught, redactor / secretlint', ours.caught / Math.max(1, theirs.caught), 1.0001, 'higher') && ok;
  ok = verdict('seeded secrets caught by the redactor / seeded', ours.caught / seededCount, 1, 'higher') && ok;
  return ok;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = (await run()) ? 0 : 1;
