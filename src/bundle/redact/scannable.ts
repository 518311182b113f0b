const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Whether a file can be scanned for secrets: valid UTF-8 without NUL bytes. Anything else is left out of a bundle. */
export function isScannable(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    UTF8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
