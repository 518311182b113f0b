import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JOURNAL_FILE } from './files.js';
import { readJournal } from './journal.js';
import { lockHolder, type LockHolder } from './lock.js';
import { isSessionId, sessionsDir } from './home.js';
import { replay, type SessionStatus } from './state.js';

/** One line of `runbook sessions`. */
export interface SessionSummary {
  id: string;
  /** The runbook's id. */
  runbook: string;
  /** ISO-8601 UTC. */
  started: string;
  operator: string;
  /** Kube context at start; null when none was set. */
  context: string | null;
  status: SessionStatus;
  /** A drill against the simulated cluster: listed, never resumed against a real one. */
  drill: boolean;
  /** The process walking it right now (its journal lock), or null when none is. */
  openIn: LockHolder | null;
  /** The session folder. */
  dir: string;
}

/** A session folder that could not be read; listed apart so one damaged session does not hide the others. */
export interface UnreadableSession {
  id: string;
  dir: string;
  message: string;
}

export interface SessionList {
  sessions: SessionSummary[];
  unreadable: UnreadableSession[];
}

/**
 * Every session under `home`, newest first, for `runbook sessions` and for picking what `resume` continues.
 * Each is read from its record alone (the journal, and the lock of a walk still running), never from its runbook.
 */
export function listSessions(home: string): SessionList {
  const root = sessionsDir(home);
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return { sessions: [], unreadable: [] };
    throw error;
  }
  const sessions: SessionSummary[] = [];
  const unreadable: UnreadableSession[] = [];
  for (const id of entries) {
    if (id.startsWith('.')) continue;
    const dir = join(root, id);
    if (!isSessionId(id)) {
      unreadable.push({ id, dir, message: 'Unexpected name, expected a session id' });
      continue;
    }
    try {
      const { events } = readJournal(join(dir, JOURNAL_FILE));
      const state = replay(events);
      sessions.push({
        id,
        runbook: state.runbook.id,
        started: state.started,
        operator: state.operator,
        context: state.kube.context,
        status: state.status,
        drill: state.options.drill !== undefined,
        openIn: lockHolder(dir),
        dir,
      });
    } catch (error) {
      unreadable.push({ id, dir, message: error instanceof Error ? error.message : String(error) });
    }
  }
  // ISO-8601 UTC strings sort as times; the id (which starts with the time) breaks ties.
  sessions.sort((a, b) => compare(b.started, a.started) || compare(b.id, a.id));
  unreadable.sort((a, b) => compare(a.id, b.id));
  return { sessions, unreadable };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
