/**
 * A step's stored output, bounded: the first half of the cap goes straight to the file as it streams,
 * the last half is kept in a ring buffer, and a marker line between them says how much was cut.
 * It is bytes, not text: a multi-byte character on a cut is simply split.
 */
import { closeSync, createWriteStream, fchmodSync, openSync, type WriteStream } from 'node:fs';

export interface CaptureSummary {
  /** Every byte the command printed. */
  bytes: number;
  /** Whether bytes were cut from the middle (more than the cap was printed). */
  truncated: boolean;
}

// The marker line between head and tail, e.g. "[runbook: 1056964608 bytes cut from the middle of 1.0 GiB of output]".
export function cutMarker(cut: number, total: number): string {
  return `\n[runbook: ${cut} bytes cut from the middle of ${formatBytes(total)} of output]\n`;
}

// Sizes for people: 1023 B, 1.5 KiB, 1.0 GiB.
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/** The last `capacity` bytes written, in a fixed buffer allocated on first use. */
class TailRing {
  private buffer: Buffer | undefined;
  private position = 0;
  private filled = 0;

  constructor(private readonly capacity: number) {}

  push(data: Uint8Array): void {
    if (this.capacity === 0 || data.length === 0) return;
    this.buffer ??= Buffer.allocUnsafe(this.capacity);
    const buffer = this.buffer;
    if (data.length >= this.capacity) {
      buffer.set(data.subarray(data.length - this.capacity));
      this.position = 0;
      this.filled = this.capacity;
      return;
    }
    const first = Math.min(data.length, this.capacity - this.position);
    buffer.set(data.subarray(0, first), this.position);
    if (first < data.length) buffer.set(data.subarray(first), 0);
    this.position = (this.position + data.length) % this.capacity;
    this.filled = Math.min(this.capacity, this.filled + data.length);
  }

  /** The kept bytes in order, as at most two views into the ring. */
  contents(): Buffer[] {
    if (!this.buffer || this.filled === 0) return [];
    if (this.filled < this.capacity) return [this.buffer.subarray(0, this.filled)];
    return [this.buffer.subarray(this.position), this.buffer.subarray(0, this.position)].filter((b) => b.length > 0);
  }
}

export class OutputCapture {
  private total = 0;
  private readonly headBytes: number;
  private readonly tail: TailRing;
  private error: Error | undefined;
  private closed = false;

  private constructor(
    private readonly fd: number,
    private readonly stream: WriteStream,
    private readonly maxBytes: number,
  ) {
    this.headBytes = Math.floor(maxBytes / 2);
    this.tail = new TailRing(maxBytes - this.headBytes);
    stream.on('error', (error: Error) => {
      this.error ??= error;
    });
  }

  // Creates (or truncates) the file with mode 0600; failing to create it is the one error that throws here.
  static async create(path: string, maxBytes: number): Promise<OutputCapture> {
    if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) throw new RangeError(`maxOutputBytes must be a non-negative integer, got ${maxBytes}`);
    // Opened synchronously: two quick calls on a local file cost less than two trips through the thread pool.
    const fd = openSync(path, 'w', 0o600);
    try {
      // The mode given to open() only applies to a new file, and only through the umask.
      fchmodSync(fd, 0o600);
    } catch (error) {
      closeSync(fd);
      throw error;
    }
    // The file is closed here, not by the stream, once its writes are done: no trip through the thread pool.
    return new OutputCapture(fd, createWriteStream('', { fd, autoClose: false, highWaterMark: 1024 * 1024 }), maxBytes);
  }

  get bytes(): number {
    return this.total;
  }

  /**
   * Takes one chunk. Returns false when the file's write queue is long: the producer should pause
   * until `onDrain` calls back. Only the head goes to the file while streaming; the rest is a memory copy.
   */
  write(chunk: Uint8Array): boolean {
    if (this.closed) throw new Error('OutputCapture.write after close');
    const before = this.total;
    this.total += chunk.length;
    let rest = chunk;
    let ok = true;
    if (before < this.headBytes) {
      const take = Math.min(chunk.length, this.headBytes - before);
      // A copy: the caller reuses its read buffer, and the write completes later.
      if (!this.error) ok = this.stream.write(Buffer.from(chunk.subarray(0, take)));
      rest = chunk.subarray(take);
    }
    this.tail.push(rest);
    return ok || this.error !== undefined;
  }

  /** Calls back once when the write queue has drained (at once if it is not full). */
  onDrain(callback: () => void): void {
    if (!this.stream.writableNeedDrain || this.error) {
      queueMicrotask(callback);
      return;
    }
    this.stream.once('drain', callback);
  }

  // Appends the marker and the tail, then closes the file; rejects if any write failed.
  async close(): Promise<CaptureSummary> {
    if (this.closed) throw new Error('OutputCapture closed twice');
    this.closed = true;
    const truncated = this.total > this.maxBytes;
    if (!this.error) {
      if (truncated) this.stream.write(cutMarker(this.total - this.maxBytes, this.total));
      for (const part of this.tail.contents()) this.stream.write(part);
    }
    if (!this.error) {
      // Called once every write is done, or when one failed.
      await new Promise<void>((resolve) =>
        this.stream.end((error?: Error | null) => {
          if (error) this.error ??= error;
          resolve();
        }),
      );
    }
    closeSync(this.fd);
    if (this.error) throw this.error;
    return { bytes: this.total, truncated };
  }
}
