import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import type { KubeObject } from './kube-object.js';
import { formatTime, parseRelativeTime } from './relative-time.js';
import type { ObjectStore } from './store.js';

// X.509 certificates made when the server starts, so `openssl x509 -enddate` on a Secret's tls.crt shows a
// date as far from now as the scenario says (a fixed certificate in a scenario file would expire with time).
// Each is signed by a throwaway EC key made here and dropped: the simulated cluster never holds a private key.

/** A certificate the scenario asks for: where it goes and what it says. */
export interface CertificateSpec {
  namespace: string;
  secret: string;
  /** Data key of the Secret (default tls.crt). */
  key?: string;
  commonName?: string;
  dnsNames?: string[];
  /** Common name of the issuer written into the certificate. */
  issuer?: string;
  /** `now`, a signed duration (`-90d`) or an RFC 3339 time. */
  notBefore?: string;
  notAfter: string;
}

function length(size: number): Buffer {
  if (size < 0x80) return Buffer.from([size]);
  const bytes: number[] = [];
  for (let rest = size; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function tlv(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), length(body.length), body]);
}

const sequence = (...items: Buffer[]): Buffer => tlv(0x30, ...items);

function oid(dotted: string): Buffer {
  const [first, second, ...rest] = dotted.split('.').map(Number);
  const bytes = [first! * 40 + second!];
  for (const part of rest) {
    const groups: number[] = [part & 0x7f];
    for (let value = part >>> 7; value > 0; value >>>= 7) groups.unshift((value & 0x7f) | 0x80);
    bytes.push(...groups);
  }
  return tlv(0x06, Buffer.from(bytes));
}

function name(commonName: string, organisation?: string): Buffer {
  const attribute = (type: string, value: string): Buffer => tlv(0x31, sequence(oid(type), tlv(0x0c, Buffer.from(value, 'utf8'))));
  return sequence(...(organisation ? [attribute('2.5.4.10', organisation)] : []), attribute('2.5.4.3', commonName));
}

// UTCTime up to 2049, GeneralizedTime after, as RFC 5280 asks.
function time(date: Date): Buffer {
  const iso = date.toISOString();
  const digits = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
  return date.getUTCFullYear() < 2050 ? tlv(0x17, Buffer.from(digits.slice(2), 'ascii')) : tlv(0x18, Buffer.from(digits, 'ascii'));
}

function moment(text: string, now: Date): Date {
  const offset = parseRelativeTime(text);
  return offset === undefined ? new Date(text) : new Date(now.getTime() + offset);
}

const ECDSA_SHA256 = sequence(oid('1.2.840.10045.4.3.2'));

/** A PEM certificate for `spec`, valid between its times counted from `now`. */
export function certificatePem(spec: CertificateSpec, now: Date): string {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const dnsNames = spec.dnsNames ?? [];
  const commonName = spec.commonName ?? dnsNames[0] ?? spec.secret;
  const serial = createHash('sha256').update(`${spec.namespace}/${spec.secret}/${spec.notAfter}`).digest().subarray(0, 16);
  serial[0] = serial[0]! & 0x7f;
  const extensions = dnsNames.length
    ? [tlv(0xa3, sequence(sequence(oid('2.5.29.17'), tlv(0x04, sequence(...dnsNames.map((dns) => tlv(0x82, Buffer.from(dns, 'ascii'))))))))]
    : [];
  const tbs = sequence(
    tlv(0xa0, tlv(0x02, Buffer.from([2]))),
    tlv(0x02, serial),
    ECDSA_SHA256,
    name(spec.issuer ?? 'Drill Issuing CA', 'Example Drills'),
    sequence(time(moment(spec.notBefore ?? '-90d', now)), time(moment(spec.notAfter, now))),
    name(commonName),
    publicKey.export({ type: 'spki', format: 'der' }),
    ...extensions,
  );
  const signature = sign('sha256', tbs, privateKey);
  const der = sequence(tbs, ECDSA_SHA256, tlv(0x03, Buffer.from([0]), signature));
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/** Puts each certificate into its Secret (made as a kubernetes.io/tls Secret when the scenario has none). */
export function fillCertificates(store: ObjectStore, specs: readonly CertificateSpec[], now: Date): void {
  for (const spec of specs) {
    const key = spec.key ?? 'tls.crt';
    const existing = store.get('Secret', spec.namespace, spec.secret);
    const secret: KubeObject = existing
      ? structuredClone(existing)
      : {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: spec.secret, namespace: spec.namespace, creationTimestamp: formatTime(moment(spec.notBefore ?? '-90d', now)) },
          type: 'kubernetes.io/tls',
          data: { 'tls.key': Buffer.from('not stored: the simulated cluster keeps no private keys\n').toString('base64') },
        };
    secret.data = { ...((secret.data as Record<string, string> | undefined) ?? {}), [key]: Buffer.from(certificatePem(spec, now)).toString('base64') };
    store.put(secret);
  }
}
