import { decodeBase64Text } from './base64.js';
import type { RedactionAnchors } from './anchors.js';
import { PRIORITY, type Finding } from './finding.js';

/**
 * How base64 of text that often holds credentials begins: `-----BEGIN` (a PEM key), `{"` and `{\n ` (a docker
 * config, a GCP service-account key, any JSON). The anchor scan lists where each starts, triggered by a letter
 * rarer in kubectl output than its first (`J`, in `eyJ` and in `LS0tLS1CRUdJTi`).
 */
export const ENCODED_PREFIXES: readonly { prefix: string; trigger: number }[] = [
  { prefix: 'LS0tLS1CRUdJTi', trigger: 11 },
  { prefix: 'eyJ', trigger: 2 },
  { prefix: 'ewog', trigger: 1 },
];
const MIN_LENGTH = 32;
const BASE64_CODES = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=') BASE64_CODES[c.charCodeAt(0)] = 1;
const isBase64 = (text: string, at: number): boolean => BASE64_CODES[text.charCodeAt(at)] === 1;
const BASE64_LINE = /^[A-Za-z0-9+/]+={0,2}$/;

/** Decoded text and where its base64 sits; `findSecrets` looks inside it. */
export interface EncodedText {
  start: number;
  end: number;
  decoded: string;
}

/**
 * Base64 runs that start like encoded text (also wrapped at 76 or 64 columns, as `base64` and openssl write
 * them): a `.dockerconfigjson` or a key file outside a Secret, a service-account key passed around encoded.
 */
export function encodedTexts(text: string, anchors: RedactionAnchors): EncodedText[] {
  const found: EncodedText[] = [];
  // The runs earlier prefixes found, merged: a hit inside one is part of it, a hit anywhere else is its own.
  let covered: Span[] = [];
  for (const [index, { trigger }] of ENCODED_PREFIXES.entries()) {
    const mine: EncodedText[] = [];
    // A prefix whose trigger lies inside the run just found is part of that run.
    let runEnd = 0;
    for (const at of anchors.encoded[index]!) {
      if (at + trigger < runEnd) continue;
      if (inside(covered, at)) continue;
      if (at > 0 && isBase64(text, at - 1)) continue;
      const run = wrappedRun(text, at);
      if (run.end - at < MIN_LENGTH) continue;
      const decoded = decodeBase64Text(text.slice(at, run.end));
      if (decoded === undefined) continue;
      mine.push({ start: at, end: run.end, decoded });
      runEnd = run.end;
    }
    found.push(...mine);
    if (mine.length > 0) covered = merge(covered, mine);
  }
  return found;
}

interface Span {
  start: number;
  end: number;
}

/** Whether `at` lies in one of `spans` (sorted, apart): a binary search for the last span starting at or before it. */
function inside(spans: readonly Span[], at: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const span = spans[middle]!;
    if (span.start > at) high = middle - 1;
    else if (at >= span.end) low = middle + 1;
    else return true;
  }
  return false;
}

/** Two lists of spans as one, sorted and with overlapping spans joined. */
function merge(a: readonly Span[], b: readonly Span[]): Span[] {
  const all = [...a, ...b].sort((x, y) => x.start - y.start);
  const merged: Span[] = [];
  for (const span of all) {
    const last = merged.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

/** The base64 run at `at`, continued over line breaks while every line but the last has the first line's width. */
function wrappedRun(text: string, at: number): { end: number } {
  let end = at;
  while (end < text.length && isBase64(text, end)) end++;
  const width = end - at;
  if (width !== 76 && width !== 64) return { end };
  for (;;) {
    const lineStart = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : text[end] === '\n' ? end + 1 : -1;
    if (lineStart === -1) return { end };
    let lineEnd = lineStart;
    while (lineEnd < text.length && isBase64(text, lineEnd)) lineEnd++;
    if (lineEnd === lineStart || !BASE64_LINE.test(text.slice(lineStart, lineEnd)) || lineEnd - lineStart > width) return { end };
    end = lineEnd;
    if (lineEnd - lineStart < width) return { end };
  }
}

/** The whole base64 run is the secret when its decoded text holds one: it is named after the largest secret inside. */
export function encodedFinding(encoded: EncodedText, inner: readonly { kind: string; start: number; end: number }[]): Finding | undefined {
  if (inner.length === 0) return undefined;
  const largest = inner.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  return { start: encoded.start, end: encoded.end, kind: largest.kind, rule: 'encoded-secret', priority: PRIORITY.structure, identity: encoded.decoded };
}
