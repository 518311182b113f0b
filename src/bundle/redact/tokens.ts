import { findSecretShapes, findShapesEndingAt, type PrivateKeyBlock, type SecretShape } from '../../secret-shapes.js';
import { PRIORITY, type Finding } from './finding.js';

/**
 * Token formats that are secrets wherever they appear (the table shared with the lint rule). Those whose anchor
 * ends in `-` or `=` (`glpat-`, `AccountKey=`), and PEM private keys, whose header starts with `--`, are found by
 * the separator scan, which stops at each `-` and `=` anyway: see `tokensEndingAt` and `privateKeyFinding`.
 */
export function findTokens(text: string, out: Finding[]): void {
  findSecretShapes(text, (shape, start, end) => out.push(tokenFinding(shape, start, end)), { separatorEndingsElsewhere: true });
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
