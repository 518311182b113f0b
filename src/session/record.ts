/**
 * A session open for writing: its journal and the state the journal's events add up to. Every event goes
 * through `append`, which puts it on disk and applies it, so the live walk reads the same state a replay would.
 */
import { join } from 'node:path';
import type { NewSessionEvent, SessionEvent, SessionStartedEvent } from './events.js';
import { STEPS_DIR } from './files.js';
import { ensurePrivateDir } from './home.js';
import { Journal, type JournalFlush, type JournalOptions } from './journal.js';
import { apply, initialState, replay, type SessionState } from './state.js';

export class SessionRecord {
  private current: SessionState;

  private constructor(
    readonly journal: Journal,
    state: SessionState,
  ) {
    this.current = state;
    // Where every step's output goes, there before any step runs (an older session may not have it yet).
    ensurePrivateDir(join(journal.dir, STEPS_DIR));
  }

  /** A new session: its folder, its journal, and its first event. */
  static create(home: string, sessionId: string, start: Omit<SessionStartedEvent, 'type' | 'seq' | 'at' | 'sessionId'>, options: JournalOptions = {}): SessionRecord {
    const journal = Journal.create(home, sessionId, options);
    try {
      const first = journal.append({ type: 'session-started', sessionId, ...start }) as SessionStartedEvent;
      return new SessionRecord(journal, initialState(first));
    } catch (error) {
      journal.close();
      throw error;
    }
  }

  /** A recorded session reopened to go on with (the caller checks it may). */
  static open(home: string, sessionId: string, options: JournalOptions = {}): SessionRecord {
    const journal = Journal.open(home, sessionId, options);
    try {
      return new SessionRecord(journal, replay(journal.recovered.events));
    } catch (error) {
      journal.close();
      throw error;
    }
  }

  get state(): SessionState {
    return this.current;
  }

  get sessionId(): string {
    return this.journal.sessionId;
  }

  /** The session folder. */
  get dir(): string {
    return this.journal.dir;
  }

  /** The events the session had when it was opened (none for a new one). */
  get recovered(): readonly SessionEvent[] {
    return this.journal.recovered.events;
  }

  /** Puts the event in the journal (on disk as `flush` says, see `JournalFlush`) and applies it. */
  append(event: NewSessionEvent, flush: JournalFlush = 'now'): SessionEvent {
    const stamped = this.journal.append(event, flush);
    this.current = apply(this.current, stamped);
    return stamped;
  }

  close(): void {
    this.journal.close();
  }
}
