import { UsageError } from '../errors.js';

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** `16MiB`, `512k`, `1048576`: sizes as people type them, in bytes (binary units). */
export function parseSize(flag: string, text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const unit = UNITS[(match?.[2] ?? '').toLowerCase()];
  if (!match || unit === undefined) throw new UsageError(`${flag} expects a size such as 16MiB, 512KiB or 1048576, got \`${text}\``);
  const bytes = Math.floor(Number(match[1]) * unit);
  if (bytes < 1024) throw new UsageError(`${flag} must be at least 1KiB, got \`${text}\``);
  return bytes;
}
