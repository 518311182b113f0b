import {
  closeSync,
  constants,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { SESSION_EVENT_TYPES, type NewSessionEvent, type SessionEvent } from './events.js';
import { JOURNAL_FILE, RUNBOOK_COPY_FILE, sessionDir } from './files.js';
import { ensurePrivateDir, PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, sessionsDir } from './home.js';
import { lockSession } from './lock.js';

// The session journal: one JSON object per line, appended and flushed to disk before the runner moves on.
// Its events are typed from schemas/session.schema.json (./events.ts).

const KNOWN_TYPES: ReadonlySet<string> = new Set(SESSION_EVENT_TYPES);

export interface JournalLineError {
  /** 1-based line number in the journal file. */
  line: number;
  message: string;
}

export interface JournalContents {
  events: SessionEvent[];
  /** The last line was cut short by a crash (no newline, or not JSON); it is not in `events`. */
  tornTail: boolean;
  /** Lines that could not be read, other than a torn last line; reading carried on past them. */
  errors: JournalLineError[];
}

interface ParsedJournal extends JournalContents {
  /** Bytes up to the end of the last complete line: what stays when a torn tail is cut off. */
  cleanLength: number;
}

/** Reads a journal without ever throwing on its content, so a damaged session can still be listed and resumed. */
export function readJournal(path: string): JournalContents {
  const { events, tornTail, errors } = parseJournal(readFileSync(path));
  return { events, tornTail, errors };
}

/** Splits a journal into events, problems and the length of its clean part; pure, so it is tested on bytes. */
export function parseJournal(bytes: Uint8Array): ParsedJournal {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const events: SessionEvent[] = [];
  const errors: JournalLineError[] = [];
  let tornTail = false;
  let cleanLength = 0;
  let start = 0;
  let line = 0;
  let lastSeq = 0;
  while (start < buffer.length) {
    line++;
    const newline = buffer.indexOf(0x0a, start);
    const complete = newline !== -1;
    const end = complete ? newline : buffer.length;
    const text = buffer.toString('utf8', start, end);
    const isLast = !complete || end + 1 >= buffer.length;
    start = end + 1;
    if (!complete) {
      tornTail = true;
      break;
    }
    if (text.trim() === '') {
      cleanLength = start;
      continue;
    }
    const parsed = parseEvent(text);
    if (typeof parsed === 'string') {
      // A crash can only cut the last line; a bad line before it is damage worth reporting.
      if (isLast) {
        tornTail = true;
        break;
      }
      errors.push({ line, message: parsed });
    } else {
      // Gaps follow a damaged line; a seq that does not increase means lines were copied or reordered.
      if (parsed.seq <= lastSeq) errors.push({ line, message: `Unexpected seq ${parsed.seq}, expected more than ${lastSeq}` });
      lastSeq = Math.max(lastSeq, parsed.seq);
      events.push(parsed);
    }
    cleanLength = start;
  }
  return { events, tornTail, errors, cleanLength };
}

// A light shape check: enough to trust `type`, `seq` and `at`; the schema is the full contract.
function parseEvent(text: string): SessionEvent | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `Unexpected text, expected a JSON event (${error instanceof Error ? error.message : String(error)})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'Unexpected JSON value, expected an event object';
  const record = value as Record<string, unknown>;
  if (typeof record.type !== 'string' || !KNOWN_TYPES.has(record.type)) return `Unexpected event type ${JSON.stringify(record.type)}`;
  if (typeof record.seq !== 'number' || !Number.isInteger(record.seq) || record.seq < 1) return `Unexpected seq ${JSON.stringify(record.seq)}, expected an integer from 1`;
  if (typeof record.at !== 'string') return `Unexpected at ${JSON.stringify(record.at)}, expected an ISO-8601 time`;
  return value as SessionEvent;
}

/**
 * When an appended event reaches the disk. `now`: before `append` returns. `soon`: the line is written before
 * `append` returns, so a crash of this process loses nothing, and it is flushed in the background, on disk at
 * the latest when the next `now` append or `close` returns; only a crash of the whole machine in between can
 * lose it. Only for events whose loss costs nothing that cannot be had again (see `executeStep`).
 */
export type JournalFlush = 'now' | 'soon';

export interface JournalOptions {
  /** Clock for `at`; tests pass a fixed one. */
  now?: () => Date;
  /** For a new session: the runbook's exact text, stored as `runbook.md` (0600) before the journal exists. */
  runbookText?: string;
}

/** The journal of one session, open for appending: each `append` is written before it returns, and on disk as its `JournalFlush` says. */
export class Journal {
  /** What the journal held when it was opened (empty for a new one); `resume` replays these events. */
  readonly recovered: JournalContents;
  private readonly fd: number;
  private readonly now: () => Date;
  private nextSeq: number;
  private closed = false;
  /** A `soon` append is written but maybe not yet on disk. */
  private unflushed = false;
  /** A background flush is running: the file is closed when it is done, never under it. */
  private flushing = false;
  private flushScheduled = false;
  /** What a background flush failed with; the next append throws it. */
  private flushError: Error | undefined;

  private constructor(
    readonly sessionId: string,
    readonly dir: string,
    fd: number,
    recovered: JournalContents,
    options: JournalOptions,
    private readonly unlock: () => void,
  ) {
    this.fd = fd;
    this.recovered = recovered;
    this.now = options.now ?? (() => new Date());
    this.nextSeq = recovered.events.reduce((max, event) => Math.max(max, event.seq), 0) + 1;
  }

  /** Starts a new session: `sessions/<id>/` (0700) and an empty `journal.jsonl` (0600); fails if the session exists. */
  static create(home: string, sessionId: string, options: JournalOptions = {}): Journal {
    const dir = sessionDir(home, sessionId);
    ensurePrivateDir(sessionsDir(home));
    mkdirSync(dir, { mode: PRIVATE_DIR_MODE });
    ensurePrivateDir(dir);
    const unlock = lockSession(dir, sessionId);
    try {
      if (options.runbookText !== undefined) writePrivateFile(join(dir, RUNBOOK_COPY_FILE), options.runbookText);
      const fd = openSync(join(dir, JOURNAL_FILE), constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_EXCL, PRIVATE_FILE_MODE);
      try {
        fchmodSync(fd, PRIVATE_FILE_MODE);
        fsyncSync(fd);
        syncDir(dir);
        syncDir(sessionsDir(home));
      } catch (error) {
        closeSync(fd);
        throw error;
      }
      return new Journal(sessionId, dir, fd, { events: [], tornTail: false, errors: [] }, options, unlock);
    } catch (error) {
      unlock();
      throw error;
    }
  }

  /**
   * Reopens a session to carry on (resume): refused while another process holds it; a torn last line is cut off
   * so the next event starts on a clean line.
   */
  static open(home: string, sessionId: string, options: JournalOptions = {}): Journal {
    const dir = sessionDir(home, sessionId);
    const unlock = lockSession(dir, sessionId);
    let fd: number | undefined;
    try {
      fd = openSync(join(dir, JOURNAL_FILE), constants.O_RDWR | constants.O_APPEND);
      fchmodSync(fd, PRIVATE_FILE_MODE);
      const { cleanLength, ...recovered } = parseJournal(readFileSync(fd));
      if (recovered.tornTail) {
        ftruncateSync(fd, cleanLength);
        fsyncSync(fd);
      }
      return new Journal(sessionId, dir, fd, recovered, options, unlock);
    } catch (error) {
      if (fd !== undefined) closeSync(fd);
      unlock();
      throw error;
    }
  }

  /** The `seq` the next event will get. */
  get seq(): number {
    return this.nextSeq;
  }

  /** Appends one event as one line with one write, and flushes it to disk (see `JournalFlush`) before returning it with its `seq` and `at`. */
  append(event: NewSessionEvent, flush: JournalFlush = 'now'): SessionEvent {
    if (this.closed) throw new Error(`The journal of session ${this.sessionId} is closed`);
    if (this.flushError) {
      // An earlier event may never have reached the disk: stop as a failed write would.
      this.closeFile();
      throw this.flushError;
    }
    const { type, ...fields } = event;
    const stamped = { type, seq: this.nextSeq, at: this.now().toISOString(), ...fields } as SessionEvent;
    const line = Buffer.from(`${JSON.stringify(stamped)}\n`, 'utf8');
    try {
      // O_APPEND puts the write at the end; a regular file takes it whole, the loop only guards a short write.
      let written = 0;
      while (written < line.length) written += writeSync(this.fd, line, written, line.length - written);
      if (flush === 'now') {
        // Flushes every line written before this one too.
        fdatasyncSync(this.fd);
        this.unflushed = false;
      } else {
        this.unflushed = true;
        this.flushInBackground();
      }
    } catch (error) {
      // Part of the line may be on disk: appending more would glue events together. Reopening cleans it up.
      this.closeFile();
      throw error;
    }
    this.nextSeq++;
    return stamped;
  }

  // One background flush at a time; a line written while it runs gets another when it is done. The flush
  // starts once the event loop turns, so lines written in one go share it (a step's result and the next start).
  private flushInBackground(): void {
    if (this.flushing || this.flushScheduled || !this.unflushed) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      // A `now` append or `close` may have flushed everything meanwhile.
      if (this.closed || this.flushing || !this.unflushed) return;
      this.flushing = true;
      this.unflushed = false;
      fdatasync(this.fd, (error) => {
        this.flushing = false;
        if (error) this.flushError ??= error;
        if (this.closed) closeSync(this.fd);
        else this.flushInBackground();
      });
    });
  }

  /** Flushes what a `soon` append left unflushed, then closes the file (throwing if a flush failed); appending afterwards throws. */
  close(): void {
    if (this.closed) return;
    try {
      if (this.unflushed || this.flushing) fdatasyncSync(this.fd);
    } finally {
      this.closeFile();
    }
    // A background flush that failed, with no append after it to say so.
    if (this.flushError) throw this.flushError;
  }

  private closeFile(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      // A running background flush still uses the descriptor: it closes it when it is done.
      if (!this.flushing) closeSync(this.fd);
    } finally {
      this.unlock();
    }
  }
}

// Written and flushed before the journal, so a session that has a journal always has its runbook too.
function writePrivateFile(path: string, text: string): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, PRIVATE_FILE_MODE);
  try {
    fchmodSync(fd, PRIVATE_FILE_MODE);
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

// A new file is only durable once the folder entry naming it is flushed too.
function syncDir(path: string): void {
  const fd = openSync(path, constants.O_RDONLY);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
