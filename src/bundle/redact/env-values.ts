import { PRIORITY, type Finding } from './finding.js';
import { isLiteralValue, isSecretName, kindForName } from './secret-names.js';

const JSON_NAME = /"name"\s*:\s*"([A-Za-z_][A-Za-z0-9_.-]*)"\s*,\s*"$/;
const JSON_VALUE = /value"\s*:\s*"((?:[^"\\\n]|\\.)*)"/y;
const FLOW_NAME = /\{\s*name:\s*(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\1\s*,\s*$/;
const FLOW_VALUE = /value:\s*("(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[^,}\n]+)/y;
/** What JSON_VALUE's `\s` allows between `value"` and its colon, tested on ASCII without a regex. */
const WHITESPACE = /\s/;
const isWhitespace = (code: number): boolean => code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code > 0x7f && WHITESPACE.test(String.fromCharCode(code)));

/**
 * Container env values in pod specs: `- name: X` then `value: Y` in YAML, `{"name": "X", "value": "Y"}` in
 * JSON, `{name: X, value: Y}` in flow YAML. The value is masked when the variable's name looks secret; other
 * values (LOG_LEVEL, JAVA_OPTS) are what Tier 3 reads, and still pass every other rule.
 * `kubectl describe pod`'s `Environment:` lines are `NAME: value`, which the key/value rule reads.
 *
 * The separator scan (separators.ts) calls this at every `:`, which every form has after its `value` key:
 * `value:` (YAML) or `value"` and blanks (JSON). Sharing that scan spares a search of its own through every text.
 */
export function envValueAt(text: string, colon: number, out: Finding[]): void {
  // Most colons are turned away by the character before them, without a string comparison.
  const before = text.charCodeAt(colon - 1);
  if (before === 0x65 /* e */) {
    if (text.charCodeAt(colon - 2) === 0x75 /* u */ && text.startsWith('value', colon - 5)) yamlEnv(text, colon - 5, out);
    return;
  }
  if (before !== 0x22 /* " */ && !isWhitespace(before)) return;
  let quote = colon - 1;
  while (quote > 0 && isWhitespace(text.charCodeAt(quote))) quote--;
  if (text.charCodeAt(quote) === 0x22 /* " */ && text.charCodeAt(quote - 1) === 0x65 /* e */ && text.charCodeAt(quote - 6) === 0x22 && text.startsWith('value', quote - 5)) {
    jsonEnv(text, quote - 5, out);
  }
}

/** `{"name": "X", "value": "Y"}`, pretty or compact. */
function jsonEnv(text: string, at: number, out: Finding[]): void {
  const name = JSON_NAME.exec(text.slice(Math.max(0, at - 200), at));
  if (!name) return;
  JSON_VALUE.lastIndex = at;
  const value = JSON_VALUE.exec(text);
  if (!value) return;
  const end = at + value[0].length - 1;
  push(out, name[1]!, end - value[1]!.length, end, value[1]!);
}

/** `- name: X` and, on the next line two columns further in, `value: Y`; searched from `value:`, the rarer of the two. */
function yamlEnv(text: string, at: number, out: Finding[]): void {
  const line = text.lastIndexOf('\n', at - 1) + 1;
  const indent = at - line;
  if (!isSpaces(text, line, at)) {
    flowEnv(text, line, at, out);
    return;
  }
  if (indent < 2) return;
  const previous = text.lastIndexOf('\n', line - 2) + 1;
  const dash = previous + indent - 2;
  if (line === 0 || !text.startsWith('- name: ', dash) || !isSpaces(text, previous, dash)) return;
  const previousEnd = text[line - 2] === '\r' ? line - 2 : line - 1;
  const name = unquote(text.slice(dash + 8, previousEnd).trim());
  // Most variables (LOG_LEVEL, JAVA_OPTS) are judged by their name alone: their value is not read.
  if (!isSecretName(name)) return;
  let start = at + 6;
  while (text[start] === ' ' || text[start] === '\t') start++;
  let end = endOfLine(text, start);
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  const quote = text[start];
  if ((quote === '"' || quote === "'") && end - start >= 2 && text[end - 1] === quote) {
    start++;
    end--;
  }
  push(out, name, start, end, text.slice(start, end));
}

/** `{name: X, value: Y}` (flow YAML), found from its `value:`. */
function flowEnv(text: string, line: number, at: number, out: Finding[]): void {
  const name = FLOW_NAME.exec(text.slice(Math.max(line, at - 200), at));
  if (!name) return;
  FLOW_VALUE.lastIndex = at;
  const match = FLOW_VALUE.exec(text);
  if (!match) return;
  let value = match[1]!.trimEnd();
  let start = at + match[0].length - match[1]!.length;
  if (/^["']/.test(value) && value.length >= 2) {
    start++;
    value = value.slice(1, -1);
  }
  push(out, name[2]!, start, start + value.length, value);
}

function isSpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 0x20) return false;
  return true;
}

function push(out: Finding[], name: string, start: number, end: number, value: string): void {
  if (!isSecretName(name) || !isLiteralValue(value)) return;
  out.push({ start, end, kind: kindForName(name), rule: 'env-value', priority: PRIORITY.structure });
}

function endOfLine(text: string, at: number): number {
  const newline = text.indexOf('\n', at);
  const end = newline === -1 ? text.length : newline;
  return text[end - 1] === '\r' ? end - 1 : end;
}

/** What `.` in a regex does not match: a quoted name spans one line. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

function unquote(text: string): string {
  const quote = text.charCodeAt(0);
  return (quote === 0x22 || quote === 0x27) && text.length >= 2 && text.charCodeAt(text.length - 1) === quote && !LINE_BREAK.test(text) ? text.slice(1, -1) : text;
}
