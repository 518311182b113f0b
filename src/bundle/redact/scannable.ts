import { isUtf8 } from 'node:buffer';

/** Whether a file can be scanned for secrets: valid UTF-8 without NUL bytes. Anything else is left out of a bundle. */
export function isScannable(bytes: Uint8Array): boolean {
  return !bytes.includes(0) && isUtf8(bytes);
}
