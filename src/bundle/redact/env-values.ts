import { PRIORITY, type Finding } from './finding.js';
import { isLiteralValue, isSecretName, kindForName } from './secret-names.js';

const JSON_NAME = /"name"\s*:\s*"([A-Za-z_][A-Za-z0-9_.-]*)"\s*,\s*"$/;
const JSON_VALUE = /value"\s*:\s*"((?:[^"\\\n]|\\.)*)"/y;
const FLOW_ENV = /\{\s*name:\s*(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\1\s*,\s*value:\s*("(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[^,}\n]+)/g;

/**
 * Container env values in pod specs: `- name: X` then `value: Y` in YAML, `{"name": "X", "value": "Y"}` in
 * JSON, `{name: X, value: Y}` in flow YAML. The value is masked when the variable's name looks secret; other
 * values (LOG_LEVEL, JAVA_OPTS) are what Tier 3 reads, and still pass every other rule.
 * `kubectl describe pod`'s `Environment:` lines are `NAME: value`, which the key/value rule reads.
 */
export function findEnvValues(text: string, out: Finding[]): void {
  yamlEnv(text, out);
  // Searched from `value"`: a `v` is rarer than the quote that starts `"name"`.
  for (let at = text.indexOf('value"'); at !== -1; at = text.indexOf('value"', at + 6)) {
    if (text[at - 1] !== '"') continue;
    const name = JSON_NAME.exec(text.slice(Math.max(0, at - 200), at));
    if (!name) continue;
    JSON_VALUE.lastIndex = at;
    const value = JSON_VALUE.exec(text);
    if (!value) continue;
    const end = at + value[0].length - 1;
    push(out, name[1]!, end - value[1]!.length, end, value[1]!);
  }
  if (text.includes('{name:') || text.includes('{ name:')) {
    FLOW_ENV.lastIndex = 0;
    for (let match = FLOW_ENV.exec(text); match; match = FLOW_ENV.exec(text)) {
      let value = match[3]!.trimEnd();
      let end = match.index + match[0].length - (match[3]!.length - value.length);
      if (/^["']/.test(value) && value.length >= 2) {
        end--;
        value = value.slice(1, -1);
      }
      push(out, match[2]!, end - value.length, end, value);
    }
  }
}

/** `- name: X` and, on the next line two columns further in, `value: Y`; searched from `value:`, the rarer of the two. */
function yamlEnv(text: string, out: Finding[]): void {
  for (let at = text.indexOf('value:'); at !== -1; at = text.indexOf('value:', at + 6)) {
    const line = text.lastIndexOf('\n', at - 1) + 1;
    const indent = at - line;
    if (indent < 2 || !isSpaces(text, line, at)) continue;
    const previous = text.lastIndexOf('\n', line - 2) + 1;
    const dash = previous + indent - 2;
    if (line === 0 || !text.startsWith('- name: ', dash) || !isSpaces(text, previous, dash)) continue;
    const previousEnd = text[line - 2] === '\r' ? line - 2 : line - 1;
    const name = unquote(text.slice(dash + 8, previousEnd).trim());
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

function unquote(text: string): string {
  return /^(["']).*\1$/.test(text) ? text.slice(1, -1) : text;
}
