import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { currentContext } from '../kube/context.js';
import { parseRunbook } from '../runbook/parse.js';
import { JOURNAL_FILE, readJournal } from '../runner/journal.js';
import { runbookHome, sessionsDir } from '../runner/session-home.js';
import { replay } from '../runner/session-state.js';
import { listSessions } from '../runner/sessions.js';
import { exitCodeOf, resumeUnattended } from '../runner/unattended.js';
import { VERSION } from '../version.js';
import { operatorName, summary } from './run.js';
import { parseSize } from './size.js';

export interface ResumeFlags {
  readOnly?: boolean;
  yes?: boolean;
  confirmMutating?: boolean;
  cause?: string;
  json?: boolean;
  maxOutput?: string;
}

/** `runbook resume [session]`: continues the newest unfinished session, or the one named. */
export async function resumeCommand(sessionId: string | undefined, flags: ResumeFlags, io: { cwd: string; stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }): Promise<number> {
  if (!flags.yes) throw new UsageError('the interactive walk-through is not in this version yet; pass --yes to resume unattended');
  const home = runbookHome();
  const id = sessionId ?? listSessions(home).sessions.find((s) => s.status === 'running')?.id;
  if (!id) throw new UsageError(`No unfinished session under ${home}; \`runbook sessions\` lists them all`);
  const journalFile = join(sessionsDir(home), id, JOURNAL_FILE);
  if (!existsSync(journalFile)) throw new UsageError(`No session \`${id}\`; \`runbook sessions\` lists them all`);
  const state = replay(readJournal(journalFile).events);
  const path = state.runbook.path;
  if (!existsSync(path)) throw new UsageError(`The runbook this session walked is gone: ${path}`);
  const text = readFileSync(path, 'utf8');
  const controller = new AbortController();
  const onInterrupt = (): void => controller.abort();
  process.on('SIGINT', onInterrupt);
  try {
    const report = await resumeUnattended({
      sessionId: id,
      runbook: parseRunbook(path, text).data as Record<string, unknown>,
      runbookPath: path,
      runbookText: text,
      home,
      readOnly: flags.readOnly === true || state.options.readOnly,
      confirmMutating: flags.confirmMutating === true,
      ...(flags.cause ? { cause: flags.cause } : {}),
      maxOutputBytes: flags.maxOutput === undefined ? (state.options.maxOutput ?? 16 * 1024 * 1024) : parseSize('--max-output', flags.maxOutput),
      kube: await currentContext(),
      operator: operatorName(),
      host: hostname(),
      version: VERSION,
      signal: controller.signal,
      ...(flags.json ? {} : { onOutput: (chunk: Uint8Array) => io.stderr.write(chunk) }),
    });
    if (flags.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else io.stderr.write(summary(report));
    return exitCodeOf(report);
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}
