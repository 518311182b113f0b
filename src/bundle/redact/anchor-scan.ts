// One pass over a text that lists every place where a rule of the redaction engine may start: each separator
// (`:`, `=`, `-`) whose neighbours leave a rule something to read, and each occurrence of a probe (a token's
// anchor after its lead, the start of encoded text, a literal's probe). The rules then visit only those places
// instead of searching the whole text once per anchor. The pass is WebAssembly with 128-bit vectors
// (anchor-scan.wat); `scanAnchorsInJs` states the same rules in JavaScript, for engines without WebAssembly, and
// tests hold the two equal.
//
// The filters only ever let too much through: a place they keep may still start nothing, but a place they drop
// is one where the rule reading it would have found nothing. Each rule's comment in separators.ts says what it
// reads at a separator; the checks here are the first few of those.
import { ANCHOR_SCAN_WASM } from './anchor-scan.generated.js';

/** A string whose places the scan lists. */
export interface Probe {
  /** Printable ASCII, 2 to 16 characters. */
  text: string;
  /** Which of its characters triggers the check: the least common in kubectl output. */
  trigger: number;
  /** Which of its characters is the place reported (a token's anchor after its lead: `_` in `ghp_`). */
  report: number;
  /** The list its places go to; probes of one list report at the same distance from their trigger. */
  list: number;
}

export interface AnchorRules {
  probes: readonly Probe[];
  /** The words secret names end with, lower case (the first test of the key/value rule, made on any case). */
  nameEndings: readonly string[];
  /** Codes that come just before a `-` or `=` that ends a token's anchor. */
  beforeSeparator: Uint8Array;
}

/** Where rules may start, each list ascending: positions of the separator, or of the character a probe reports. */
export interface Anchors {
  colons: number[];
  equals: number[];
  dashes: number[];
  /** By the probes' `list`. */
  lists: number[][];
}

const COLON = 0x3a;
const EQUALS = 0x3d;
const DASH = 0x2d;
/** What TRIGGER holds for each separator: which of the module's separator checks it gets. */
const SEPARATOR_TRIGGERS: readonly (readonly [code: number, check: number])[] = [
  [COLON, 0xf0],
  [EQUALS, 0xf1],
  [DASH, 0xf2],
];
/** Classes in the found list: the separators first, then one per probe. */
const FIRST_PROBE_CLASS = 3;
/** How many probes and lists a scan takes, and how long a probe may be. */
export const ANCHOR_SCAN_LIMITS = { probes: 64, lists: 60, probeLength: 16 } as const;

/** Whether a probe's text is one the scan takes: 2 to 16 printable ASCII characters. */
export function isProbeText(text: string): boolean {
  return text.length >= 2 && text.length <= ANCHOR_SCAN_LIMITS.probeLength && /^[\x20-\x7e]+$/.test(text);
}
/** Blanks skipped back from a separator to a name; a longer run is kept for the rule to judge. */
const MAX_BLANKS = 32;
/** What the rules at a colon skip as blanks (all ASCII whitespace), and at an equals sign (spaces and tabs). */
const COLON_BLANKS = (code: number): boolean => code === 0x20 || (code >= 0x09 && code <= 0x0d);
const EQUALS_BLANKS = (code: number): boolean => code === 0x20 || code === 0x09;

// The memory layout of anchor-scan.wat.
const TABLE = { trigger: 0x0000, beforeSeparator: 0x0300, probes: 0x0800, nameEnds: 0x161000 };
/** Where the small tables end (all but NAME_ENDS): they are cleared before other rules are written. */
const TABLES_END = 0x1000;
/** The byte sets of the vector test, as shufti tables. */
const VECTOR_SET = { triggers: 0x0420, afterTrigger: 0x0440, beforeTrigger: 0x0460 };
const PROBE_SIZE = 32;
const COUNTS = 0x3000;
const OUT_CAPACITY = 65_536;
const SORTED = 0x121000;
const NARROW = 0x50000;
const UTF16 = 0xa0000;
const ASCII = new TextEncoder();
/** Characters of context before and after each window: more than any rule here looks back or ahead. */
const CONTEXT = 64;
export const ANCHOR_SCAN_WINDOW = 1 << 18;
/** Zero characters after a window's text, so the last block of 64 and its look-ahead read nothing stale. */
const TAIL = 96;

/** Scans one text; `engine` says which of the two does it. */
export type AnchorScanner = ((text: string) => Anchors) & { engine: 'webassembly' | 'javascript' };

/** A scanner for these rules: WebAssembly where the engine runs it, else the same rules in JavaScript. */
export function createAnchorScanner(rules: AnchorRules): AnchorScanner {
  check(rules);
  const module = compiledScan();
  if (module) return Object.assign(wasmScanner(module, rules), { engine: 'webassembly' as const });
  return Object.assign((text: string) => scanAnchorsInJs(text, rules), { engine: 'javascript' as const });
}

let compiled: WebAssembly.Module | null | undefined;

/** The scan's module, compiled once; null where the engine has no WebAssembly or lacks its vector instructions. */
function compiledScan(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  try {
    compiled = typeof WebAssembly === 'object' ? new WebAssembly.Module(Buffer.from(ANCHOR_SCAN_WASM, 'base64')) : null;
  } catch {
    compiled = null;
  }
  return compiled;
}

function listCount(rules: AnchorRules): number {
  return Math.max(0, ...rules.probes.map((probe) => probe.list + 1));
}

function check(rules: AnchorRules): void {
  const { probes: maxProbes, lists: maxLists, probeLength } = ANCHOR_SCAN_LIMITS;
  if (rules.probes.length > maxProbes) throw new Error(`anchor scan: at most ${maxProbes} probes`);
  const distance = new Map<number, number>();
  for (const probe of rules.probes) {
    if (!isProbeText(probe.text)) throw new Error(`anchor scan: probe ${JSON.stringify(probe.text)} must be 2 to ${probeLength} printable ASCII characters`);
    if (probe.trigger < 0 || probe.trigger >= probe.text.length || probe.report < 0 || probe.report >= probe.text.length) throw new Error(`anchor scan: probe ${JSON.stringify(probe.text)} has no character ${probe.trigger} or ${probe.report}`);
    if (probe.list < 0 || probe.list >= maxLists) throw new Error(`anchor scan: probe ${JSON.stringify(probe.text)} names list ${probe.list}, not one of 0 to ${maxLists - 1}`);
    // Places of one list stay in order only if every probe of it reports at the same distance from its trigger.
    if ((distance.get(probe.list) ?? probe.report - probe.trigger) !== probe.report - probe.trigger) throw new Error(`anchor scan: the probes of list ${probe.list} report at different distances from their triggers`);
    distance.set(probe.list, probe.report - probe.trigger);
    if (SEPARATOR_TRIGGERS.some(([code]) => code === probe.text.charCodeAt(probe.trigger))) throw new Error(`anchor scan: probe ${JSON.stringify(probe.text)} is triggered by a separator`);
  }
}

interface ScanExports {
  memory: WebAssembly.Memory;
  narrow(count: number): void;
  scan(from: number, to: number, capacity: number): number;
  count(): number;
  sort(count: number, base: number): void;
}

/** The one instance every scanner shares (its memory is 1.7 MB), with the rules its tables hold now. */
interface SharedScan {
  wasm: ScanExports;
  memory: ArrayBuffer;
  bytes: Uint8Array;
  units: Uint16Array;
  counts: Int32Array;
  writer: Buffer;
  rules?: AnchorRules;
}

let shared: SharedScan | undefined;

function sharedScan(module: WebAssembly.Module): SharedScan {
  if (shared) return shared;
  const wasm = new WebAssembly.Instance(module).exports as unknown as ScanExports;
  const memory = wasm.memory.buffer;
  shared = { wasm, memory, bytes: new Uint8Array(memory), units: new Uint16Array(memory), counts: new Int32Array(memory, COUNTS, 64), writer: Buffer.from(memory) };
  return shared;
}

function wasmScanner(module: WebAssembly.Module, rules: AnchorRules): (text: string) => Anchors {
  const scan = sharedScan(module);
  const { wasm, memory, bytes, units, counts, writer } = scan;
  const classes = FIRST_PROBE_CLASS + listCount(rules);
  return (text) => {
    if (scan.rules !== rules) {
      writeTables(scan.bytes, rules, scan.rules);
      scan.rules = rules;
    }
    // Every call of the scan sorts its places by class; they are gathered in one scratch buffer, with how many
    // each class has, and handed out by class at the end.
    const calls: number[] = [];
    let gathered = 0;
    for (let start = 0; start < text.length; start += ANCHOR_SCAN_WINDOW) {
      // The window and its context are written so that the window's first character lands at CONTEXT; before
      // the text's start, and after its end, the scan reads zeros.
      const from = Math.max(0, start - CONTEXT);
      const to = Math.min(text.length, start + ANCHOR_SCAN_WINDOW + CONTEXT);
      const lead = CONTEXT - (start - from);
      const part = from === 0 && to === text.length ? text : text.slice(from, to);
      const written = lead + part.length;
      // ASCII, as most kubectl output is, is encoded straight to one byte a character; any other text goes
      // through UTF-16, whose units above 0xFF the module narrows to 0xFF.
      const ascii = ASCII.encodeInto(part, bytes.subarray(NARROW + lead, NARROW + written));
      if (ascii.read === part.length && ascii.written === part.length) {
        bytes.fill(0, NARROW, NARROW + lead);
        bytes.fill(0, NARROW + written, NARROW + written + TAIL);
      } else {
        units.fill(0, UTF16 / 2, UTF16 / 2 + lead);
        writer.write(part, UTF16 + lead * 2, 'utf16le');
        units.fill(0, UTF16 / 2 + written, UTF16 / 2 + written + TAIL);
        wasm.narrow((written + TAIL) & ~15);
      }
      const end = CONTEXT + Math.min(ANCHOR_SCAN_WINDOW, text.length - start);
      for (let at = CONTEXT; ; ) {
        const stopped = wasm.scan(at, end, OUT_CAPACITY);
        const count = wasm.count();
        wasm.sort(count, start - CONTEXT);
        scratch = room(scratch, gathered + count);
        scratch.set(new Int32Array(memory, SORTED, count), gathered);
        gathered += count;
        for (let cls = 0; cls < classes; cls++) calls.push(counts[cls]!);
        if (stopped >= end) break;
        // The list filled up: what was found is taken, and the scan goes on where it stopped, further on.
        at = stopped;
      }
    }
    const [colons, equals, dashes, ...lists] = byClass(scratch, calls, classes);
    return { colons: colons!, equals: equals!, dashes: dashes!, lists };
  };
}

/** Where the places of one text are gathered, reused by every text. */
let scratch: Int32Array = new Int32Array(1 << 16);

/** `buffer`, or a larger one holding what it held, with room for `size` places. */
function room(buffer: Int32Array, size: number): Int32Array {
  if (size <= buffer.length) return buffer;
  const larger = new Int32Array(Math.max(size, buffer.length * 2));
  larger.set(buffer);
  return larger;
}

/**
 * The gathered places as one list per class: `calls` holds, call after call, how many of each class it found.
 * Plain arrays: a typed array's views cost more to make than a short text's places cost to copy.
 */
function byClass(gathered: Int32Array, calls: readonly number[], classes: number): number[][] {
  const lists: number[][] = [];
  for (let cls = 0; cls < classes; cls++) lists.push([]);
  for (let call = 0, at = 0; call < calls.length / classes; call++) {
    for (let cls = 0; cls < classes; cls++) {
      const list = lists[cls]!;
      for (const end = at + calls[call * classes + cls]!; at < end; at++) list.push(gathered[at]!);
    }
  }
  return lists;
}

/** The rules' tables, over those of the rules written before (`previous`). */
function writeTables(bytes: Uint8Array, rules: AnchorRules, previous: AnchorRules | undefined): void {
  bytes.fill(0, 0, TABLES_END);
  const trigger = bytes.subarray(TABLE.trigger, TABLE.trigger + 256);
  for (const [code, check] of SEPARATOR_TRIGGERS) trigger[code] = check;
  if (previous?.nameEndings !== rules.nameEndings) bytes.set(nameEndBitsOf(rules.nameEndings), TABLE.nameEnds);
  bytes.set(rules.beforeSeparator, TABLE.beforeSeparator);
  // Chains of probes that share a trigger character: each link points further down the table.
  const lastOfChain = new Map<number, number>();
  for (const [index, probe] of rules.probes.entries()) {
    const record = TABLE.probes + index * PROBE_SIZE;
    const code = probe.text.charCodeAt(probe.trigger);
    bytes[record] = probe.text.length;
    bytes[record + 1] = probe.trigger;
    bytes[record + 3] = FIRST_PROBE_CLASS + probe.list;
    bytes[record + 4] = probe.report;
    for (let k = 0; k < probe.text.length; k++) bytes[record + 8 + k] = probe.text.charCodeAt(k);
    const previous = lastOfChain.get(code);
    if (previous === undefined) trigger[code] = index + 1;
    else bytes[TABLE.probes + previous * PROBE_SIZE + 2] = index + 1;
    lastOfChain.set(code, index);
  }
  writeVectorSets(bytes, rules);
}

/**
 * The vector test's byte sets, which turn most places away before the scalar checks. Each set maps a byte to
 * bucket bits, and a place passes where its character's bucket is among those of the characters next to it: a
 * probe's trigger and the characters its probes have there share the trigger's bucket, and so do the dash and
 * what a rule at a dash needs beside it. Past 8 triggers, the two with the most alike neighbours share a bucket,
 * which only lets more through.
 */
function writeVectorSets(bytes: Uint8Array, rules: AnchorRules): void {
  const neighbours = new Map<number, { after: Set<number>; before: Set<number> }>();
  const of = (code: number): { after: Set<number>; before: Set<number> } => {
    if (!neighbours.has(code)) neighbours.set(code, { after: new Set(), before: new Set() });
    return neighbours.get(code)!;
  };
  for (const { text, trigger: at } of rules.probes) {
    const sides = of(text.charCodeAt(at));
    if (at + 1 < text.length) sides.after.add(text.charCodeAt(at + 1));
    if (at > 0) sides.before.add(text.charCodeAt(at - 1));
  }
  // A dash starts a flag before `-` or `u`, and ends a token's anchor after what BEFORE_SEP holds.
  const dash = of(DASH);
  dash.after.add(DASH).add(0x75);
  for (const code of codesOf(rules.beforeSeparator)) dash.before.add(code);
  const groups = [...neighbours].map(([code, sides]) => ({ codes: [code], ...sides }));
  while (groups.length > 8) {
    let best = [0, 1];
    let bestLikeness = -1;
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const likeness = alike(groups[i]!, groups[j]!);
        if (likeness > bestLikeness) [best, bestLikeness] = [[i, j], likeness];
      }
    }
    const [keep, drop] = [groups[best[0]!]!, groups.splice(best[1]!, 1)[0]!];
    keep.codes.push(...drop.codes);
    for (const code of drop.after) keep.after.add(code);
    for (const code of drop.before) keep.before.add(code);
  }
  const triggers = new Map<number, number>();
  const afterTrigger = new Map<number, number>();
  const beforeTrigger = new Map<number, number>();
  const add = (set: Map<number, number>, code: number, bit: number): void => void set.set(code, (set.get(code) ?? 0) | bit);
  for (const [index, group] of groups.entries()) {
    for (const code of group.codes) add(triggers, code, 1 << index);
    for (const code of group.after) add(afterTrigger, code, 1 << index);
    for (const code of group.before) add(beforeTrigger, code, 1 << index);
  }
  writeShufti(bytes, VECTOR_SET.triggers, triggers);
  writeShufti(bytes, VECTOR_SET.afterTrigger, afterTrigger);
  writeShufti(bytes, VECTOR_SET.beforeTrigger, beforeTrigger);
}

/** How alike two triggers' neighbours are: what they share over what either has. */
function alike(a: { after: Set<number>; before: Set<number> }, b: { after: Set<number>; before: Set<number> }): number {
  const shared = [...a.after].filter((code) => b.after.has(code)).length + [...a.before].filter((code) => b.before.has(code)).length;
  const all = new Set([...a.after, ...b.after]).size + new Set([...a.before, ...b.before]).size;
  return all === 0 ? 1 : shared / all;
}

function codesOf(set: Uint8Array): number[] {
  return [...set.keys()].filter((code) => set[code] === 1);
}

/**
 * A bit per four characters that may end a secret name, each character by its five low bits (which fold case):
 * index c4 << 15 | c3 << 10 | c2 << 5 | c1. A three-letter word takes any fourth character.
 */
function nameEndBits(words: readonly string[]): Uint8Array {
  const bits = new Uint8Array(1 << 17);
  for (const word of words) {
    if (word.length < 3 || !/^[a-z]+$/.test(word)) throw new Error(`anchor scan: secret name ending ${JSON.stringify(word)} must be three or more lower-case letters`);
    const [c4, c3, c2, c1] = [...word.slice(-4).padStart(4, ' ')].map((c) => c.charCodeAt(0) & 31);
    for (let any = 0; any < 32; any++) {
      const index = ((word.length === 3 ? any : c4!) << 15) | (c3! << 10) | (c2! << 5) | c1!;
      bits[index >> 3]! |= 1 << (index & 7);
    }
  }
  return bits;
}

const nameEndBitsByWords = new WeakMap<readonly string[], Uint8Array>();

function nameEndBitsOf(words: readonly string[]): Uint8Array {
  let bits = nameEndBitsByWords.get(words);
  if (!bits) nameEndBitsByWords.set(words, (bits = nameEndBits(words)));
  return bits;
}

/** Bucket bits by byte as shufti tables: 16 by low nibble, then 16 by high nibble; a byte gets the bits both share. */
function writeShufti(bytes: Uint8Array, at: number, buckets: ReadonlyMap<number, number>): void {
  for (const [code, bits] of buckets) {
    bytes[at + (code & 15)]! |= bits;
    bytes[at + 16 + (code >> 4)]! |= bits;
  }
}

/**
 * The scan's rules in JavaScript, over the whole text at once. A character above 0xFF reads as 0xFF, and
 * nothing (before the start, after the end) as 0, as in the WebAssembly scan.
 */
export function scanAnchorsInJs(text: string, rules: AnchorRules): Anchors {
  const anchors = { colons: [] as number[], equals: [] as number[], dashes: [] as number[], lists: Array.from({ length: listCount(rules) }, (): number[] => []) };
  const at = (i: number): number => (i < 0 || i >= text.length ? 0 : Math.min(text.charCodeAt(i), 0xff));
  const nameEnds = nameEndBitsOf(rules.nameEndings);
  const nameEnding = (end: number): boolean => {
    if ((at(end - 1) | at(end - 2)) >= 0x80) return false;
    const index = ((at(end - 4) & 31) << 15) | ((at(end - 3) & 31) << 10) | ((at(end - 2) & 31) << 5) | (at(end - 1) & 31);
    return ((nameEnds[index >> 3]! >> (index & 7)) & 1) === 1;
  };
  const beforeQuote = (end: number): number => end - 1 - (at(end - 2) === 0x5c ? 1 : 0);
  // Where the blanks before `end` start; -1 past MAX_BLANKS of them, where the scan keeps the place unjudged.
  const skipBlanks = (end: number, isBlank: (code: number) => boolean): number => {
    for (let blanks = 0; isBlank(at(end - 1)); blanks++, end--) if (blanks === MAX_BLANKS) return -1;
    return end;
  };
  for (let i = 0; i < text.length; i++) {
    const code = at(i);
    const prev = at(i - 1);
    const next = at(i + 1);
    if (code === COLON) {
      if (next === 0x2f) anchors.colons.push(i);
      else if (prev >= 0x30 && prev <= 0x39) continue;
      else if ((prev === 0x44 && at(i - 2) === 0x45) || (prev === 0x65 && at(i - 2) === 0x75)) anchors.colons.push(i);
      else {
        const end = skipBlanks(i, COLON_BLANKS);
        const quote = at(end - 1);
        if (end < 0 || quote >= 0x80 || (quote === 0x22 && at(end - 2) === 0x65 && at(end - 3) === 0x75)) anchors.colons.push(i);
        else if (nameEnding(quote === 0x22 || quote === 0x27 ? beforeQuote(end) : end)) anchors.colons.push(i);
      }
    } else if (code === EQUALS) {
      if (rules.beforeSeparator[prev] === 1) {
        anchors.equals.push(i);
        continue;
      }
      let end = skipBlanks(i, EQUALS_BLANKS);
      if (end < 0) {
        anchors.equals.push(i);
        continue;
      }
      if (at(end - 1) === 0x22 || at(end - 1) === 0x27) end = beforeQuote(end);
      if (nameEnding(end)) anchors.equals.push(i);
    } else if (code === DASH) {
      const name = at(i + 2);
      const startsName = ((name | 0x20) >= 0x61 && (name | 0x20) <= 0x7a) || (name >= 0x30 && name <= 0x39) || name === 0x5f || name === 0x2e;
      const flagOrKey = next === DASH && (startsName || at(i + 5) === 0x42);
      if (flagOrKey || next === 0x75 || rules.beforeSeparator[prev] === 1) anchors.dashes.push(i);
    } else {
      for (const probe of rules.probes) {
        if (probe.text.charCodeAt(probe.trigger) !== code) continue;
        const start = i - probe.trigger;
        if (start >= 0 && text.startsWith(probe.text, start)) anchors.lists[probe.list]!.push(start + probe.report);
      }
    }
  }
  return anchors;
}
