import { BEFORE_SEPARATOR, SEARCHES_BESIDE_SEPARATORS, type ShapeSearch } from '../../secret-shapes.js';
import { createAnchorScanner, type AnchorRules, type Anchors, type Probe } from './anchor-scan.js';
import { ENCODED_PREFIXES } from './encoded-secrets.js';
import { SECRET_NAME_LAST_TWO } from './key-values.js';

/** Where the redaction engine's rules may start in one text: see `scanAnchors`. */
export interface RedactionAnchors {
  colons: Int32Array;
  equals: Int32Array;
  dashes: Int32Array;
  /** By search of `SEARCHES_BESIDE_SEPARATORS`: where its probe occurs. */
  shapes: readonly Int32Array[];
  /** By prefix of `ENCODED_PREFIXES`: where it starts. */
  encoded: readonly Int32Array[];
}

/** A probe for a token search: a letter shared by several anchors is checked against their second letters or the leads before them. */
function shapeProbe({ probe, groups, second }: ShapeSearch): Probe {
  const precede = groups.every((group) => group.precede) ? new Uint8Array(128) : undefined;
  if (precede) for (const group of groups) group.precede!.forEach((on, code) => (precede[code] ||= on));
  return { text: probe, trigger: 0, ...(precede ? { precede } : {}), ...(second ? { second } : {}) };
}


const RULES: AnchorRules = {
  probes: [...SEARCHES_BESIDE_SEPARATORS.map(shapeProbe), ...ENCODED_PREFIXES.map(({ prefix, trigger }) => ({ text: prefix, trigger }))],
  nameEnds: SECRET_NAME_LAST_TWO,
  beforeSeparator: BEFORE_SEPARATOR,
};

let scanner: ((text: string) => Anchors) | undefined;

/** One pass over a text for every place the separator rules, the token shapes and the encoded-text rule start from. */
export function scanAnchors(text: string): RedactionAnchors {
  scanner ??= createAnchorScanner(RULES);
  const { colons, equals, dashes, probes } = scanner(text);
  return { colons, equals, dashes, shapes: probes.slice(0, SEARCHES_BESIDE_SEPARATORS.length), encoded: probes.slice(SEARCHES_BESIDE_SEPARATORS.length) };
}

/** The rules, for tests that hold the WebAssembly scan and the JavaScript one equal. */
export const REDACTION_ANCHOR_RULES = RULES;
