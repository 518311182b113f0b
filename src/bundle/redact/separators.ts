import { mayEndShapeAnchor, privateKeyBlockAt } from '../../secret-shapes.js';
import { envValueAt } from './env-values.js';
import type { Finding } from './finding.js';
import { assignmentAt, flagAt, urlPasswordAt } from './key-values.js';
import { privateKeyFinding, tokensEndingAt } from './tokens.js';

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
    const before = text.charCodeAt(colon - 1);
    if (text.charCodeAt(colon + 1) === 0x2f /* / */) urlPasswordAt(text, colon, out);
    // A colon after a digit (`04:22:33`, `10.0.0.1:6443`) starts nothing but a URL's `://`: no secret name and no
    // `value` key ends in a digit. Timestamps put several on most log lines.
    else if (isDigit(before)) continue;
    if (before === 0x44 /* D */ && !placeholders && text.startsWith('[REDACTED', colon - 9)) placeholders = true;
    // An env value's key ends in `e` (`value:`), or in a quote or blanks (`"value" :`).
    if (before === 0x65 /* e */ || before === 0x22 /* " */ || before <= 0x20 || before > 0x7f) envValueAt(text, colon, out);
    if (colon >= valueEnd) valueEnd = assignmentAt(text, colon, out) ?? valueEnd;
  }
  valueEnd = 0;
  for (let equals = text.indexOf('='); equals !== -1; equals = text.indexOf('=', equals + 1)) {
    if (equals >= valueEnd) valueEnd = assignmentAt(text, equals, out) ?? valueEnd;
    if (mayEndShapeAnchor(text, equals)) tokensEndingAt(text, equals, out);
  }
  findAtDashes(text, out);
  return placeholders;
}

/**
 * One search for `-`, shared by the rules that start from one: flags, which start with `--` or are `-u`, PEM
 * private keys, whose header starts with `-----BEGIN `, and tokens whose anchor ends in `-` (`glpat-`). A dash is
 * among the most common characters of kubectl output (pod names), and a search for a string that starts with one
 * stops at each of them anyway, so a visit to each costs less than a search per rule. Each rule goes on where its
 * own search would have: a flag read over a key's header does not hide the key.
 */
function findAtDashes(text: string, out: Finding[]): void {
  let flagsFrom = 0;
  let userFrom = 0;
  // A header whose `EGIN ` lies inside the last key found is passed over, as a search for `EGIN ` alone would.
  let keysFrom = 0;
  // The position only grows: each search resumes just past the dash it found.
  for (let dash = text.indexOf('-'); dash !== -1; dash = text.indexOf('-', dash + 1)) {
    const next = text.charCodeAt(dash + 1);
    if (next === 0x2d /* - */) {
      if (dash >= flagsFrom) flagsFrom = flagAt(text, dash, out) + 1;
      if (dash + 6 >= keysFrom && text.charCodeAt(dash + 5) === 0x42 /* B */) {
        const block = privateKeyBlockAt(text, dash);
        if (block) {
          out.push(privateKeyFinding(text, block));
          keysFrom = block.end;
        }
      }
    } else if (next === 0x75 /* u */ && dash >= userFrom) {
      userFrom = Math.max(dash + 2, flagAt(text, dash, out) + 1);
    }
    if (mayEndShapeAnchor(text, dash)) tokensEndingAt(text, dash, out);
  }
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
