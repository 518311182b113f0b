import path from 'node:path';
import type { LintMessage } from '../result.js';
import type { Formatter, FormatterContext } from './formatter.js';

/** Raw SGR escapes, each with the code that closes only what it opened, so styles nest. */
const STYLES = {
  red: ['\u001b[31m', '\u001b[39m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  bold: ['\u001b[1m', '\u001b[22m'],
} as const;
type Style = keyof typeof STYLES;

/** Widest severity label, so the message column starts at the same place for errors and warnings. */
const SEVERITY_WIDTH = 'warning'.length;
const GAP = '  ';

// The default format, for people in a terminal: grouped by file, one aligned line per finding that starts with a
// clickable `path:line:col`, then a totals line; empty when there is nothing to report.
const stylish: Formatter = (results, context) => {
  const paint = (style: Style, text: string): string => (context.color ? `${STYLES[style][0]}${text}${STYLES[style][1]}` : text);
  let output = '';
  let errors = 0;
  let warnings = 0;

  for (const result of results) {
    if (result.messages.length === 0) continue;
    const file = printable(displayPath(result.filePath, context));
    const rows = result.messages.map((message) => ({
      message,
      location: `${file}:${message.line}:${message.column}`,
      text: printable(message.message),
    }));
    const locationWidth = Math.max(...rows.map((row) => width(row.location)));
    const textWidth = Math.max(...rows.map((row) => width(row.text)));

    output += `${file}\n`;
    for (const { message, location, text } of rows) {
      if (message.severity === 2) errors++;
      else warnings++;
      // Padding is computed on the plain text and added outside the escapes, so colour never shifts a column.
      output +=
        `  ${pad(location, locationWidth)}${GAP}` +
        `${severityLabel(message, paint)}${' '.repeat(SEVERITY_WIDTH - severityName(message).length)}${GAP}` +
        `${pad(text, textWidth)}${GAP}${paint('dim', printable(message.ruleId))}\n`;
    }
    output += '\n';
  }

  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `✖ ${total} ${plural(total, 'problem')} (${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')})`;
  return `${output}${paint('bold', paint(errors > 0 ? 'red' : 'yellow', summary))}\n`;
};

export default stylish;

function severityName(message: LintMessage): 'error' | 'warning' {
  return message.severity === 2 ? 'error' : 'warning';
}

function severityLabel(message: LintMessage, paint: (style: Style, text: string) => string): string {
  return message.severity === 2 ? paint('red', 'error') : paint('yellow', 'warning');
}

/** Relative to cwd in the platform's own separators, which is what the user's terminal and editor resolve. */
function displayPath(filePath: string, context: FormatterContext): string {
  return path.relative(context.cwd, filePath) || filePath;
}

/**
 * One finding stays on one line, and text from a runbook cannot drive the terminal: line breaks show as `\n`,
 * other control characters (ESC included) as `\xNN`.
 */
function printable(text: string): string {
  return text.replace(/\r\n|[\u0000-\u001f\u007f-\u009f]/gu, (char) => {
    if (char === '\r\n' || char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    return `\\x${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
  });
}

/** Columns a string takes, counted in code points (close enough for runbook text; wide CJK glyphs are not measured). */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)));
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
