import { BEFORE_SEPARATOR, SEARCHES_BESIDE_SEPARATORS, type ShapeSearch } from '../../secret-shapes.js';
import { ANCHOR_SCAN_LIMITS, createAnchorScanner, isProbeText, type AnchorRules, type AnchorScanner, type Probe } from './anchor-scan.js';
import { ENCODED_PREFIXES } from './encoded-secrets.js';
import { SECRET_NAME_ENDING_WORDS } from './key-values.js';
import type { LiteralMatcher } from './literals.js';

/** Where the redaction engine's rules may start in one text: see `scanAnchors`. */
export interface RedactionAnchors {
  colons: readonly number[];
  equals: readonly number[];
  dashes: readonly number[];
  /** By search of `SEARCHES_BESIDE_SEPARATORS`: where its probe occurs with one of its anchors (and a lead before it). */
  shapes: readonly (readonly number[])[];
  /** By prefix of `ENCODED_PREFIXES`: where it starts. */
  encoded: readonly (readonly number[])[];
  /** By needle of the literal matcher: where its probe occurs, or undefined for a needle the scan does not take. */
  literals: readonly (readonly number[] | undefined)[];
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
  nameEndings: SECRET_NAME_ENDING_WORDS,
  beforeSeparator: BEFORE_SEPARATOR,
};
const FIRST_LITERAL_LIST = SEARCHES_BESIDE_SEPARATORS.length + ENCODED_PREFIXES.length;

interface LiteralScan {
  version: number;
  scan: AnchorScanner;
  /** By needle: its list, or -1 for one the scan does not take. */
  lists: number[];
}

/** Each literal matcher's scan, made anew when literals are added: their probes are searched in the same pass. */
const literalScans = new WeakMap<LiteralMatcher, LiteralScan>();

function scannerFor(literals: LiteralMatcher): LiteralScan {
  const known = literalScans.get(literals);
  if (known && known.version === literals.version) return known;
  const probes = [...RULES.probes];
  let nextList = FIRST_LITERAL_LIST;
  // A probe the scan cannot take (too short, not printable ASCII, or past the scan's limits) is searched for by
  // the matcher itself.
  const lists = literals.probes().map((probe) => {
    const text = probe.slice(0, ANCHOR_SCAN_LIMITS.probeLength);
    if (!isProbeText(text) || probes.length >= ANCHOR_SCAN_LIMITS.probes || nextList >= ANCHOR_SCAN_LIMITS.lists) return -1;
    probes.push({ text, trigger: 0, report: 0, list: nextList });
    return nextList++;
  });
  const made = { version: literals.version, scan: createAnchorScanner({ ...RULES, probes }), lists };
  literalScans.set(literals, made);
  return made;
}

/**
 * One pass over a text for every place the separator rules, the token shapes, the encoded-text rule and the
 * literal matcher start from.
 */
export function scanAnchors(text: string, literals: LiteralMatcher): RedactionAnchors {
  const { scan, lists: literalLists } = scannerFor(literals);
  const { colons, equals, dashes, lists } = scan(text);
  const shapes = SEARCHES_BESIDE_SEPARATORS.length;
  return {
    colons,
    equals,
    dashes,
    shapes: lists.slice(0, shapes),
    encoded: lists.slice(shapes, FIRST_LITERAL_LIST),
    literals: literalLists.map((list) => (list === -1 ? undefined : lists[list]!)),
  };
}

/** The rules without literals, for tests that hold the WebAssembly scan and the JavaScript one equal. */
export const REDACTION_ANCHOR_RULES = RULES;
