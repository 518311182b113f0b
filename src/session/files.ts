/**
 * The one place that names the files of a session folder: the journal, the runbook copy, the lock, and every
 * stored output (`steps/`, `collected/`). Readers (the bundle) check names against `isStoredOutput`, so a journal
 * edited by hand cannot point them at other files.
 */
import { constants, fchmodSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../errors.js';
import { ensurePrivateDir, isSessionId, PRIVATE_FILE_MODE, sessionsDir } from './home.js';

export const JOURNAL_FILE = 'journal.jsonl';
/** The exact runbook text a session walks, stored beside its journal so a bundle can ship the version used. */
export const RUNBOOK_COPY_FILE = 'runbook.md';
/** Held by the one process appending to the journal. */
export const LOCK_FILE = 'journal.lock';
export const STEPS_DIR = 'steps';
export const COLLECTED_DIR = 'collected';
/** Where a pick list's output waits while the operator picks; removed right after. */
export const CHOICES_DIR = 'choices';

const STEP_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const STORED_OUTPUT = /^(steps|collected)\/[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The folder of one session. */
export function sessionDir(home: string, sessionId: string): string {
  if (!isSessionId(sessionId)) throw new ConfigError(`Unexpected session id \`${sessionId}\`, expected letters, digits, \`.\`, \`_\` and \`-\``);
  return join(sessionsDir(home), sessionId);
}

/** The journal file of one session. */
export function journalPath(home: string, sessionId: string): string {
  return join(sessionDir(home, sessionId), JOURNAL_FILE);
}

function checkStep(position: number, stepId: string, attempt: number): void {
  if (!Number.isInteger(position) || position < 1) throw new RangeError(`Unexpected step position ${position}, expected an integer from 1`);
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`Unexpected attempt ${attempt}, expected an integer from 1`);
  if (!STEP_ID.test(stepId)) throw new RangeError(`Unexpected step id \`${stepId}\`, expected kebab-case`);
}

/** Where a step's output is stored, relative to the session folder: `steps/NN-<step-id>-<attempt>.txt`, NN its position in the plan. */
export function stepOutputFile(position: number, stepId: string, attempt: number): string {
  checkStep(position, stepId, attempt);
  return `${STEPS_DIR}/${String(position).padStart(2, '0')}-${stepId}-${attempt}.txt`;
}

/** Where the server-side dry run before a change is stored: beside the change's own output. */
export function dryRunOutputFile(position: number, stepId: string, attempt: number): string {
  checkStep(position, stepId, attempt);
  return `${STEPS_DIR}/${String(position).padStart(2, '0')}-${stepId}-${attempt}-dry-run.txt`;
}

/** Where the n-th (1-based) `escalation.collect` command's output is stored. */
export function collectedOutputFile(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Unexpected collect number ${n}, expected an integer from 1`);
  return `${COLLECTED_DIR}/${String(n).padStart(2, '0')}.txt`;
}

/** Where a variable's pick list is read from, relative to the session folder. */
export function choicesOutputFile(variable: string): string {
  return `${CHOICES_DIR}/${variable.replace(/[^A-Za-z0-9_-]/g, '_')}.txt`;
}

/** Whether a path a journal records is one the runner writes (`steps/…` or `collected/…`, no way out of them). */
export function isStoredOutput(path: string, folder: typeof STEPS_DIR | typeof COLLECTED_DIR): boolean {
  return STORED_OUTPUT.test(path) && path.startsWith(`${folder}/`);
}

/** Creates (or empties) an output file under the session folder with mode 0600, its folder 0700, and returns it open for writing. */
export function openOutputFile(sessionFolder: string, relativePath: string): number {
  const path = join(sessionFolder, relativePath);
  ensurePrivateDir(join(path, '..'));
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC, PRIVATE_FILE_MODE);
  fchmodSync(fd, PRIVATE_FILE_MODE);
  return fd;
}
