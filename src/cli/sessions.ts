import { listSessions, type SessionSummary } from '../session/list.js';
import { runbookHome } from '../session/home.js';

/** `runbook sessions`: newest first; `--json` prints the list as an array for scripts. */
export async function sessionsCommand(flags: { json?: boolean }, io: { stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }): Promise<number> {
  const home = runbookHome();
  const { sessions, unreadable } = listSessions(home);
  for (const broken of unreadable) io.stderr.write(`runbook: cannot read session ${broken.id}: ${broken.message}\n`);
  if (flags.json) {
    io.stdout.write(`${JSON.stringify(sessions.map(({ dir: _dir, ...rest }) => rest), null, 2)}\n`);
    return 0;
  }
  if (sessions.length === 0) {
    io.stderr.write(`No sessions yet under ${home}\n`);
    return 0;
  }
  const rows = [['SESSION', 'RUNBOOK', 'STARTED', 'OPERATOR', 'CONTEXT', 'STATUS'], ...sessions.map((s) => [s.id, s.runbook, utc(s.started), s.operator, s.context ?? '-', statusCell(s)])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  io.stdout.write(`${rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n')}\n`);
  return 0;
}

function utc(iso: string): string {
  return iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z');
}

// A walk still under way says where, so nobody resumes it (the lock would refuse) or bundles it half-done unawares.
function statusCell(session: SessionSummary): string {
  const open = session.openIn ? `, open in pid ${session.openIn.pid} on ${session.openIn.host} since ${utc(session.openIn.since)}` : '';
  return `${session.status}${session.drill ? ' (drill)' : ''}${open}`;
}
