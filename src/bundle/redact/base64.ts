import { isUtf8 } from 'node:buffer';

/** A character outside standard base64 and its padding. */
const NOT_BASE64 = /[^A-Za-z0-9+/=]/;
const WHITESPACE = /\s/;

/**
 * Whether a text without whitespace is standard base64: its alphabet, then at most two `=` at the very end.
 * Tested as "no character outside the alphabet" rather than as one anchored `[...]*={0,2}` pattern, whose
 * backtracking made the regex engine several times slower on the kilobytes of an encoded key.
 */
function isBase64(compact: string): boolean {
  if (NOT_BASE64.test(compact)) return false;
  const padding = compact.indexOf('=');
  if (padding === -1 || padding === compact.length - 1) return true;
  return padding === compact.length - 2 && compact.endsWith('=');
}

/** The text a base64 value encodes, when it is base64 and decodes to text (not binary); else undefined. */
export function decodeBase64Text(value: string): string | undefined {
  const compact = WHITESPACE.test(value) ? value.replace(/\s+/g, '') : value;
  if (compact.length < 4 || compact.length % 4 !== 0 || !isBase64(compact)) return undefined;
  const bytes = Buffer.from(compact, 'base64');
  // Checked, then converted, natively: a fatal TextDecoder cost microseconds a call, and base64 words are many.
  if (bytes.includes(0) || !isUtf8(bytes)) return undefined;
  const text = bytes.toString('utf8');
  // As a TextDecoder would, without the byte order mark.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
