import { BEFORE_SEPARATOR, SEARCHES_BESIDE_SEPARATORS, type ShapeSearch } from '../../secret-shapes.js';
import { createAnchorScanner, type AnchorRules, type AnchorScanner, type Probe } from './anchor-scan.js';
import { ENCODED_PREFIXES } from './encoded-secrets.js';
import { SECRET_NAME_ENDINGS } from './key-values.js';

/** Where the redaction engine's rules may start in one text: see `scanAnchors`. */
export interface RedactionAnchors {
  colons: Int32Array;
  equals: Int32Array;
  dashes: Int32Array;
  /** By search of `SEARCHES_BESIDE_SEPARATORS`: where its probe occurs with one of its anchors (and a lead before it). */
  shapes: readonly Int32Array[];
  /** By prefix of `ENCODED_PREFIXES`: where it starts. */
  encoded: readonly Int32Array[];
}

/**
 * A search's probes: each of its anchors whole, after each lead its shapes need (`ghp_`, `github_`, `eyJ`), so
 * the scan reports only places where a shape can start, at its anchor, where the search itself would stop.
 */
function shapeProbes({ groups }: ShapeSearch, list: number): Probe[] {
  const probes = new Map<string, Probe>();
  for (const { anchor, shapes } of groups) {
    for (const shape of shapes) {
      for (const lead of shape.leads ?? ['']) probes.set(lead + anchor, { text: lead + anchor, trigger: lead.length, report: lead.length, list });
    }
  }
  return [...probes.values()];
}

const RULES: AnchorRules = {
  probes: [
    ...SEARCHES_BESIDE_SEPARATORS.flatMap(shapeProbes),
    ...ENCODED_PREFIXES.map(({ prefix, trigger }, index) => ({ text: prefix, trigger, report: 0, list: SEARCHES_BESIDE_SEPARATORS.length + index })),
  ],
  nameEndings: SECRET_NAME_ENDINGS,
  beforeSeparator: BEFORE_SEPARATOR,
};

let scanner: AnchorScanner | undefined;

/** One pass over a text for every place the separator rules, the token shapes and the encoded-text rule start from. */
export function scanAnchors(text: string): RedactionAnchors {
  scanner ??= createAnchorScanner(RULES);
  const { colons, equals, dashes, lists } = scanner(text);
  const shapes = SEARCHES_BESIDE_SEPARATORS.length;
  return { colons, equals, dashes, shapes: lists.slice(0, shapes), encoded: lists.slice(shapes) };
}

/** The rules, for tests that hold the WebAssembly scan and the JavaScript one equal. */
export const REDACTION_ANCHOR_RULES = RULES;
