import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { homedir as osHomedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

/** Mode of every folder the runner creates: only the operator may list or enter it. */
export const PRIVATE_DIR_MODE = 0o700;
/** Mode of every file the runner creates: outputs and journals may hold cluster details. */
export const PRIVATE_FILE_MODE = 0o600;

/** Where sessions are kept, so every command agrees: `$RUNBOOK_HOME`, else `$XDG_STATE_HOME/runbook`, else `~/.local/state/runbook`. */
export function runbookHome(env: NodeJS.ProcessEnv = process.env, homedir: string = osHomedir()): string {
  const explicit = env.RUNBOOK_HOME;
  if (explicit) return resolve(explicit);
  // The XDG spec says a relative XDG_STATE_HOME is invalid and must be ignored.
  const state = env.XDG_STATE_HOME;
  if (state && isAbsolute(state)) return join(state, 'runbook');
  return join(homedir, '.local', 'state', 'runbook');
}

/** The folder holding one sub-folder per session. */
export function sessionsDir(home: string): string {
  return join(home, 'sessions');
}

/** A session id that sorts by start time, never collides in practice and is safe as a folder name: `20261122T153012Z-7f3a9c`. */
export function newSessionId(now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

/** Whether `id` could be a session folder name (and so cannot climb out of the sessions folder). */
export function isSessionId(id: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(id);
}

/** Creates a folder (and missing parents) only the operator can read, and tightens one that already exists. */
export function ensurePrivateDir(path: string): void {
  mkdirSync(path, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (!statSync(path).isDirectory()) throw new Error(`${path} exists and is not a folder`);
  // mkdir's mode is filtered by the umask and ignored for an existing folder: set it explicitly.
  chmodSync(path, PRIVATE_DIR_MODE);
}
