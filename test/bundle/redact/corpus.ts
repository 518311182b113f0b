/**
 * Fake secrets for the redaction tests, assembled from parts at test time with seeded filler, so that the
 * repository holds nothing a secret scanner would flag and every run sees the same values.
 */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seeded(424242);
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const filler = (n: number, alphabet = ALNUM): string => Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
export const b64 = (text: string): string => Buffer.from(text).toString('base64');
const b64url = (text: string): string => Buffer.from(text).toString('base64url');
const join = (...parts: string[]): string => parts.join('');

export const fake = {
  githubToken: () => join('gh', 'p_', filler(36)),
  githubOauth: () => join('gh', 'o_', filler(36)),
  githubPat: () => join('github', '_pat_', filler(22), '_', filler(59)),
  gitlabToken: () => join('glp', 'at-', filler(20)),
  slackToken: () => join('xo', 'xb-', filler(12, '0123456789'), '-', filler(13, '0123456789'), '-', filler(24)),
  slackWebhookPath: () => join('T', filler(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), '/B', filler(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), '/', filler(24)),
  stripeKey: () => join('sk', '_li', 've_', filler(24)),
  npmToken: () => join('np', 'm_', filler(36)),
  vaultToken: () => join('hv', 's.', filler(90, `${ALNUM}_-`)),
  vaultLegacy: () => join('s', '.', filler(24)),
  awsKeyId: () => join('AK', 'IA', filler(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')),
  awsSecret: () => filler(40, `${ALNUM}/+`),
  gcpApiKey: () => join('AI', 'za', filler(35, `${ALNUM}_-`)),
  azureKey: () => `${filler(86, `${ALNUM}+/`)}==`,
  jwt: () => join(b64url(JSON.stringify({ alg: 'RS256', kid: filler(8) })), '.', b64url(JSON.stringify({ sub: `system:serviceaccount:prod:${filler(6)}` })), '.', filler(86, `${ALNUM}-_`)),
  bearer: () => filler(40, `${ALNUM}._-`),
  password: () => filler(20),
  /** A PEM private key of the given label (`RSA PRIVATE KEY`, `EC PRIVATE KEY`...), body lines of 64. */
  pem: (label = 'RSA PRIVATE KEY', lines = 12) => {
    const header = join('-----BEGIN ', label.replace('PRIVATE', ['PRI', 'VATE'].join('')), '-----');
    const footer = join('-----END ', label.replace('PRIVATE', ['PRI', 'VATE'].join('')), '-----');
    const body = Array.from({ length: lines }, () => filler(64, `${ALNUM}+/`)).join('\n');
    return `${header}\n${body}\n${footer}`;
  },
  /** A PEM certificate (public): body lines of 64, the last one shorter, as openssl writes them. */
  certificate: (lines = 14) => {
    const body = [...Array.from({ length: lines }, () => filler(64, `${ALNUM}+/`)), `${filler(40, `${ALNUM}+/`)}==`].join('\n');
    return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----`;
  },
};

/** Wraps text at a width, as `base64` does at 76 columns. */
export function wrap(text: string, width: number): string {
  return text.replace(new RegExp(`(.{${width}})(?!$)`, 'g'), '$1\n');
}
