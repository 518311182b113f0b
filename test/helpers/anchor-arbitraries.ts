import fc from 'fast-check';
import { SECRET_SHAPES } from '../../src/secret-shapes.js';
import { b64, fake, filler } from '../bundle/redact/corpus.js';

// Outputs for the never-hangs property tests: realistic kubectl text with fragments of every anchor the scanners
// search for spliced in, whole, cut in half, base64-encoded, escaped and repeated.

const certificate = fake.certificate(4);
const key = fake.pem('RSA PRIVATE KEY', 4);
const pg = ['post', 'gres'].join('');
const KEY_LABEL = ['RSA', 'PRI' + 'VATE', 'KEY'].join(' ');

/** Realistic pieces of command output, each a few lines. */
const KUBECTL_TEXT = [
  'NAME                       READY   STATUS             RESTARTS   AGE\napi-7d9f8b6c5d-x2k4p       1/1     Running            0          3h\nworker-5b8f6d7c9-q8w7e     0/1     CrashLoopBackOff   12         40m\n',
  'Events:\n  Type     Reason     Age   From               Message\n  ----     ------     ----  ----               -------\n  Warning  BackOff    2m    kubelet            Back-off restarting failed container\n',
  `apiVersion: v1\ndata:\n  ca.crt: ${b64(certificate)}\n  tls.crt: ${b64(certificate)}\n  tls.key: ${b64(key)}\nkind: Secret\nmetadata:\n  name: api-tls\ntype: kubernetes.io/tls\n`,
  `apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: ${b64(certificate)}\n    server: https://10.0.0.1:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${b64(certificate)}\n    client-key-data: ${b64(key)}\n    token: ${fake.bearer()}\n`,
  `2026-03-01 04:22:33.123 UTC [4121] app@orders LOG:  statement: BEGIN TRANSACTION ISOLATION LEVEL SERIALIZABLE\n2026-03-01 04:22:33.140 UTC [4121] app@orders LOG:  statement: COMMIT\n2026-03-01 04:22:34.001 UTC [4122] FATAL:  password authentication failed for user "app"\n`,
  `${certificate}\n`,
  `${key}\n`,
  JSON.stringify({ metadata: { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify({ kind: 'Secret', stringData: { password: fake.password() }, data: { 'ca.crt': certificate } }) } } }, null, 2),
  `    Environment:\n      DB_PASSWORD:  ${fake.password()}\n      DATABASE_URL: ${pg}://app:${fake.password()}@db:5432/orders\n    - name: API_TOKEN\n      value: ${fake.bearer()}\n`,
  `curl -u admin:${fake.password()} -H "Authorization: Bearer ${fake.jwt()}" --token ${fake.bearer()} https://api\n`,
  `{"level":"info","msg":"{\\"user\\":\\"app\\",\\"password\\":\\"${fake.password()}\\"}","ts":1700000000}\n`,
];

/** Every literal a scanner searches for or checks next to a hit. */
const ANCHORS = [
  ...new Set([
    ...SECRET_SHAPES.flatMap((shape) => [...shape.anchors, ...(shape.leads ?? []).flatMap((lead) => shape.anchors.map((anchor) => lead + anchor))]),
    '-----BEGIN ',
    '-----END ',
    // Assembled, so that no secret scanner takes this file for a key.
    `-----BEGIN ${KEY_LABEL}-----`,
    `-----END ${KEY_LABEL}-----`,
    `-----BEGIN ${KEY_LABEL.slice(4)}-----`,
    '-----BEGIN CERTIFICATE-----',
    '-----END CERTIFICATE-----',
    'BEGIN ',
    'EGIN ',
    'eyJ',
    'LS0t',
    'LS0tLS1CRUdJTi',
    'ewog',
    ':',
    '=',
    '-',
    '--',
    '---',
    '-u ',
    '--user=',
    '--password ',
    '://',
    '@',
    '"',
    "'",
    '\\"',
    '{\\"',
    '\\\\"',
    '\\n',
    'Secret',
    'kind: Secret',
    'data:',
    'stringData:',
    'value: ',
    '"value": "',
    '- name: DB_PASSWORD\n  ',
    '"name": "API_TOKEN", "',
    'password=',
    'token: ',
    'Authorization: Basic ',
    'Bearer ',
    'AccountKey=',
    'private_key_id": "',
    'hooks.slack.com/services/',
    '[REDACTED:jwt:1]',
    '{',
    '[',
    '\n',
    '\r\n',
    '    ',
    '|',
  ]),
];

const anchor = fc.constantFrom(...ANCHORS);
/** An anchor in base64 at each byte alignment, as it appears inside an encoded Secret value or kubeconfig field. */
const encoded = fc.tuple(anchor, fc.constantFrom('', 'x', 'xy')).map(([a, pad]) => b64(pad + a));
/** A first or second half of an anchor: the scanner finds half a probe and must move on. */
const cut = fc.tuple(anchor, fc.nat()).map(([a, n]) => (n % 2 === 0 ? a.slice(0, 1 + (n % a.length)) : a.slice(n % a.length)));
/** A run of one fragment: many hits in a row, where a scanner that rescans would show. */
const repeated = fc.tuple(fc.oneof(anchor, cut), fc.integer({ min: 2, max: 60 })).map(([a, n]) => a.repeat(n));
const body = fc.constantFrom(filler(40), filler(64, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'), '0123456789abcdef', 'AAAA', '====');

/** A realistic output with anchors, cut anchors, encoded anchors, runs and filler spliced in. */
export const outputWithAnchors: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...KUBECTL_TEXT),
    fc.array(fc.tuple(fc.nat(), fc.oneof({ weight: 4, arbitrary: anchor }, { weight: 3, arbitrary: cut }, { weight: 2, arbitrary: encoded }, { weight: 1, arbitrary: repeated }, { weight: 1, arbitrary: body }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) })), { minLength: 1, maxLength: 24 }),
  )
  .map(([text, splices]) => {
    let out = text;
    for (const [at, insert] of splices) {
      const position = at % (out.length + 1);
      out = out.slice(0, position) + insert + out.slice(position);
    }
    return out;
  });

/** Only fragments, no realistic text around them: the scanners' corners without the padding. */
export const anchorSoup: fc.Arbitrary<string> = fc.array(fc.oneof(anchor, cut, encoded, repeated, body), { minLength: 1, maxLength: 40 }).map((parts) => parts.join(''));
