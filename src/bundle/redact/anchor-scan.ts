import { ANCHOR_SCAN_WASM } from './anchor-scan.generated.js';

/**
 * One pass over a text that lists every place where a rule of the redaction engine may start: each separator
 * (`:`, `=`, `-`) whose neighbours leave a rule something to read, and each occurrence of a probe (a token's
 * anchor, the start of encoded text). The rules then visit only those places instead of searching the whole
 * text once per anchor. The pass is WebAssembly with 128-bit vectors (anchor-scan.wat); `scanAnchorsInJs`
 * states the same rules in JavaScript, for engines without WebAssembly, and tests hold the two equal.
 *
 * The filters only ever let too much through: a place they keep may still start nothing, but a place they drop
 * is one where the rule reading it would have found nothing. Each rule's comment in separators.ts says what it
 * reads at a separator; the checks here are the first few of those.
 */
export interface Probe {
  /** ASCII text, at most 16 characters. */
  text: string;
  /** Which of its characters triggers the check: the least common in kubectl output. */
  trigger: number;
  /** Character codes (under 128) one of which must come just before the probe, when given. */
  precede?: Uint8Array;
  /** Character codes (under 128) one of which must be the probe's second character, when given. */
  second?: Uint8Array;
}

export interface AnchorRules {
  probes: readonly Probe[];
  /**
   * Whether a secret name may end with two ASCII characters, lower-cased: index second-to-last * 128 + last
   * (the first test of the key/value rule).
   */
  nameEnds: Uint8Array;
  /** Codes that come just before a `-` or `=` that ends a token's anchor. */
  beforeSeparator: Uint8Array;
}

/** Where rules may start, each list ascending: positions of the separator, or of the probe's first character. */
export interface Anchors {
  colons: Int32Array;
  equals: Int32Array;
  dashes: Int32Array;
  /** By probe, in the order of `AnchorRules.probes`. */
  probes: Int32Array[];
}

const COLON = 0x3a;
const EQUALS = 0x3d;
const DASH = 0x2d;
const TRIGGER_COLON = 0xf0;
const TRIGGER_EQUALS = 0xf1;
const TRIGGER_DASH = 0xf2;
/** Classes in the found list: the separators first, then one per probe. */
const FIRST_PROBE_CLASS = 3;
const MAX_PROBES = 60;
const MAX_PROBE_LENGTH = 16;
/** Blanks skipped back from `=` to a name; a longer run is kept for the rule to judge. */
const MAX_BLANKS = 32;

// The memory layout of anchor-scan.wat.
const TABLE = { trigger: 0x0000, beforeSeparator: 0x0300, probes: 0x0800, nameEnds: 0x44000 };
/** The byte sets of the vector test, as shufti tables. */
const VECTOR_SET = { triggers: 0x0420, beforeSeparator: 0x0480, afterTrigger: 0x04a0, beforeTrigger: 0x04c0 };
const PROBE_SIZE = 128;
const COUNTS = 0x3000;
const OUT_CAPACITY = 65_536;
const SORTED = 0x121000;
const NARROW = 0x50000;
const UTF16 = 0xa0000;
/** Characters of context before and after each window: more than any rule here looks back or ahead. */
const CONTEXT = 64;
export const ANCHOR_SCAN_WINDOW = 1 << 18;
const WINDOW = ANCHOR_SCAN_WINDOW;
/** Zero characters after a window's text, so the last block of 64 and its look-ahead read nothing stale. */
const TAIL = 96;

export type AnchorScanner = (text: string) => Anchors;

/** A scanner for these rules: WebAssembly where the engine runs it, else the same rules in JavaScript. */
export function createAnchorScanner(rules: AnchorRules): AnchorScanner {
  check(rules);
  if (typeof WebAssembly !== 'object') return (text) => scanAnchorsInJs(text, rules);
  return wasmScanner(rules);
}

function check(rules: AnchorRules): void {
  if (rules.probes.length > MAX_PROBES) throw new Error(`anchor scan: at most ${MAX_PROBES} probes`);
  for (const probe of rules.probes) {
    if (probe.text.length === 0 || probe.text.length > MAX_PROBE_LENGTH || !/^[\x21-\x7e]+$/.test(probe.text)) throw new Error(`anchor scan: probe ${JSON.stringify(probe.text)} must be 1 to ${MAX_PROBE_LENGTH} printable ASCII characters`);
    if (probe.trigger < 0 || probe.trigger >= probe.text.length) throw new Error(`anchor scan: probe ${JSON.stringify(probe.text)} has no character ${probe.trigger}`);
    if ([COLON, EQUALS, DASH].includes(probe.text.charCodeAt(probe.trigger))) throw new Error(`anchor scan: probe ${JSON.stringify(probe.text)} is triggered by a separator`);
  }
}

interface ScanExports {
  memory: WebAssembly.Memory;
  narrow(count: number): void;
  scan(from: number, to: number, capacity: number): number;
  count(): number;
  sort(count: number, base: number): void;
}

function wasmScanner(rules: AnchorRules): AnchorScanner {
  const instance = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(ANCHOR_SCAN_WASM, 'base64')));
  const wasm = instance.exports as unknown as ScanExports;
  const memory = wasm.memory.buffer;
  const bytes = new Uint8Array(memory);
  const units = new Uint16Array(memory);
  const counts = new Int32Array(memory, COUNTS, 64);
  const writer = Buffer.from(memory);
  const classes = FIRST_PROBE_CLASS + rules.probes.length;
  writeTables(bytes, rules);
  return (text) => {
    // Each class's places, a piece per call of the scan: most texts take one call, and their piece is the list.
    const pieces: Int32Array[][] = Array.from({ length: classes }, () => []);
    for (let start = 0; start < text.length; start += WINDOW) {
      // The window and its context are written so that the window's first character lands at CONTEXT; before
      // the text's start, and after its end, the scan reads zeros.
      const from = Math.max(0, start - CONTEXT);
      const to = Math.min(text.length, start + WINDOW + CONTEXT);
      const lead = CONTEXT - (start - from);
      if (lead > 0) units.fill(0, UTF16 / 2, UTF16 / 2 + lead);
      writer.write(from === 0 && to === text.length ? text : text.slice(from, to), UTF16 + lead * 2, 'utf16le');
      const written = lead + (to - from);
      units.fill(0, UTF16 / 2 + written, UTF16 / 2 + written + TAIL);
      wasm.narrow((written + TAIL) & ~15);
      const end = CONTEXT + Math.min(WINDOW, text.length - start);
      for (let at = CONTEXT; ; ) {
        const stopped = wasm.scan(at, end, OUT_CAPACITY);
        wasm.sort(wasm.count(), start - CONTEXT);
        for (let cls = 0, offset = 0; cls < classes; offset += counts[cls]!, cls++) {
          if (counts[cls]! > 0) pieces[cls]!.push(new Int32Array(memory, SORTED + offset * 4, counts[cls]!).slice());
        }
        if (stopped >= end) break;
        // The list filled up: what was found is taken, and the scan goes on where it stopped, further on.
        at = stopped;
      }
    }
    const [colons, equals, dashes, ...probes] = pieces.map(joined);
    return { colons: colons!, equals: equals!, dashes: dashes!, probes };
  };
}

const NONE = new Int32Array(0);

function joined(pieces: readonly Int32Array[]): Int32Array {
  if (pieces.length <= 1) return pieces[0] ?? NONE;
  const all = new Int32Array(pieces.reduce((n, piece) => n + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    all.set(piece, at);
    at += piece.length;
  }
  return all;
}

function writeTables(bytes: Uint8Array, rules: AnchorRules): void {
  const trigger = bytes.subarray(TABLE.trigger, TABLE.trigger + 256);
  trigger[COLON] = TRIGGER_COLON;
  trigger[EQUALS] = TRIGGER_EQUALS;
  trigger[DASH] = TRIGGER_DASH;
  bytes.set(rules.nameEnds, TABLE.nameEnds);
  bytes.set(rules.beforeSeparator, TABLE.beforeSeparator);
  // Chains of probes that share a trigger character: each link points further down the table.
  const lastOfChain = new Map<number, number>();
  for (const [index, probe] of rules.probes.entries()) {
    const record = TABLE.probes + index * PROBE_SIZE;
    const code = probe.text.charCodeAt(probe.trigger);
    bytes[record] = probe.text.length;
    bytes[record + 1] = probe.trigger;
    bytes[record + 3] = FIRST_PROBE_CLASS + index;
    bytes[record + 4] = (probe.precede ? 1 : 0) | (probe.second ? 2 : 0);
    for (let k = 0; k < probe.text.length; k++) bytes[record + 8 + k] = probe.text.charCodeAt(k);
    if (probe.precede) writeSet(bytes, record + 32, probe.precede);
    if (probe.second) writeSet(bytes, record + 64, probe.second);
    const previous = lastOfChain.get(code);
    if (previous === undefined) trigger[code] = index + 1;
    else bytes[TABLE.probes + previous * PROBE_SIZE + 2] = index + 1;
    lastOfChain.set(code, index);
  }
  // The vector test's sets. A probe's trigger is worth checking only next to a character that the probe has
  // there: so every probe must say something of its trigger's neighbours.
  const afterTrigger = new Set<number>();
  const beforeTrigger = new Set<number>();
  for (const probe of rules.probes) {
    const { text, trigger: at } = probe;
    const after = at + 1 < text.length ? [text.charCodeAt(at + 1)] : at === 0 && probe.second ? codesOf(probe.second) : [];
    const before = at > 0 ? [text.charCodeAt(at - 1)] : probe.precede ? codesOf(probe.precede) : [];
    if (after.length === 0 && before.length === 0) throw new Error(`anchor scan: probe ${JSON.stringify(text)} says nothing of the characters next to its trigger`);
    for (const code of after) afterTrigger.add(code);
    for (const code of before) beforeTrigger.add(code);
  }
  writeShufti(bytes, VECTOR_SET.triggers, (code) => trigger[code]! > 0 && trigger[code]! < TRIGGER_COLON);
  writeShufti(bytes, VECTOR_SET.beforeSeparator, (code) => rules.beforeSeparator[code] === 1);
  writeShufti(bytes, VECTOR_SET.afterTrigger, (code) => afterTrigger.has(code));
  writeShufti(bytes, VECTOR_SET.beforeTrigger, (code) => beforeTrigger.has(code));
}

function codesOf(set: Uint8Array): number[] {
  return [...set.keys()].filter((code) => set[code] === 1);
}

/**
 * A byte set as shufti tables: a byte is in it when the bucket of its high nibble is among those of its low
 * nibble. One bucket per high nibble makes the test exact, for sets that span at most 8 high nibbles.
 */
function writeShufti(bytes: Uint8Array, at: number, inSet: (code: number) => boolean): void {
  const buckets = new Map<number, number>();
  for (let code = 0; code < 256; code++) {
    if (!inSet(code)) continue;
    const high = code >> 4;
    if (!buckets.has(high)) buckets.set(high, buckets.size);
    const bucket = buckets.get(high)!;
    if (bucket > 7) throw new Error('anchor scan: a byte set spans more than 8 high nibbles');
    bytes[at + 16 + high] = 1 << bucket;
    bytes[at + (code & 15)]! |= 1 << bucket;
  }
}

function writeSet(bytes: Uint8Array, at: number, set: Uint8Array): void {
  for (let code = 0; code < Math.min(128, set.length); code++) if (set[code] === 1) bytes[at + (code >> 3)]! |= 1 << (code & 7);
}

/**
 * The scan's rules in JavaScript, over the whole text at once. A character above 0xFF reads as 0xFF, and
 * nothing (before the start, after the end) as 0, as in the WebAssembly scan.
 */
export function scanAnchorsInJs(text: string, rules: AnchorRules): Anchors {
  const anchors = { colons: [] as number[], equals: [] as number[], dashes: [] as number[], probes: rules.probes.map((): number[] => []) };
  const at = (i: number): number => (i < 0 || i >= text.length ? 0 : Math.min(text.charCodeAt(i), 0xff));
  const nameEnding = (end: number): boolean => {
    const last = at(end - 1);
    const second = at(end - 2);
    return last < 0x80 && second < 0x80 && rules.nameEnds[((second | 0x20) & 0x7f) * 128 + ((last | 0x20) & 0x7f)] === 1;
  };
  const beforeQuote = (end: number): number => end - 1 - (at(end - 2) === 0x5c ? 1 : 0);
  for (let i = 0; i < text.length; i++) {
    const code = at(i);
    const prev = at(i - 1);
    const next = at(i + 1);
    if (code === COLON) {
      if (next === 0x2f) anchors.colons.push(i);
      else if (prev >= 0x30 && prev <= 0x39) continue;
      else if (prev === 0x22 || prev <= 0x20 || prev >= 0x80 || (prev === 0x44 && at(i - 2) === 0x45) || (prev === 0x65 && at(i - 2) === 0x75)) anchors.colons.push(i);
      else if (nameEnding(prev === 0x27 ? beforeQuote(i) : i)) anchors.colons.push(i);
    } else if (code === EQUALS) {
      if (rules.beforeSeparator[prev] === 1) {
        anchors.equals.push(i);
        continue;
      }
      let end = i;
      let blanks = 0;
      while (at(end - 1) === 0x20 || at(end - 1) === 0x09) {
        if (blanks++ === MAX_BLANKS) break;
        end--;
      }
      if (blanks > MAX_BLANKS) {
        anchors.equals.push(i);
        continue;
      }
      if (at(end - 1) === 0x22 || at(end - 1) === 0x27) end = beforeQuote(end);
      if (nameEnding(end)) anchors.equals.push(i);
    } else if (code === DASH) {
      if (next === DASH || next === 0x75 || rules.beforeSeparator[prev] === 1) anchors.dashes.push(i);
    } else {
      for (const [index, probe] of rules.probes.entries()) {
        if (probe.text.charCodeAt(probe.trigger) !== code) continue;
        const start = i - probe.trigger;
        if (start < 0 || !text.startsWith(probe.text, start)) continue;
        if (probe.precede && probe.precede[at(start - 1)] !== 1) continue;
        if (probe.second && probe.second[at(start + 1)] !== 1) continue;
        anchors.probes[index]!.push(start);
      }
    }
  }
  const typed = (list: number[]): Int32Array => Int32Array.from(list);
  return { colons: typed(anchors.colons), equals: typed(anchors.equals), dashes: typed(anchors.dashes), probes: anchors.probes.map(typed) };
}
