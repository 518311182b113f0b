/**
 * A ustar archive built from memory. Written by hand rather than with node-tar because the content is the
 * redacted copy, which exists only in memory (never as files on disk), and every header field must be fixed
 * for the archive to be byte-identical from one run to the next: mode, owner 0/0, no user names, one mtime.
 */

const BLOCK = 512;
const NAME_LENGTH = 100;
const PREFIX_LENGTH = 155;

export interface TarEntry {
  /** A relative path with `/` separators; folders end with `/`. */
  path: string;
  /** Undefined for a folder. */
  content?: Uint8Array;
}

export const FILE_MODE = 0o644;
export const DIR_MODE = 0o755;

/** The blocks of an archive: a header and padded content per entry, then two empty blocks. */
export function* tarBlocks(entries: Iterable<TarEntry>, mtimeSeconds: number): Generator<Uint8Array> {
  for (const entry of entries) {
    const isDir = entry.content === undefined;
    const size = entry.content?.length ?? 0;
    yield header(entry.path, isDir ? DIR_MODE : FILE_MODE, size, mtimeSeconds, isDir ? '5' : '0');
    if (entry.content && size > 0) {
      yield entry.content;
      const padding = (BLOCK - (size % BLOCK)) % BLOCK;
      if (padding > 0) yield new Uint8Array(padding);
    }
  }
  yield new Uint8Array(BLOCK * 2);
}

function header(path: string, mode: number, size: number, mtime: number, type: '0' | '5'): Uint8Array {
  const block = Buffer.alloc(BLOCK);
  const [prefix, name] = splitPath(path);
  block.write(name, 0, NAME_LENGTH, 'utf8');
  octal(block, 100, 8, mode);
  octal(block, 108, 8, 0);
  octal(block, 116, 8, 0);
  octal(block, 124, 12, size);
  octal(block, 136, 12, mtime);
  block.fill(0x20, 148, 156); // the checksum is computed with its own field as spaces
  block.write(type, 156, 1, 'ascii');
  block.write('ustar\u000000', 257, 8, 'ascii');
  block.write(prefix, 345, PREFIX_LENGTH, 'utf8');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 8, 'ascii');
  return block;
}

function octal(block: Buffer, offset: number, length: number, value: number): void {
  const text = value.toString(8);
  if (text.length > length - 1) throw new RangeError(`Unexpected value ${value} for a ${length}-byte tar field`);
  block.write(`${text.padStart(length - 1, '0')}\u0000`, offset, length, 'ascii');
}

// ustar keeps names up to 100 bytes, or 255 split at a `/` into a prefix of up to 155 and a name of up to 100.
function splitPath(path: string): [string, string] {
  if (Buffer.byteLength(path) <= NAME_LENGTH) return ['', path];
  const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
  const suffix = path.endsWith('/') ? '/' : '';
  for (let cut = trimmed.indexOf('/'); cut !== -1; cut = trimmed.indexOf('/', cut + 1)) {
    const prefix = trimmed.slice(0, cut);
    const name = trimmed.slice(cut + 1) + suffix;
    if (Buffer.byteLength(prefix) <= PREFIX_LENGTH && Buffer.byteLength(name) <= NAME_LENGTH) return [prefix, name];
  }
  throw new RangeError(`Unexpected path \`${path}\`: too long for a tar header`);
}
