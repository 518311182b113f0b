/**
 * The token formats that are secrets wherever they appear: one table, read by the bundle's redaction engine
 * (src/bundle/redact/tokens.ts) and by the lint rule `no-literal-secrets`, so both agree on what a secret looks
 * like. It imports nothing: the lint rule's script bundle takes this module and no more of the redactor.
 *
 * Each shape is tried only where one of its anchors occurs: a short literal chosen to start with an uncommon
 * character, because searching for it is what every clean text pays. The pattern is sticky and starts at the
 * anchor, or at one of its `leads` just before it (`ghp` before `_`).
 */
export interface SecretShape {
  /** The rule reported in a bundle's `redactions.json`. */
  rule: string;
  /** The placeholder kind: `[REDACTED:<kind>:<n>]`. */
  kind: string;
  /** What a lint message calls it. */
  label: string;
  /** Where a runbook should take it from instead, as a lint message suggests it. */
  ref: string;
  anchors: readonly string[];
  /** Text that stands just before an anchor as part of the token; the pattern starts at the first one present. */
  leads?: readonly string[];
  pattern: RegExp;
  /** The secret is this group, not the whole match (the rest is context such as the key name). */
  group?: number;
  /** Characters that must not come just before the match (a token inside a longer word is something else). After it,
   * the pattern takes as much as it can: a token glued to the next word is still masked whole. */
  word?: RegExp;
  /** A last check on the secret, for shapes a pattern cannot pin down alone. */
  accept?: (secret: string, text: string, start: number) => boolean;
}

const ALNUM = /[A-Za-z0-9]/;
const WORD = /[A-Za-z0-9_]/;
const URL_SAFE = /[A-Za-z0-9_-]/;

export const SECRET_SHAPES: readonly SecretShape[] = [
  { rule: 'aws-access-key-id', kind: 'aws-access-key-id', label: 'AWS access key id', ref: 'AWS_ACCESS_KEY_ID', anchors: ['AKIA', 'ASIA'], pattern: /A[KS]IA[A-Z0-9]{16,}/y, word: ALNUM },
  { rule: 'github-token', kind: 'github-token', label: 'GitHub token', ref: 'GITHUB_TOKEN', anchors: ['_'], leads: ['ghp', 'gho', 'ghu', 'ghs', 'ghr'], pattern: /gh[pousr]_[A-Za-z0-9]{36,255}/y, word: WORD },
  { rule: 'github-token', kind: 'github-token', label: 'GitHub token', ref: 'GITHUB_TOKEN', anchors: ['_'], leads: ['github'], pattern: /github_pat_[A-Za-z0-9_]{22,255}/y, word: WORD },
  { rule: 'npm-token', kind: 'npm-token', label: 'npm token', ref: 'NPM_TOKEN', anchors: ['_'], leads: ['npm'], pattern: /npm_[A-Za-z0-9]{36,}/y, word: WORD },
  { rule: 'stripe-key', kind: 'stripe-key', label: 'Stripe key', ref: 'STRIPE_API_KEY', anchors: ['_'], leads: ['sk', 'rk'], pattern: /[sr]k_(?:live|test)_[0-9A-Za-z]{16,}/y, word: WORD },
  {
    rule: 'gcp-service-account',
    kind: 'gcp-key-id',
    label: 'Google service-account key id',
    ref: 'GOOGLE_APPLICATION_CREDENTIALS',
    anchors: ['_'],
    leads: ['private'],
    pattern: /private_key_id\\?"\s*:\s*\\?"([0-9a-f]{40})\\?"/y,
    group: 1,
  },
  { rule: 'gitlab-token', kind: 'gitlab-token', label: 'GitLab token', ref: 'GITLAB_TOKEN', anchors: ['glpat-'], pattern: /glpat-[A-Za-z0-9_-]{20,}/y, word: URL_SAFE },
  // The workspace and channel ids stay readable; the path's last part is the credential.
  {
    rule: 'slack-webhook',
    kind: 'slack-webhook',
    label: 'Slack webhook URL',
    ref: 'SLACK_WEBHOOK_URL',
    anchors: ['hooks.'],
    pattern: /hooks\.slack\.com\/(?:services|workflows)\/(T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{16,})/y,
    group: 1,
  },
  // Bot, user, app-level, legacy and refresh tokens: `xoxb-`, `xoxp-`, `xoxa-`, `xoxo-`, `xoxs-`, `xoxr-`.
  { rule: 'slack-token', kind: 'slack-token', label: 'Slack token', ref: 'SLACK_TOKEN', anchors: ['xox'], pattern: /xox[abposr]-[A-Za-z0-9-]{10,}/y, word: URL_SAFE },
  // Service, batch and recovery tokens.
  { rule: 'vault-token', kind: 'vault-token', label: 'Vault token', ref: 'VAULT_TOKEN', anchors: ['hv'], pattern: /hv[sbr]\.[A-Za-z0-9_-]{24,}/y, word: /[A-Za-z0-9_.]/ },
  { rule: 'gcp-api-key', kind: 'gcp-api-key', label: 'Google API key', ref: 'GOOGLE_API_KEY', anchors: ['AIza'], pattern: /AIza[0-9A-Za-z_-]{35,}/y, word: URL_SAFE },
  {
    rule: 'azure-storage-key',
    kind: 'azure-key',
    label: 'Azure storage key',
    ref: 'AZURE_STORAGE_KEY',
    anchors: ['Key='],
    pattern: /Key=([A-Za-z0-9+/]{20,}={0,2})/y,
    group: 1,
    accept: (_secret, text, start) => /(?:Account|SharedAccess)Key=$/.test(text.slice(Math.max(0, start - 21), start)),
  },
  // Three base64url parts whose header is JSON naming an algorithm; an unsigned token still leaks its claims.
  // Anchored at its `J`, rarer in kubectl output than the `y` before it.
  { rule: 'jwt', kind: 'jwt', label: 'JWT', ref: 'TOKEN', anchors: ['J'], leads: ['ey'], pattern: /eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*/y, word: URL_SAFE, accept: isJwt },
  {
    rule: 'authorization-header',
    kind: 'bearer-token',
    label: 'bearer token',
    ref: 'TOKEN',
    anchors: ['Bearer', 'bearer'],
    pattern: /bearer[ \t]+([A-Za-z0-9._~+/-]{12,}=*)/iy,
    group: 1,
  },
  {
    rule: 'authorization-header',
    kind: 'basic-auth',
    label: 'basic-auth credential',
    ref: 'TOKEN',
    anchors: ['Basic '],
    pattern: /Basic[ \t]+([A-Za-z0-9+/]{4,}={0,2})/y,
    group: 1,
    accept: (_secret, text, start) => /authorization["']?[ \t]*[:=][ \t]*["']?Basic[ \t]+$/i.test(text.slice(Math.max(0, start - 40), start)),
  },
];

/** A JWT's first part decodes to a JSON object with an `alg`. */
function isJwt(token: string): boolean {
  const header = token.slice(0, token.indexOf('.'));
  try {
    const decoded = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as unknown;
    return typeof decoded === 'object' && decoded !== null && 'alg' in decoded;
  } catch {
    return false;
  }
}

export interface AnchorGroup {
  anchor: string;
  shapes: SecretShape[];
  /** When every shape of the anchor has leads: the character codes that may come just before the anchor. */
  precede?: Uint8Array;
}

const GROUPS = new Map<string, AnchorGroup>();
for (const shape of SECRET_SHAPES) {
  for (const anchor of shape.anchors) {
    const group = GROUPS.get(anchor) ?? { anchor, shapes: [] };
    group.shapes.push(shape);
    GROUPS.set(anchor, group);
  }
}
for (const group of GROUPS.values()) {
  if (!group.shapes.every((shape) => shape.leads)) continue;
  group.precede = new Uint8Array(128);
  for (const shape of group.shapes) for (const lead of shape.leads!) group.precede[lead.charCodeAt(lead.length - 1)] = 1;
}

/**
 * Anchors that end in `-` or `=` (`glpat-`, `Key=`), by that last character. A scan that already stops at every
 * `-` and `=` (the redactor's separator scan) checks them there, with `mayEndShapeAnchor` and then
 * `findShapesEndingAt`, instead of a pass of its own.
 */
const ENDING_IN_SEPARATOR = new Map<number, AnchorGroup[]>();
/** The character codes such anchors have just before their separator: most separators are turned away by one lookup. */
export const BEFORE_SEPARATOR = new Uint8Array(128);
for (const group of GROUPS.values()) {
  const last = group.anchor.charCodeAt(group.anchor.length - 1);
  if (group.anchor.length < 2 || (last !== 0x2d /* - */ && last !== 0x3d) /* = */) continue;
  ENDING_IN_SEPARATOR.set(last, [...(ENDING_IN_SEPARATOR.get(last) ?? []), group]);
  BEFORE_SEPARATOR[group.anchor.charCodeAt(group.anchor.length - 2)] = 1;
}

/**
 * What is searched: an anchor on its own, or the first character that several anchors share (`AKIA`, `ASIA` and
 * `AIza` are one search for `A`; `Bearer` and `Basic ` one for `B`). Every search is a pass over the whole text
 * whose cost hardly depends on what it looks for, while a shared character that is uncommon in kubectl output
 * stops the pass a few times more; on output mixed with base64 the shared search measured half the time of the
 * separate ones.
 */
export interface ShapeSearch {
  probe: string;
  groups: AnchorGroup[];
  /** For a shared first character: the character codes that may follow it, so most places cost one lookup. */
  second?: Uint8Array;
}

function searchesFor(groups: readonly AnchorGroup[]): ShapeSearch[] {
  const searches: ShapeSearch[] = [];
  for (const group of groups) {
    const first = group.anchor[0]!;
    const shared = searches.find((search) => search.groups[0]!.anchor[0] === first);
    if (shared) {
      shared.probe = first;
      shared.groups.push(group);
    } else {
      searches.push({ probe: group.anchor, groups: [group] });
    }
  }
  for (const search of searches) {
    // A one-character anchor among them leaves nothing to check the next character against.
    if (search.groups.length === 1 || search.groups.some((group) => group.anchor.length === 1)) continue;
    search.second = new Uint8Array(128);
    for (const { anchor } of search.groups) search.second[anchor.charCodeAt(1)] = 1;
  }
  return searches;
}

const SEARCHES = searchesFor([...GROUPS.values()]);
const ENDING_ELSEWHERE = new Set([...ENDING_IN_SEPARATOR.values()].flat());
/**
 * The searches for a caller that checks the anchors ending in `-` or `=` at each of its own `-` and `=`
 * (`findShapesEndingAt`): the redactor, whose anchor scan (src/bundle/redact/anchor-scan.ts) lists where each
 * of these probes occurs.
 */
export const SEARCHES_BESIDE_SEPARATORS: readonly ShapeSearch[] = searchesFor([...GROUPS.values()].filter((group) => !ENDING_ELSEWHERE.has(group)));

type ShapeFound = (shape: SecretShape, start: number, end: number) => void;

/** Every secret of a known shape in a text: `found` gets the shape and the secret's span (its group's, if it has one). */
export function findSecretShapes(text: string, found: ShapeFound): void {
  for (const search of SEARCHES) {
    // One search per probe, resumed just past each hit: the position only grows.
    for (let at = text.indexOf(search.probe); at !== -1; at = text.indexOf(search.probe, at + 1)) findShapesAt(text, search, at, found);
  }
}

/** The secrets of a search's shapes whose anchor starts where its probe occurs, at `at`. */
export function findShapesAt(text: string, { probe, groups, second }: ShapeSearch, at: number, found: ShapeFound): void {
  if (second && second[text.charCodeAt(at + 1)] !== 1) return;
  for (const group of groups) {
    if (group.anchor.length > probe.length && !text.startsWith(group.anchor, at)) continue;
    matchGroup(text, group, at, found);
  }
}

/** Whether an anchor that ends in a separator may end at the `-` or `=` at `separator`: one lookup, cheap enough for every one. */
export function mayEndShapeAnchor(text: string, separator: number): boolean {
  return BEFORE_SEPARATOR[text.charCodeAt(separator - 1)] === 1;
}

/** The secrets of the shapes whose anchor ends at `separator`, a `-` or `=` found by the caller's own scan. */
export function findShapesEndingAt(text: string, separator: number, found: ShapeFound): void {
  const groups = ENDING_IN_SEPARATOR.get(text.charCodeAt(separator));
  if (groups === undefined) return;
  for (const group of groups) {
    const at = separator + 1 - group.anchor.length;
    if (at >= 0 && text.startsWith(group.anchor, at)) matchGroup(text, group, at, found);
  }
}

function matchGroup(text: string, { shapes, precede }: AnchorGroup, at: number, found: ShapeFound): void {
  if (precede && precede[text.charCodeAt(at - 1)] !== 1) return;
  for (const shape of shapes) matchShape(text, shape, at, found);
}

function matchShape(text: string, shape: SecretShape, at: number, found: ShapeFound): void {
  const start = shape.leads ? leadStart(text, shape.leads, at) : at;
  if (start < 0) return;
  if (shape.word && start > 0 && shape.word.test(text[start - 1]!)) return;
  shape.pattern.lastIndex = start;
  const match = shape.pattern.exec(text);
  if (!match) return;
  const secret = shape.group === undefined ? match[0] : match[shape.group];
  if (!secret) return;
  const secretStart = shape.group === undefined ? start : start + match[0].lastIndexOf(secret);
  if (shape.accept && !shape.accept(secret, text, secretStart)) return;
  found(shape, secretStart, secretStart + secret.length);
}

function leadStart(text: string, leads: readonly string[], at: number): number {
  for (const lead of leads) if (at >= lead.length && text.startsWith(lead, at - lead.length)) return at - lead.length;
  return -1;
}

/** A private key's PEM header; the label (`RSA PRIVATE KEY`, `OPENSSH PRIVATE KEY`...) is group 1. */
const PRIVATE_KEY_HEADER = /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----/y;
/** How far a key's footer may be from its header: a 16384-bit RSA key in PEM is well under this. */
const PEM_MAX_LENGTH = 16_384;
/** Where a key without its footer (cut output) ends: the first character no PEM body, escaped or not, holds. */
const PEM_BODY_END = /[^A-Za-z0-9+/=\s\\:,-]/g;

/** A PEM private key: from its header to its footer, or to where its body stops when the footer is missing. */
export interface PrivateKeyBlock {
  start: number;
  /** Just after the header. */
  bodyStart: number;
  end: number;
}

/**
 * PEM private keys, raw or with `\n` escaped in JSON, in YAML block scalars or quoted strings. Certificates and
 * other `BEGIN` text (`BEGIN CERTIFICATE`, SQL's `BEGIN TRANSACTION`) are passed over.
 */
export function findPrivateKeyBlocks(text: string, found: (block: PrivateKeyBlock) => void): void {
  // `next` only grows: a header that is not a key's moves the search past its `EGIN `, and a key past the key.
  for (let at = text.indexOf('EGIN '), next = 0; at !== -1; at = text.indexOf('EGIN ', next)) {
    next = at + 1;
    const block = privateKeyBlockAt(text, at - 6);
    if (block === undefined) continue;
    found(block);
    next = Math.max(next, block.end);
  }
}

/** The private key whose PEM header starts at `start` (its first `-`), if one does. */
export function privateKeyBlockAt(text: string, start: number): PrivateKeyBlock | undefined {
  if (start < 0) return undefined;
  PRIVATE_KEY_HEADER.lastIndex = start;
  const match = PRIVATE_KEY_HEADER.exec(text);
  if (!match) return undefined;
  const bodyStart = start + match[0].length;
  const footer = `-----END ${match[1]}-----`;
  const footerAt = text.indexOf(footer, bodyStart);
  if (footerAt !== -1 && footerAt - start < PEM_MAX_LENGTH) return { start, bodyStart, end: footerAt + footer.length };
  PEM_BODY_END.lastIndex = bodyStart;
  const stop = PEM_BODY_END.exec(text);
  return { start, bodyStart, end: stop ? stop.index : text.length };
}
