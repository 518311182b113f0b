import { mayEndShapeAnchor, privateKeyBlockAt } from '../../secret-shapes.js';
import type { RedactionAnchors } from './anchors.js';
import { envValueAt } from './env-values.js';
import type { Finding } from './finding.js';
import { assignmentAt, flagAt, urlPasswordAt } from './key-values.js';
import { privateKeyFinding, tokensEndingAt } from './tokens.js';

/**
 * The rules that start from a separator, at each `:` and `=` the anchor scan kept. `:` and `=` are among the
 * most common characters of kubectl output; the scan drops those where none of these rules can start (a colon
 * after a digit, a name that cannot be a secret's), and each rule here still makes its own checks.
 * Key/values, URL user info and env values (`value:`, `"value":`) all start from a `:`, so they share one visit.
 * Returns whether a placeholder of an earlier run (`[REDACTED:`) occurs, seen on the way at its first colon.
 */
export function findAtSeparators(text: string, anchors: RedactionAnchors, out: Finding[]): boolean {
  // A key/value's value may hold more separators (`token: a:b`): they are not names, so the scan for
  // names skips them, while URLs and env values are looked for at every colon.
  let valueEnd = 0;
  let placeholders = false;
  for (const colon of anchors.colons) {
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
  for (const equals of anchors.equals) {
    if (equals >= valueEnd) valueEnd = assignmentAt(text, equals, out) ?? valueEnd;
    if (mayEndShapeAnchor(text, equals)) tokensEndingAt(text, equals, out);
  }
  findAtDashes(text, anchors.dashes, out);
  return placeholders;
}

/**
 * The rules that start from a `-`, at each one the anchor scan kept (a `--`, a `-u`, or the end of a token's
 * anchor such as `glpat-`): flags, which start with `--` or are `-u`, PEM private keys, whose header starts with
 * `-----BEGIN `, and tokens whose anchor ends in `-`. Each rule goes on where its own search would have: a flag
 * read over a key's header does not hide the key.
 */
function findAtDashes(text: string, dashes: readonly number[], out: Finding[]): void {
  let flagsFrom = 0;
  let userFrom = 0;
  // A header whose `EGIN ` lies inside the last key found is passed over, as a search for `EGIN ` alone would.
  let keysFrom = 0;
  for (const dash of dashes) {
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
