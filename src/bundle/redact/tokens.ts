import { PRIORITY, type Finding } from './finding.js';

/**
 * Token formats that are secrets wherever they appear. Each shape is tried only where one of its anchors
 * occurs: a short literal chosen to start with an uncommon character, because searching for it is what every
 * clean line pays. The pattern is sticky and starts `back` characters before the anchor (or where `startAt` says).
 */
interface TokenShape {
  rule: string;
  kind: string;
  anchors: readonly string[];
  back?: number;
  startAt?: (text: string, anchorAt: number) => number;
  pattern: RegExp;
  /** The secret is this group, not the whole match (the rest is context such as the key name). */
  group?: number;
  /** Characters that must not come just before the match (a token inside a longer word is something else). After it,
   * the pattern takes as much as it can: a token glued to the next word is still masked whole. */
  word?: RegExp;
  /** Characters one of which must come just before the anchor: a cheap test before `startAt` and the pattern. */
  precede?: string;
  /** A last check on the secret, for shapes a pattern cannot pin down alone. */
  accept?: (secret: string, text: string, start: number) => boolean;
}

const ALNUM = /[A-Za-z0-9]/;
const WORD = /[A-Za-z0-9_]/;
const URL_SAFE = /[A-Za-z0-9_-]/;

/** Where a pattern starts that an underscore anchors: `gh?_`, `npm_`, `sk_live_`, `github_pat_`, `private_key_id`. */
const before = (prefix: string) => (text: string, at: number) => (text.startsWith(prefix, at - prefix.length) ? at - prefix.length : -1);

const SHAPES: readonly TokenShape[] = [
  { rule: 'aws-access-key-id', kind: 'aws-access-key-id', anchors: ['AKIA', 'ASIA'], pattern: /A[KS]IA[A-Z0-9]{16,}/y, word: ALNUM },
  {
    rule: 'github-token',
    kind: 'github-token',
    anchors: ['_'],
    precede: 'pousr',
    startAt: (text, at) => (text[at - 3] === 'g' && text[at - 2] === 'h' && 'pousr'.includes(text[at - 1]!) ? at - 3 : -1),
    pattern: /gh[pousr]_[A-Za-z0-9]{36,255}/y,
    word: WORD,
  },
  { rule: 'github-token', kind: 'github-token', anchors: ['_'], precede: 'b', startAt: before('github'), pattern: /github_pat_[A-Za-z0-9_]{22,255}/y, word: WORD },
  { rule: 'npm-token', kind: 'npm-token', anchors: ['_'], precede: 'm', startAt: before('npm'), pattern: /npm_[A-Za-z0-9]{36,}/y, word: WORD },
  {
    rule: 'stripe-key',
    kind: 'stripe-key',
    anchors: ['_'],
    precede: 'k',
    startAt: (text, at) => ((text[at - 2] === 's' || text[at - 2] === 'r') && text[at - 1] === 'k' ? at - 2 : -1),
    pattern: /[sr]k_(?:live|test)_[0-9A-Za-z]{16,}/y,
    word: WORD,
  },
  { rule: 'gcp-service-account', kind: 'gcp-key-id', anchors: ['_'], precede: 'e', startAt: before('private'), pattern: /private_key_id\\?"\s*:\s*\\?"([0-9a-f]{40})\\?"/y, group: 1 },
  { rule: 'gitlab-token', kind: 'gitlab-token', anchors: ['glpat-'], pattern: /glpat-[A-Za-z0-9_-]{20,}/y, word: URL_SAFE },
  // The workspace and channel ids stay readable; the path's last part is the credential.
  { rule: 'slack-webhook', kind: 'slack-webhook', anchors: ['hooks.'], pattern: /hooks\.slack\.com\/(?:services|workflows)\/(T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{16,})/y, group: 1 },
  { rule: 'slack-token', kind: 'slack-token', anchors: ['xox'], pattern: /xox[abposr]-[A-Za-z0-9-]{10,}/y, word: URL_SAFE },
  { rule: 'vault-token', kind: 'vault-token', anchors: ['hv'], pattern: /hv[sbr]\.[A-Za-z0-9_-]{24,}/y, word: /[A-Za-z0-9_.]/ },
  { rule: 'gcp-api-key', kind: 'gcp-api-key', anchors: ['AIza'], pattern: /AIza[0-9A-Za-z_-]{35,}/y, word: URL_SAFE },
  { rule: 'azure-storage-key', kind: 'azure-key', anchors: ['Key='], pattern: /Key=([A-Za-z0-9+/]{20,}={0,2})/y, group: 1, accept: (_secret, text, start) => /(?:Account|SharedAccess)Key=$/.test(text.slice(start - 21, start)) },
  // Three base64url parts whose header is JSON naming an algorithm; an unsigned token still leaks its claims.
  { rule: 'jwt', kind: 'jwt', anchors: ['yJ'], back: 1, pattern: /eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*/y, word: URL_SAFE, accept: isJwt },
  { rule: 'authorization-header', kind: 'bearer-token', anchors: ['Bearer', 'bearer'], pattern: /bearer[ \t]+([A-Za-z0-9._~+/-]{12,}=*)/iy, group: 1 },
  {
    rule: 'authorization-header',
    kind: 'basic-auth',
    anchors: ['Basic '],
    pattern: /Basic[ \t]+([A-Za-z0-9+/]{4,}={0,2})/y,
    group: 1,
    accept: (_secret, text, start) => /authorization["']?[ \t]*[:=][ \t]*["']?Basic[ \t]+$/i.test(text.slice(Math.max(0, start - 40), start)),
  },
];

interface AnchorGroup {
  anchor: string;
  shapes: TokenShape[];
  /** When every shape of the anchor says what precedes it: the character codes that may. */
  precede?: Uint8Array;
}

const GROUPS = new Map<string, AnchorGroup>();
for (const shape of SHAPES) {
  for (const anchor of shape.anchors) {
    const group = GROUPS.get(anchor) ?? { anchor, shapes: [] };
    group.shapes.push(shape);
    GROUPS.set(anchor, group);
  }
}
for (const group of GROUPS.values()) {
  if (!group.shapes.every((shape) => shape.precede)) continue;
  group.precede = new Uint8Array(128);
  for (const shape of group.shapes) for (const c of shape.precede!) group.precede[c.charCodeAt(0)] = 1;
}

/**
 * What is searched: an anchor, or the first character of several anchors that share it (`AKIA`, `ASIA` and
 * `AIza` are one search for `A`). A search costs little per text when the character it starts with is
 * uncommon, and about the same per place that character occurs whether the anchor is checked there natively
 * or here, so anchors that share an uncommon first character are cheaper searched together.
 */
interface Search {
  probe: string;
  groups: AnchorGroup[];
  /** For a shared first character: the character codes that may follow it, so most places cost one lookup. */
  second?: Uint8Array;
}

const SEARCHES: Search[] = [];
for (const group of GROUPS.values()) {
  const first = group.anchor[0]!;
  const shared = SEARCHES.find((search) => search.groups[0]!.anchor[0] === first);
  if (shared) {
    shared.probe = first;
    shared.groups.push(group);
  } else {
    SEARCHES.push({ probe: group.anchor, groups: [group] });
  }
}
for (const search of SEARCHES) {
  if (search.groups.length === 1) continue;
  search.second = new Uint8Array(128);
  for (const { anchor } of search.groups) search.second[anchor.charCodeAt(1)] = 1;
}

function isJwt(token: string): boolean {
  const header = token.slice(0, token.indexOf('.'));
  try {
    const decoded = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as unknown;
    return typeof decoded === 'object' && decoded !== null && 'alg' in decoded;
  } catch {
    return false;
  }
}

export function findTokens(text: string, out: Finding[]): void {
  for (const { probe, groups, second } of SEARCHES) {
    for (let at = text.indexOf(probe); at !== -1; at = text.indexOf(probe, at + 1)) {
      if (second && second[text.charCodeAt(at + 1)] !== 1) continue;
      for (const { anchor, shapes, precede } of groups) {
        if (anchor.length > probe.length && !text.startsWith(anchor, at)) continue;
        if (precede && precede[text.charCodeAt(at - 1)] !== 1) continue;
        for (const shape of shapes) matchShape(text, shape, at, out);
      }
    }
  }
  findPrivateKeys(text, out);
}

function matchShape(text: string, shape: TokenShape, at: number, out: Finding[]): void {
  const start = shape.startAt ? shape.startAt(text, at) : at - (shape.back ?? 0);
  if (start < 0) return;
  if (shape.word && start > 0 && shape.word.test(text[start - 1]!)) return;
  shape.pattern.lastIndex = start;
  const match = shape.pattern.exec(text);
  if (!match) return;
  const secret = shape.group === undefined ? match[0] : match[shape.group];
  if (!secret) return;
  const secretStart = shape.group === undefined ? start : start + match[0].lastIndexOf(secret);
  if (shape.accept && !shape.accept(secret, text, secretStart)) return;
  out.push({ start: secretStart, end: secretStart + secret.length, kind: shape.kind, rule: shape.rule, priority: PRIORITY.shape });
}

const PEM_BEGIN = /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----/y;
/** How far a key's footer may be from its header: a 16384-bit RSA key in PEM is well under this. */
const PEM_MAX_LENGTH = 16_384;
/** Where a key without its footer (cut output) ends: the first character no PEM body, escaped or not, holds. */
const PEM_BODY_END = /[^A-Za-z0-9+/=\s\\:,-]/g;

/**
 * PEM private keys, raw or with `\n` escaped in JSON, in YAML block scalars or quoted strings: everything from
 * the header to the footer. The identity ignores the line breaks and their escaping, so the same key in a
 * manifest and in its last-applied annotation gets one placeholder.
 */
function findPrivateKeys(text: string, out: Finding[]): void {
  // `next` only grows: a header that is not a key's (`BEGIN CERTIFICATE`, SQL's `BEGIN TRANSACTION`) moves the
  // search past its `EGIN `, and a key moves it past the key.
  for (let at = text.indexOf('EGIN '), next = 0; at !== -1; at = text.indexOf('EGIN ', next)) {
    next = at + 1;
    const start = at - 6;
    if (start < 0) continue;
    PEM_BEGIN.lastIndex = start;
    const match = PEM_BEGIN.exec(text);
    if (!match) continue;
    const footer = `-----END ${match[1]}-----`;
    const footerAt = text.indexOf(footer, start);
    let end: number;
    if (footerAt !== -1 && footerAt - start < PEM_MAX_LENGTH) {
      end = footerAt + footer.length;
    } else {
      PEM_BODY_END.lastIndex = start + match[0].length;
      const stop = PEM_BODY_END.exec(text);
      end = stop ? stop.index : text.length;
    }
    const identity = `pem:${text.slice(start, end).replace(/\\[nr]|\s|\\/g, '')}`;
    out.push({ start, end, kind: 'private-key', rule: 'private-key', priority: PRIORITY.shape, identity });
    next = Math.max(next, end);
  }
}
