import { Buffer, isUtf8 } from 'node:buffer';

/** Why a file's bytes cannot be read as a runbook: each becomes a located parse error. */
export type DecodeProblem =
  | { kind: 'empty' }
  | { kind: 'too-large'; size: number; limit: number }
  | { kind: 'binary'; offset: number }
  | { kind: 'encoding'; offset: number };

export type DecodeResult = { ok: true; text: string } | { ok: false; problem: DecodeProblem; text: string };

export const DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024;


// Decodes strictly, so a Latin-1 or binary file is reported instead of being linted as mojibake.
export function decodeRunbook(bytes: Uint8Array, maxSize = DEFAULT_MAX_FILE_SIZE): DecodeResult {
  if (bytes.length > maxSize) return { ok: false, problem: { kind: 'too-large', size: bytes.length, limit: maxSize }, text: '' };
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, problem: { kind: 'binary', offset: nul }, text: '' };
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8(bytes);
    // The valid prefix still tells the reader which line holds the bad byte.
    return { ok: false, problem: { kind: 'encoding', offset }, text: new TextDecoder().decode(bytes.subarray(0, offset)) };
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text.trim() === '') return { ok: false, problem: { kind: 'empty' }, text };
  return { ok: true, text };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0 || i + need >= bytes.length + (need === 0 ? 1 : 0)) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return i;
}
