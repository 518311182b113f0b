import { findPrivateKeyBlocks, findSecretShapes } from '../../secret-shapes.js';
import { PRIORITY, type Finding } from './finding.js';

/** Token formats that are secrets wherever they appear (the table shared with the lint rule), and PEM private keys. */
export function findTokens(text: string, out: Finding[]): void {
  findSecretShapes(text, (shape, start, end) => out.push({ start, end, kind: shape.kind, rule: shape.rule, priority: PRIORITY.shape }));
  findPrivateKeys(text, out);
}

/**
 * PEM private keys: everything from the header to the footer. The identity ignores the line breaks and their
 * escaping, so the same key in a manifest and in its last-applied annotation gets one placeholder.
 */
function findPrivateKeys(text: string, out: Finding[]): void {
  findPrivateKeyBlocks(text, ({ start, end }) => {
    const identity = `pem:${text.slice(start, end).replace(/\\[nr]|\s|\\/g, '')}`;
    out.push({ start, end, kind: 'private-key', rule: 'private-key', priority: PRIORITY.shape, identity });
  });
}
