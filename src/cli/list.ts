import { relative } from 'node:path';
import { paint } from '../runner/screen.js';
import { useColor } from './color.js';
import { EXIT } from './exit.js';
import { projectCatalog } from './project.js';

/** `runbook list`: every runbook of the project, one line each; `--json` for scripts. */
export async function listCommand(flags: { json?: boolean }, io: { cwd: string; stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }): Promise<number> {
  const { folders, catalog } = await projectCatalog(io.cwd, io.stderr);
  const entries = catalog.entries.map((entry) => ({ ...entry, path: relative(io.cwd, entry.path) || entry.path }));
  if (flags.json) {
    io.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
    return EXIT.ok;
  }
  if (entries.length === 0) {
    io.stderr.write(`No runbooks in ${folders.runbooksDirShown} yet; start one with \`runbook new <id>\`\n`);
    return EXIT.ok;
  }
  const color = useColor(io.stdout);
  const rows = [
    ['ID', 'SEVERITY', 'OWNER', 'REVIEWED', 'ALERTS', 'TITLE'],
    ...entries.map((e) => [e.id, e.severity || '-', e.owner || '-', e.reviewed ? `${e.reviewed}${e.overdue ? ' OVERDUE' : ''}` : '-', e.alerts.join(',') || '-', e.title]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const lines = rows.map((row, r) => {
    const line = row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
    if (r === 0) return paint(line, ['bold'], color);
    return entries[r - 1]!.overdue ? line.replace(' OVERDUE', paint(' OVERDUE', ['yellow'], color)) : line;
  });
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
