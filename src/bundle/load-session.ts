import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { SessionEvent } from '../session/events.js';
import { JOURNAL_FILE, RUNBOOK_COPY_FILE, sessionDir } from '../session/files.js';
import { readJournal } from '../session/journal.js';
import { isSessionId } from '../session/home.js';
import { replay, type SessionState } from '../session/state.js';
import { listSessions } from '../session/list.js';

/** Where the runbook text in a bundle came from. */
export type RunbookSource = 'session' | 'runbook-file' | 'missing';

/** A recorded session as the bundle reads it: events, their replay, and the exact runbook text when known. */
export interface LoadedSession {
  id: string;
  dir: string;
  events: SessionEvent[];
  state: SessionState;
  /** Lines of the journal that could not be read (a torn last line is not one of them). */
  journalProblems: string[];
  runbookText: string | null;
  runbookSource: RunbookSource;
}

const HOW_TO_FIND = '`runbook sessions` lists them, newest first';

/** The session a bundle is for: the one named, else the newest in `runbook sessions` order. */
export function pickSession(home: string, sessionId: string | undefined): string {
  if (sessionId !== undefined) {
    if (!isSessionId(sessionId) || !existsSync(join(sessionDir(home, sessionId), JOURNAL_FILE))) {
      throw new UsageError(`No session \`${sessionId}\` under ${home}; ${HOW_TO_FIND}`);
    }
    return sessionId;
  }
  const newest = listSessions(home).sessions[0];
  if (!newest) throw new UsageError(`No sessions under ${home} to bundle; \`runbook run <runbook>\` records one`);
  return newest.id;
}

// The exact runbook is the copy stored at session start; an older session without one falls back to the
// runbook file, but only while its content still hashes to what the session walked.
export function loadSession(home: string, sessionId: string): LoadedSession {
  const dir = sessionDir(home, sessionId);
  const journal = readJournal(join(dir, JOURNAL_FILE));
  const state = replay(journal.events);
  const journalProblems = journal.errors.map((e) => `${JOURNAL_FILE}:${e.line}: ${e.message}`);
  let runbookText: string | null = null;
  let runbookSource: RunbookSource = 'missing';
  const stored = join(dir, RUNBOOK_COPY_FILE);
  if (existsSync(stored)) {
    runbookText = readFileSync(stored, 'utf8');
    runbookSource = 'session';
  } else {
    try {
      const text = readFileSync(state.runbook.path, 'utf8');
      if (createHash('sha256').update(text).digest('hex') === state.runbook.sha256) {
        runbookText = text;
        runbookSource = 'runbook-file';
      }
    } catch {
      // Moved or deleted since: the bundle says the exact version is missing.
    }
  }
  return { id: sessionId, dir, events: journal.events, state, journalProblems, runbookText, runbookSource };
}
