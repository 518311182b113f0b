import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { currentContext } from '../kube/context.js';
import { parseRunbook } from '../runbook/parse.js';
import { JOURNAL_FILE } from '../session/files.js';
import { readJournal } from '../session/journal.js';
import { runbookHome, sessionsDir } from '../session/home.js';
import { replay } from '../session/state.js';
import { listSessions } from '../session/list.js';
import { resumeUnattended } from '../runner/unattended.js';
import { VERSION } from '../version.js';
import { offerBundle } from './bundle-offer.js';
import { parseSize } from './size.js';
import { checkWalkFlags, DEFAULT_MAX_OUTPUT, finishWalk, operatorName, walkScreen, withInterrupt, type WalkFlags, type WalkIO } from './walk.js';

/** `runbook resume [session]`: continues the newest unfinished session, or the one named; a walk-through unless `--yes`. */
export async function resumeCommand(sessionId: string | undefined, flags: WalkFlags, io: WalkIO): Promise<number> {
  checkWalkFlags(flags);
  const home = runbookHome();
  const id = sessionId ?? newestToResume(home);
  const journalFile = join(sessionsDir(home), id, JOURNAL_FILE);
  if (!existsSync(journalFile)) throw new UsageError(`No session \`${id}\`; \`runbook sessions\` lists them all`);
  const state = replay(readJournal(journalFile).events);
  const path = state.runbook.path;
  if (!existsSync(path)) throw new UsageError(`The runbook this session walked is gone: ${path}`);
  const text = readFileSync(path, 'utf8');
  const common = {
    runbook: parseRunbook(path, text).data as Record<string, unknown>,
    runbookPath: path,
    runbookText: text,
    home,
    readOnly: flags.readOnly === true || state.options.readOnly,
    maxOutputBytes: flags.maxOutput === undefined ? (state.options.maxOutput ?? DEFAULT_MAX_OUTPUT) : parseSize('--max-output', flags.maxOutput),
    kube: await currentContext(),
    operator: operatorName(),
    host: hostname(),
    version: VERSION,
  };
  if (!flags.yes) {
    const { runInteractive } = await import('../runner/interactive.js');
    const screen = await walkScreen(flags, io);
    const walked = await runInteractive({ ...common, vars: {}, resume: { sessionId: id }, ...screen });
    await offerBundle({ report: walked, prompter: screen.prompter, io });
    return finishWalk(walked, flags, io);
  }
  const report = await withInterrupt((signal) =>
    resumeUnattended({
      ...common,
      sessionId: id,
      ...(flags.confirmMutating ? { confirmChanges: '--confirm-mutating' } : {}),
      ...(flags.cause ? { cause: flags.cause } : {}),
      signal,
      ...(flags.json ? {} : { onOutput: (chunk: Uint8Array) => io.stderr.write(chunk) }),
    }),
  );
  const code = finishWalk(report, flags, io);
  await offerBundle({ report, io });
  return code;
}

// The newest unfinished session nobody is walking: one still open in another process is its walker's to finish.
function newestToResume(home: string): string {
  const unfinished = listSessions(home).sessions.filter((s) => (s.status === 'running' || s.status === 'paused') && !s.drill);
  const free = unfinished.find((s) => s.openIn === null);
  if (free) return free.id;
  const live = unfinished[0];
  if (live?.openIn) {
    throw new UsageError(`No unfinished session to resume under ${home}: the newest, ${live.id}, is open in pid ${live.openIn.pid} on ${live.openIn.host}; finish or quit it there`);
  }
  throw new UsageError(`No unfinished session under ${home}; \`runbook sessions\` lists them all`);
}
