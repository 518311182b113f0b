import { decodeBase64Text } from './base64.js';
import { isCertificatesOnly } from './certificates.js';
import { PRIORITY, type Finding } from './finding.js';
import { indentOf, isBlank, lineContent, lineEnd, lineStart, nextLine, previousLine } from './lines.js';

const SECRET_KIND = /^([ \t]*)(- )?kind:[ \t]*(["']?)Secret\3[ \t]*$/;
const DATA_KEY = /^(data|stringData):[ \t]*(.*)$/;
const CHILD = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^\s:#'"][^:#]*?)[ \t]*:(?:[ \t]+(.*))?$/;
const BLOCK = /^[|>][-+0-9]*[ \t]*(?:#.*)?$/;

/**
 * Secret objects in `kubectl get -o yaml` output: single, multi-document and `kind: List`, with `data` and
 * `stringData` in block or flow style. Every value is masked, whatever its key, as Kubernetes itself treats it.
 * kubectl sorts keys, so `kind` comes after `data`: the object is found from its `kind` line by indentation.
 * Returns whether `"Secret"` occurs, quoted as in JSON, so that the JSON rule runs only then without a search of its own.
 */
export function findYamlSecrets(text: string, out: Finding[]): boolean {
  // The object last read, by the column of its keys: a second `kind: Secret` inside it (a duplicate key) would
  // read the same lines again, once per such line.
  let readUntil = -1;
  let readColumn = -1;
  let quoted = false;
  for (let at = text.indexOf('Secret'); at !== -1; at = text.indexOf('Secret', at + 6)) {
    if (text[at - 1] === '"' && text[at + 6] === '"') quoted = true;
    if (text[at - 1] !== ' ' && text[at - 1] !== '"' && text[at - 1] !== "'") continue;
    // `kind:` must come just before (a quote and blanks aside): checked here, before looking for the line's start,
    // which on a long line of `Secret`s would be read back once per word.
    let before = at - (text[at - 1] === ' ' ? 0 : 1);
    while (text[before - 1] === ' ' || text[before - 1] === '\t') before--;
    if (!text.startsWith('kind:', before - 5)) continue;
    const kindLine = lineStart(text, at);
    const match = SECRET_KIND.exec(lineContent(text, kindLine));
    if (!match) continue;
    const column = match[1]!.length + (match[2] ? 2 : 0);
    if (column === readColumn && kindLine <= readUntil && !match[2]) continue;
    const [first, last] = objectExtent(text, kindLine, column);
    readUntil = last;
    readColumn = column;
    for (let line = first; line !== -1 && line <= last; line = nextLine(text, line)) {
      const content = lineContent(text, line);
      const indent = indentOf(content);
      if (indent !== column && !(indent === column - 2 && content.startsWith('- ', indent))) continue;
      const key = DATA_KEY.exec(content.slice(column));
      if (!key) continue;
      const encoded = key[1] === 'data';
      const rest = key[2]!;
      if (rest.startsWith('{')) flowValues(text, line + column + content.slice(column).indexOf('{'), encoded, out);
      else if (rest === '' || rest.startsWith('#')) line = blockValues(text, line, column, encoded, out);
    }
  }
  return quoted;
}

/** The first and last lines of the object whose keys sit at `column`, around its `kind` line. */
function objectExtent(text: string, kindLine: number, column: number): [number, number] {
  let first = kindLine;
  for (let line = previousLine(text, kindLine); line !== -1; line = previousLine(text, line)) {
    const content = lineContent(text, line);
    if (isBlank(content)) continue;
    if (content.startsWith('---')) break;
    const indent = indentOf(content);
    if (indent >= column) first = line;
    else {
      if (indent === column - 2 && content.startsWith('- ', indent)) first = line;
      break;
    }
  }
  let last = kindLine;
  for (let line = nextLine(text, kindLine); line !== -1; line = nextLine(text, line)) {
    const content = lineContent(text, line);
    if (isBlank(content)) continue;
    if (content.startsWith('---') || indentOf(content) < column) break;
    last = line;
  }
  return [first, last];
}

/** `data:` followed by one `key: value` per line (quoted, plain, or a `|` block); returns the last line read. */
function blockValues(text: string, keyLine: number, column: number, encoded: boolean, out: Finding[]): number {
  let lastRead = keyLine;
  let childIndent = -1;
  let line = nextLine(text, keyLine);
  while (line !== -1) {
    const content = lineContent(text, line);
    if (isBlank(content)) {
      line = nextLine(text, line);
      continue;
    }
    const indent = indentOf(content);
    if (indent <= column) break;
    if (childIndent === -1) childIndent = indent;
    const child = indent === childIndent ? CHILD.exec(content.slice(indent)) : null;
    // The value runs on while lines are indented deeper than the key: a block scalar or a wrapped plain or quoted scalar.
    let valueLast = line;
    let next = nextLine(text, line);
    for (; next !== -1; next = nextLine(text, next)) {
      const nextContent = lineContent(text, next);
      if (isBlank(nextContent)) continue;
      if (indentOf(nextContent) <= childIndent) break;
      valueLast = next;
    }
    if (child) {
      const value = child[2] ?? '';
      if (BLOCK.test(value.trim())) {
        if (valueLast !== line) {
          const blockFirst = nextLine(text, line);
          push(text, blockFirst + indentOf(lineContent(text, blockFirst)), lineEnd(text, valueLast), encoded, out);
        }
      } else if (value.trim() !== '') {
        push(text, line + content.length - value.length, lineEnd(text, valueLast), encoded, out);
      }
    }
    lastRead = valueLast;
    line = next;
  }
  return lastRead;
}

/** `data: {password: abc, user: "def"}` on one line. */
function flowValues(text: string, open: number, encoded: boolean, out: Finding[]): void {
  const close = text.indexOf('}', open);
  const newline = text.indexOf('\n', open);
  const end = close === -1 || (newline !== -1 && newline < close) ? (newline === -1 ? text.length : newline) : close;
  const PAIR = /([^\s{},:]+|"(?:[^"\\]|\\.)*"|'[^']*')[ \t]*:[ \t]*("(?:[^"\\]|\\.)*"|'[^']*'|[^,}\n]*)/g;
  const body = text.slice(open + 1, end);
  for (const pair of body.matchAll(PAIR)) {
    const value = pair[2]!.trimEnd();
    if (value === '') continue;
    const start = open + 1 + pair.index + pair[0].length - pair[2]!.length;
    push(text, start, start + value.length, encoded, out);
  }
}

function push(text: string, start: number, end: number, encoded: boolean, out: Finding[]): void {
  let raw = text.slice(start, end);
  // Quotes stay, the value between them goes.
  const quote = raw[0];
  if ((quote === '"' || quote === "'") && raw.length >= 2 && raw.endsWith(quote)) {
    start++;
    end--;
    raw = raw.slice(1, -1);
  }
  if (raw.trim() === '') return;
  secretDataFinding(raw, start, end, encoded, 'kubernetes-secret', out);
}

/** A Secret's value, unless it holds only certificates; its identity is the decoded text, so it shares a placeholder with the same value in plain text. */
export function secretDataFinding(raw: string, start: number, end: number, encoded: boolean, rule: string, out: Finding[]): void {
  const identity = encoded ? (decodeBase64Text(raw) ?? raw) : raw;
  // `tls.crt`, `ca.crt`: public, kept as they are; `tls.key` beside them is still masked.
  if (isCertificatesOnly(identity)) return;
  out.push({ start, end, kind: 'secret-data', rule, priority: PRIORITY.structure, identity });
}
