import { PRIORITY, type Finding } from './finding.js';

/** Below this, a literal is matched only as a whole word, so a short password does not eat every word it is part of. */
const SHORT_LITERAL = 6;
/** A base64 fragment shorter than this turns up by chance in any long base64 text (certificates), so it is not searched. */
const MIN_EMBEDDED_CORE = 16;
const BASE64_CHAR = /[A-Za-z0-9+/=_-]/;
const PROBE_LENGTH = 6;
const WORD_CHAR = /[A-Za-z0-9_]/;

interface Needle {
  text: string;
  /** Searched from this offset into `text`, where an uncommon character makes the search skip faster. */
  from: number;
  /** What is searched for, from `from`: see `probeOf`. */
  probe: string;
  /** The literal this form encodes: every form of one literal shares its placeholder. */
  literal: string;
  /** Found inside a longer base64 text: the whole base64 run around it is the secret. */
  embedded: boolean;
  wholeWord: boolean;
}

/**
 * The forms a literal secret takes in kubectl output: as is, JSON-escaped, base64 (standard and URL-safe,
 * alone or wrapped at 76 or 64 columns) and inside longer base64 text at each of the three byte alignments.
 */
export class LiteralMatcher {
  private readonly needles: Needle[] = [];
  private readonly seen = new Set<string>();
  /** Each literal's base64 encodings alone (padded, unpadded, URL-safe): a run equal to one is that literal. */
  private readonly encodings = new Map<string, Set<string>>();

  constructor(literals: readonly string[]) {
    for (const literal of literals) this.add(literal);
  }

  get size(): number {
    return this.seen.size;
  }

  /** Changes with every literal added: the anchor scan lists each needle's probe, and is made anew when they change. */
  get version(): number {
    return this.needles.length;
  }

  /** What each needle is found by, in order: its probe, from an uncommon character on. */
  probes(): string[] {
    return this.needles.map((needle) => needle.probe);
  }

  add(literal: string): void {
    if (literal.trim() === '' || this.seen.has(literal)) return;
    this.seen.add(literal);
    const short = literal.length < SHORT_LITERAL;
    const forms = new Set<string>([literal]);
    const escaped = JSON.stringify(literal).slice(1, -1);
    forms.add(escaped);
    forms.add(JSON.stringify(escaped).slice(1, -1));
    for (const form of forms) this.needles.push(needleFor(form, literal, false, short));
    const bytes = Buffer.from(literal, 'utf8');
    const encoded = bytes.toString('base64');
    this.encodings.set(literal, new Set([encoded, encoded.replace(/=+$/, ''), bytes.toString('base64url')]));
    const cores = [0, 1, 2].map((alignment) => embeddedCore(bytes, alignment));
    // A long enough literal is found in base64 by its three cores: the one at alignment 0 also starts its own
    // encoding, so the run around a hit tells a value encoded alone from one inside a longer blob.
    const standalone = cores[0]!.length >= MIN_EMBEDDED_CORE ? new Set<string>() : new Set(this.encodings.get(literal));
    for (const width of [76, 64]) if (encoded.length > width) standalone.add(encoded.replace(new RegExp(`(.{${width}})(?!$)`, 'g'), '$1\n'));
    for (const form of standalone) this.needles.push(needleFor(form, literal, false, true));
    for (const core of cores) if (core.length >= MIN_EMBEDDED_CORE) this.needles.push(needleFor(core, literal, true, false));
    // URL-safe base64 is found where it stands alone (a token, a URL parameter), not inside longer URL-safe text.
    const urlSafe = bytes.toString('base64url');
    if (cores[0]!.length >= MIN_EMBEDDED_CORE && urlSafe.slice(0, cores[0]!.length) !== cores[0]) {
      this.needles.push(needleFor(urlSafe, literal, false, true));
    }
  }

  /**
   * `hits`, when given, lists by needle where its probe occurs, ascending (the anchor scan's lists; a needle
   * without one is searched for here).
   */
  find(text: string, out: Finding[], hits: readonly (readonly number[] | undefined)[] = []): void {
    for (const [index, needle] of this.needles.entries()) {
      const listed = hits[index];
      if (listed) {
        // Places inside a run of the same needle found just before are part of it, as the search below skips them.
        let skipTo = 0;
        for (const hit of listed) if (hit >= skipTo) skipTo = this.foundAt(text, needle, hit, out);
        continue;
      }
      const { probe } = needle;
      for (let hit = text.indexOf(probe, needle.from); hit !== -1; hit = text.indexOf(probe, this.foundAt(text, needle, hit, out))) {}
    }
  }

  /** The needle at its probe's place `hit`, when it is there; returns where its next search starts. */
  private foundAt(text: string, needle: Needle, hit: number, out: Finding[]): number {
    const at = hit - needle.from;
    if (at < 0 || !text.startsWith(needle.text, at)) return hit + 1;
    let start = at;
    let end = at + needle.text.length;
    if (needle.embedded) {
      while (start > 0 && BASE64_CHAR.test(text[start - 1]!)) start--;
      while (end < text.length && BASE64_CHAR.test(text[end]!)) end++;
    } else if (needle.wholeWord) {
      const boundary = needle.text === needle.literal ? WORD_CHAR : BASE64_CHAR;
      if ((start > 0 && boundary.test(text[start - 1]!)) || (end < text.length && boundary.test(text[end]!))) return hit + 1;
    }
    const exact = end - start === needle.text.length || this.encodings.get(needle.literal)!.has(text.slice(start, end));
    out.push({ start, end, kind: 'value', rule: 'literal', priority: PRIORITY.literal, ...(exact ? { identity: needle.literal } : {}) });
    return end + needle.from;
  }
}

/**
 * The base64 characters that depend only on the literal's bytes when they sit `alignment` bytes into a longer
 * encoded text: a character holds 6 bits, so those sharing bits with the neighbours are left out.
 */
function embeddedCore(bytes: Buffer, alignment: number): string {
  const encoded = Buffer.concat([Buffer.alloc(alignment), bytes]).toString('base64');
  const firstBit = alignment * 8;
  const endBit = firstBit + bytes.length * 8;
  const first = Math.ceil(firstBit / 6);
  const last = Math.floor(endBit / 6);
  return encoded.slice(first, last);
}

function needleFor(text: string, literal: string, embedded: boolean, wholeWord: boolean): Needle {
  const from = searchOffset(text);
  return { text, from, probe: probeOf(text, from), literal, embedded, wholeWord };
}

/**
 * A short probe from an uncommon character on, checked whole where it is found: V8 searches a string of up to
 * six characters by a native scan for its first one, which is fastest when that one is rare, and a longer one by
 * table-driven skipping, which is better when it is not.
 */
function probeOf(text: string, from: number): string {
  return COMMON.has(text[from]!) ? text.slice(from) : text.slice(from, from + PROBE_LENGTH);
}

/** Characters common in kubectl output: a search that starts on one of them stops at almost every line. */
const COMMON = new Set(' etaoinsrhldcumpfgywb-_.:/"\'\n0123456789=,');

/** The first offset, among the first eight, whose character is uncommon, keeping at least four characters to search. */
function searchOffset(needle: string): number {
  for (let i = 0; i < Math.min(8, needle.length - 4); i++) if (!COMMON.has(needle[i]!)) return i;
  return 0;
}
