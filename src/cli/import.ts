import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { importRunbook } from '../import/import-runbook.js';
import { EXIT } from './exit.js';
import { inputFiles } from './input-files.js';
import { projectFolders } from './project.js';
import { writeNewFileAtomic } from './write-file.js';

export interface ImportFlags {
  output?: string;
  json?: boolean;
}

interface FileReport {
  source: string;
  output?: string;
  status: 'imported' | 'not-converted' | 'exists';
  clean: boolean;
  todos: number;
  warnings: { line: number; column: number; message: string }[];
  remaining: { line: number; column: number; message: string; ruleId: string; severity: 1 | 2 }[];
}

// `runbook import <files...>`: prose runbooks to runbooks, one file each, never over an existing one. Warnings are
// located in the source; what lint still finds in a result is located in the runbook written.
export async function importCommand(paths: string[], flags: ImportFlags, io: { cwd: string; stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }): Promise<number> {
  const folders = await projectFolders(io.cwd);
  const outDir = flags.output === undefined ? folders.runbooksDir : resolve(io.cwd, flags.output);
  const shown = (path: string): string => relative(io.cwd, path) || path;
  const reports: FileReport[] = [];
  const now = new Date();
  for (const source of markdownFiles(paths, io.cwd)) {
    const result = importRunbook(source, readFileSync(source, 'utf8'), { outputPath: (id) => join(outDir, `${id}.md`), now });
    const report: FileReport = { source: shown(source), status: 'not-converted', clean: false, todos: result.todos, warnings: result.warnings, remaining: result.remaining };
    if (result.text !== undefined && result.id !== undefined) {
      const output = join(outDir, `${result.id}.md`);
      report.output = shown(output);
      if (existsSync(output)) {
        report.status = 'exists';
      } else {
        writeNewFileAtomic(output, result.text);
        report.status = 'imported';
        report.clean = result.remaining.length === 0;
      }
    }
    reports.push(report);
    if (!flags.json) printReport(report, io);
  }
  const imported = reports.filter((r) => r.status === 'imported');
  if (flags.json) io.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  io.stderr.write(
    `Imported ${imported.length} of ${reports.length} files into ${shown(outDir)}: ${imported.filter((r) => r.clean).length} lint clean but for TODO markers (${imported.reduce((n, r) => n + r.todos, 0)} to fill in), ${reports.filter((r) => r.status === 'not-converted').length} not in the common layout, ${reports.filter((r) => r.status === 'exists').length} already there\n`,
  );
  return reports.every((r) => r.status === 'imported' && r.clean) ? EXIT.ok : EXIT.findings;
}

function printReport(report: FileReport, io: { stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }): void {
  for (const w of report.warnings) io.stderr.write(`${report.source}:${w.line}:${w.column}: warning: ${w.message}\n`);
  if (report.status === 'exists') io.stderr.write(`${report.source}: not imported: ${report.output} already exists; remove it or import into another folder with -o\n`);
  if (report.status !== 'imported') return;
  for (const m of report.remaining) io.stderr.write(`${report.output}:${m.line}:${m.column}: ${m.severity === 2 ? 'error' : 'warning'}: ${m.message}  ${m.ruleId}\n`);
  io.stdout.write(`${report.output}\n`);
}

function markdownFiles(paths: string[], cwd: string): string[] {
  const files = inputFiles(paths, cwd, /\.(md|markdown)$/i).map((file) => file.path);
  if (files.length === 0) throw new UsageError(`No Markdown files in ${paths.join(', ')}`);
  return files;
}
