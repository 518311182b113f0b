import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { constants as zlib, createGzip } from 'node:zlib';
import { CancelledError } from '../errors.js';
import { tarBlocks, type TarEntry } from './tar.js';

/** Mode of the archive: redacted, yet still the record of an incident on someone's cluster. */
export const ARCHIVE_MODE = 0o600;

export interface WriteArchiveOptions {
  /** Where the archive ends up; it appears there whole or not at all. */
  path: string;
  entries: Iterable<TarEntry>;
  /** Every entry's modification time, in seconds since the epoch. */
  mtimeSeconds: number;
  signal?: AbortSignal;
}

/** The temporary name an archive is written under, in the folder it ends up in (so the rename is atomic). */
export function temporaryName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

// Tar, then gzip (no name, no time in its header: Node's gzip writes neither), into a 0600 temporary file that
// is renamed over the target once flushed; on any failure or abort the temporary file is removed.
export async function writeArchive(options: WriteArchiveOptions): Promise<number> {
  const temporary = temporaryName(options.path);
  const fd = openSync(temporary, 'wx', ARCHIVE_MODE);
  let closed = false;
  const gzip = createGzip({ level: 9, memLevel: 9, strategy: zlib.Z_DEFAULT_STRATEGY });
  try {
    let written = 0;
    const done = new Promise<void>((resolve, reject) => {
      gzip.on('data', (chunk: Buffer) => {
        if (closed) return;
        try {
          let offset = 0;
          while (offset < chunk.length) offset += writeSync(fd, chunk, offset, chunk.length - offset);
          written += chunk.length;
        } catch (error) {
          gzip.destroy(error as Error);
        }
      });
      gzip.on('end', resolve);
      gzip.on('error', reject);
    });
    // Awaited below; this only keeps a failure while the loop runs from counting as unhandled.
    done.catch(() => undefined);
    for (const block of tarBlocks(options.entries, options.mtimeSeconds)) {
      if (options.signal?.aborted) throw new CancelledError('Cancelled; no bundle was written');
      if (!gzip.write(block)) await Promise.race([new Promise((resolve) => gzip.once('drain', resolve)), done]);
    }
    gzip.end();
    await done;
    if (options.signal?.aborted) throw new CancelledError('Cancelled; no bundle was written');
    fsyncSync(fd);
    closeSync(fd);
    closed = true;
    renameSync(temporary, options.path);
    return written;
  } catch (error) {
    gzip.destroy();
    if (!closed) {
      closed = true;
      closeSync(fd);
    }
    rmSync(temporary, { force: true });
    throw error;
  }
}
