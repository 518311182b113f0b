import path from 'node:path';
import type { LintMessage } from '../result.js';
import type { Formatter } from './formatter.js';

// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff and the run's
// summary. Paths are relative to cwd, so run the linter from the repository root.
const github: Formatter = (results, context) => {
  let output = '';
  for (const result of results) {
    const file = (path.relative(context.cwd, result.filePath) || result.filePath).split(path.sep).join('/');
    for (const message of result.messages) output += `${command(file, message)}\n`;
  }
  return output;
};

export default github;

function command(file: string, message: LintMessage): string {
  const properties: [string, string | number][] = [['file', file]];
  // Positions GitHub cannot place (line 0) are left out, which annotates the file as a whole.
  if (message.line >= 1) {
    properties.push(['line', message.line]);
    if (message.column >= 1) properties.push(['col', message.column]);
    if (message.endLine >= message.line) {
      properties.push(['endLine', message.endLine]);
      if (message.endColumn >= 1) properties.push(['endColumn', message.endColumn]);
    }
  }
  properties.push(['title', message.ruleId]);
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${message.severity === 2 ? 'error' : 'warning'} ${list}::${escapeData(message.message)}`;
}

/** The runner's own escaping (actions/toolkit `escapeData`): `%` first, so the escapes themselves survive. */
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values also must not end the property (`,`) or the property list (`:`). */
function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
