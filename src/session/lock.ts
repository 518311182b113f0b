/**
 * One process at a time appends to a session's journal: two walks interleaving their events would leave a
 * record neither of them made. The lock is a file created exclusively (O_EXCL) that names its holder; a lock
 * left by a process that died on this host is taken over, one held elsewhere or by a live process refuses.
 */
import { closeSync, constants, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { SessionBusyError } from '../errors.js';
import { LOCK_FILE } from './files.js';
import { PRIVATE_FILE_MODE } from './home.js';

/** Who holds a session's lock: the process appending to its journal. */
export interface LockHolder {
  pid: number;
  host: string;
  /** When it took the lock (ISO-8601 UTC). */
  since: string;
}
type Holder = LockHolder;

/** Takes the session folder's lock; returns the function that gives it back (also called if the process exits). */
export function lockSession(dir: string, sessionId: string): () => void {
  const path = join(dir, LOCK_FILE);
  const mine: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  // Two tries: the second after clearing a lock whose holder is gone.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(path, mine)) {
      let held = true;
      const release = (): void => {
        if (!held) return;
        held = false;
        process.off('exit', release);
        // Only our own lock: after a takeover by another process the file is theirs.
        if (sameHolder(readHolder(path), mine)) unlinkQuietly(path);
      };
      process.on('exit', release);
      return release;
    }
    const holder = readHolder(path);
    if (holder && isAlive(holder)) throw new SessionBusyError(sessionId, holder, path);
    unlinkQuietly(path);
  }
  const holder = readHolder(path) ?? { pid: 0, host: 'an unknown host', since: 'an unknown time' };
  throw new SessionBusyError(sessionId, holder, path);
}

/** The live holder of a session folder's lock, if any: a lock left by a process that died on this host is none. */
export function lockHolder(dir: string): LockHolder | null {
  const holder = readHolder(join(dir, LOCK_FILE));
  return holder && isAlive(holder) ? holder : null;
}

function tryCreate(path: string, holder: Holder): boolean {
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, PRIVATE_FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${JSON.stringify(holder)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

function readHolder(path: string): Holder | undefined {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.since === 'string') return { pid: value.pid, host: value.host, since: value.since };
  } catch {
    // Missing, or cut short by a crash between create and write: nobody can be holding it.
  }
  return undefined;
}

// Another host's process cannot be checked from here: its lock stands until it is deleted by hand.
function isAlive(holder: Holder): boolean {
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sameHolder(a: Holder | undefined, b: Holder): boolean {
  return a !== undefined && a.pid === b.pid && a.host === b.host && a.since === b.since;
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}
