import { envValueAt } from './env-values.js';
import type { Finding } from './finding.js';
import { assignmentAt, flagAt, urlPasswordAt } from './key-values.js';

/**
 * One search per separator for every rule that starts from it. `:` and `=` are among the most
 * common characters of kubectl output, so a search for any string that starts with one of them stops on
 * nearly every line, and costs about as much as visiting each separator once: key/values, URL user info and
 * env values (`value:`, `"value":`) all start from a `:`, so they share one visit to each instead of a search each.
 * Returns whether a placeholder of an earlier run (`[REDACTED:`) occurs, seen on the way at its first colon.
 */
export function findAtSeparators(text: string, out: Finding[]): boolean {
  // A key/value's value may hold more separators (`token: a:b`): they are not names, so the scan for
  // names skips them, while URLs and env values are looked for at every colon.
  let valueEnd = 0;
  let placeholders = false;
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    // A colon after a digit (`04:22:33`, `10.0.0.1:6443`) starts nothing but a URL's `://`: no secret name and no
    // `value` key ends in a digit. Timestamps put several on most log lines.
    const before = text.charCodeAt(colon - 1);
    if (isDigit(before) && text.charCodeAt(colon + 1) !== 0x2f /* / */) continue;
    if (before === 0x44 /* D */ && !placeholders && text.startsWith('[REDACTED', colon - 9)) placeholders = true;
    urlPasswordAt(text, colon, out);
    envValueAt(text, colon, out);
    if (colon >= valueEnd) valueEnd = assignmentAt(text, colon, out) ?? valueEnd;
  }
  valueEnd = 0;
  for (let equals = text.indexOf('='); equals !== -1; equals = text.indexOf('=', equals + 1)) {
    if (equals >= valueEnd) valueEnd = assignmentAt(text, equals, out) ?? valueEnd;
  }
  // Flags start with `--` or are `-u`: searched as such, since a lone `-` is in nearly every pod name.
  for (let dash = text.indexOf('--'); dash !== -1; dash = text.indexOf('--', flagAt(text, dash, out) + 1));
  for (let dash = text.indexOf('-u'); dash !== -1; dash = text.indexOf('-u', Math.max(dash + 2, flagAt(text, dash, out) + 1)));
  return placeholders;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
