import { findShapesAt, findShapesEndingAt, SEARCHES_BESIDE_SEPARATORS, type PrivateKeyBlock, type SecretShape } from '../../secret-shapes.js';
import type { RedactionAnchors } from './anchors.js';
import { PRIORITY, type Finding } from './finding.js';

/**
 * Token formats that are secrets wherever they appear (the table shared with the lint rule). Those whose anchor
 * ends in `-` or `=` (`glpat-`, `AccountKey=`), and PEM private keys, whose header starts with `--`, are found by
 * the separator rules, which visit each `-` and `=` that may end one: see `tokensEndingAt` and `privateKeyFinding`.
 * The places where the other anchors occur come from the anchor scan.
 */
export function findTokens(text: string, anchors: RedactionAnchors, out: Finding[]): void {
  const found = (shape: SecretShape, start: number, end: number): number => out.push(tokenFinding(shape, start, end));
  for (const [index, search] of SEARCHES_BESIDE_SEPARATORS.entries()) for (const at of anchors.shapes[index]!) findShapesAt(text, search, at, found);
}

/** Tokens whose anchor ends at the `-` or `=` at `separator`. */
export function tokensEndingAt(text: string, separator: number, out: Finding[]): void {
  findShapesEndingAt(text, separator, (shape, start, end) => out.push(tokenFinding(shape, start, end)));
}

function tokenFinding(shape: SecretShape, start: number, end: number): Finding {
  return { start, end, kind: shape.kind, rule: shape.rule, priority: PRIORITY.shape };
}

/**
 * A PEM private key: everything from the header to the footer. The identity ignores the line breaks and their
 * escaping, so the same key in a manifest and in its last-applied annotation gets one placeholder.
 */
export function privateKeyFinding(text: string, { start, end }: PrivateKeyBlock): Finding {
  const identity = `pem:${text.slice(start, end).replace(/\\[nr]|\s|\\/g, '')}`;
  return { start, end, kind: 'private-key', rule: 'private-key', priority: PRIORITY.shape, identity };
}
