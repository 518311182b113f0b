import { decodeBase64Text } from './base64.js';
import { PRIORITY, type Finding } from './finding.js';
import { isLiteralValue, isSecretName, kindForName, looksLikeCredential } from './secret-names.js';

/** Three or more words of letters, the last maybe ending a sentence: prose, not a passphrase in a YAML file. */
const PROSE = /^[A-Za-z][a-z'-]*(?: [a-z][a-z'-]*){2,}[.!?:]?$/;
/** Where an unquoted value ends when it is not alone on its line: whitespace, quotes, shell and URL separators. */
const VALUE_END = /[\s"'`;&,|<>()[\]{}\\]/;
/** VALUE_END for ASCII, as a table: a value is read a character at a time, and most are ASCII. */
const VALUE_END_CODES = new Uint8Array(128);
for (let code = 0; code < 128; code++) VALUE_END_CODES[code] = VALUE_END.test(String.fromCharCode(code)) ? 1 : 0;
const isValueEnd = (code: number): boolean => (code < 128 ? VALUE_END_CODES[code] === 1 : VALUE_END.test(String.fromCharCode(code)));
/** The words every secret name ends with, lower case; the anchor scan (anchors.ts) tests for them too. */
export const SECRET_NAME_ENDING_WORDS = ['auth', 'password', 'passwd', 'pwd', 'passphrase', 'token', 'secret', 'key', 'data', 'credential', 'credentials', 'sig', 'string'] as const;
/** The words secret names end with, by their last letter: most names are rejected on that letter alone. */
const ENDINGS_BY_LAST = new Map<number, string[]>();
for (const word of SECRET_NAME_ENDING_WORDS) {
  const last = word.charCodeAt(word.length - 1);
  ENDINGS_BY_LAST.set(last, [...(ENDINGS_BY_LAST.get(last) ?? []), word]);
}
const NAME_CODES = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-') NAME_CODES[c.charCodeAt(0)] = 1;

/** The last two letters of every ending, lower-cased, as a 128×128 table: one lookup rejects almost every name. */
const LAST_TWO = new Uint8Array(128 * 128);
for (const words of ENDINGS_BY_LAST.values()) for (const word of words) LAST_TWO[word.charCodeAt(word.length - 2) * 128 + word.charCodeAt(word.length - 1)] = 1;

/** Whether the text before `end` ends, in any case, with a word that secret names end with: the cheap test before reading the name. */
function endsLikeSecretName(text: string, end: number): boolean {
  if (end < 3 || LAST_TWO[((text.charCodeAt(end - 2) | 0x20) & 127) * 128 + ((text.charCodeAt(end - 1) | 0x20) & 127)] !== 1) return false;
  const words = ENDINGS_BY_LAST.get(text.charCodeAt(end - 1) | 0x20);
  if (words === undefined) return false;
  outer: for (const word of words) {
    if (end < word.length) continue;
    for (let i = 2; i <= word.length; i++) if ((text.charCodeAt(end - i) | 0x20) !== word.charCodeAt(word.length - i)) continue outer;
    return true;
  }
  return false;
}

/**
 * `password=…`, `--token=…`, `--password …`, `token: …`, `"api_key": "…"`, `Password=…;` and the like, in env,
 * YAML, JSON (escaped too), CLI flags, headers and connection strings: only the value is masked, the name stays.
 * The separator scan (separators.ts) calls this at every `:` and `=`; only where the name before one ends like
 * a secret name is the name read and judged, so most separators cost a few character comparisons each.
 * Returns where the value ends, when one was found.
 */
export function assignmentAt(text: string, separator: number, out: Finding[]): number | undefined {
  let nameEnd = separator;
  while (nameEnd > 0 && (text.charCodeAt(nameEnd - 1) === 0x20 || text.charCodeAt(nameEnd - 1) === 0x09)) nameEnd--;
  const quote = text.charCodeAt(nameEnd - 1);
  if (quote === 0x22 || quote === 0x27) nameEnd -= text.charCodeAt(nameEnd - 2) === 0x5c ? 2 : 1;
  if (!endsLikeSecretName(text, nameEnd)) return undefined;
  return assignment(text, nameEnd, out);
}

/**
 * Called at every `-`: `--token value` (a flag whose value follows a blank), and the user flags of curl and
 * the like (`-u user:password`, `--user`, `--proxy-user`). Returns the offset the `-` scan goes on after.
 */
export function flagAt(text: string, dash: number, out: Finding[]): number {
  const next = text.charCodeAt(dash + 1);
  if (next === 0x75 /* u */) {
    // A user flag's credentials were read whole: the scan goes on after them.
    if (dash === 0 || text[dash - 1] === ' ' || text[dash - 1] === '\t') return Math.max(dash, userFlag(text, dash, out) - 1);
    return dash;
  }
  if (next !== 0x2d /* - */) return dash;
  // In `---` and longer runs, only the last `--` may start a flag (`---token`): each dash costs one look.
  if (text.charCodeAt(dash + 2) === 0x2d) return dash;
  let read = dash + 1;
  if (text.startsWith('user', dash + 2) || text.startsWith('proxy-user', dash + 2)) read = Math.max(read, userFlag(text, dash, out) - 1);
  let nameEnd = dash + 2;
  while (nameEnd < text.length && NAME_CODES[text.charCodeAt(nameEnd)] === 1) nameEnd++;
  if ((text[nameEnd] === ' ' || text[nameEnd] === '\t') && endsLikeSecretName(text, nameEnd)) assignment(text, nameEnd, out);
  // The name was read whole: a `--` inside it (`--a--b`) starts nothing, so the scan goes on after it.
  return Math.max(read, nameEnd - 1);
}

/** Reads the name ending at `nameEnd` and, when it is a secret name, the value assigned to it; returns where the value ends. */
function assignment(text: string, nameEnd: number, out: Finding[]): number | undefined {
  let nameStart = nameEnd;
  while (nameStart > 0 && NAME_CODES[text.charCodeAt(nameStart - 1)] === 1) nameStart--;
  if (nameStart === nameEnd) return undefined;
  const name = text.slice(nameStart, nameEnd);
  const dockerAuth = name === 'auth';
  if (!dockerAuth && !isSecretName(name)) return undefined;
  const value = valueAfter(text, nameStart, nameEnd);
  if (!value || !isLiteralValue(text.slice(value.start, value.end))) return undefined;
  // `"auth": "…"` in a docker config is base64 of `user:password`; other `auth` keys (`auth: oidc`) are settings.
  if (dockerAuth && !decodeBase64Text(text.slice(value.start, value.end))?.includes(':')) return undefined;
  out.push({ start: value.start, end: value.end, kind: dockerAuth ? 'docker-auth' : kindForName(name), rule: dockerAuth ? 'docker-auth' : 'key-value', priority: PRIORITY.context });
  return value.end;
}

interface Span {
  start: number;
  end: number;
}

/** The value assigned to the name at [nameStart, nameEnd), by whichever syntax surrounds it. */
function valueAfter(text: string, nameStart: number, nameEnd: number): Span | undefined {
  const before = text[nameStart - 1];
  let at = nameEnd;
  // `"name": value` and `\"name\": value` (JSON escaped in a string): the key's closing quote, then a colon.
  const escapedQuote = before === '"' && text[nameStart - 2] === '\\';
  if (before === '"' || before === "'") {
    if (escapedQuote ? text.startsWith('\\"', at) : text[at] === before) at += escapedQuote ? 2 : 1;
    else return undefined;
    at = skipBlanks(text, at);
    if (text[at] !== ':' && text[at] !== '=') return undefined;
    at = skipBlanks(text, at + 1);
    return quotedOrWord(text, at, false);
  }
  at = skipBlanks(text, at);
  const separator = text[at];
  if (separator === '=' && text[at + 1] !== '=') {
    // `grep 'password=' file`: the `=` closes a quoted pattern, and what follows is not its value.
    if ((text[at + 1] === '"' || text[at + 1] === "'") && text[at + 2] === text[at + 1]) return undefined;
    return quotedOrWord(text, skipBlanks(text, at + 1), false);
  }
  if (separator === ':' && (text[at + 1] === ' ' || text[at + 1] === '\t')) {
    const atLineStart = lineStartsAt(text, nameStart);
    const value = quotedOrWord(text, skipBlanks(text, at + 1), atLineStart);
    if (!value) return undefined;
    const found = text.slice(value.start, value.end);
    // `api_token: { description: Token }`: a YAML flow mapping or list is structure, not a value; the pairs
    // inside it are read on their own.
    if (atLineStart && (found.startsWith('{') || found.startsWith('['))) return undefined;
    // Inline `token: abc` is prose unless it looks like a credential; at the start of a line it is YAML or
    // `kubectl describe`, unless it reads as a sentence (`Token: ask the on-call for one.`).
    const quoted = text[value.start - 1] === '"' || text[value.start - 1] === "'";
    if (atLineStart ? !quoted && PROSE.test(found) : !looksLikeCredential(found)) return undefined;
    return value;
  }
  if (at > nameEnd && text[nameStart] === '-' && text[nameStart + 1] === '-') {
    const value = quotedOrWord(text, at, false);
    if (value && (text[value.start] === '-' || !looksLikeCredential(text.slice(value.start, value.end)))) return undefined;
    return value;
  }
  return undefined;
}

/** A quoted string (JSON escapes honoured), the rest of the line for a YAML value, or one word. */
function quotedOrWord(text: string, at: number, restOfLine: boolean): Span | undefined {
  const quote = text[at];
  if (quote === '\\' && text[at + 1] === '"') {
    const close = text.indexOf('\\"', at + 2);
    return close === -1 ? undefined : { start: at + 2, end: close };
  }
  if (quote === '"' || quote === "'") {
    let close = at + 1;
    while (close < text.length && text[close] !== quote && text[close] !== '\n') close += quote === '"' && text[close] === '\\' ? 2 : 1;
    if (text[close] !== quote) return undefined;
    return { start: at + 1, end: close };
  }
  let end = at;
  if (restOfLine) {
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    const comment = text.slice(at, end).search(/[ \t]#/);
    if (comment !== -1) end = at + comment;
    while (end > at && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    // `password: |`: a block follows; the structure layer reads blocks under a Secret's data only.
    if (end === at + 1 && (text[at] === '|' || text[at] === '>')) return undefined;
  } else {
    while (end < text.length && !isValueEnd(text.charCodeAt(end))) end++;
    // `pass{{word}}`, `abc$(cmd)`: part of the value is filled in later. A word glued to a placeholder was
    // read, the first time, together with the secret that the placeholder replaced, and judged then.
    if (text[end] === '{' || text[end] === '(' || text.startsWith('[REDACTED:', end)) return undefined;
  }
  return end > at ? { start: at, end } : undefined;
}

function skipBlanks(text: string, at: number): number {
  while (text[at] === ' ' || text[at] === '\t') at++;
  return at;
}

/** Only blanks, or a YAML sequence dash, between the line's start and `at`. */
function lineStartsAt(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x2d) return false;
  }
  return true;
}

// `scheme://user:password@host`: the user, host, port and database stay; `image@sha256:…` has no password.
const URL_USERINFO = /:\/\/([^\s:/?#@"'`<>[\]{}]*):([^\s/?#@"'`<>]+)@/y;
// `curl -u user:password`.
// The user name is bounded, so a run of flags without a colon (`--user=--user=…`) costs each one a bounded look.
const USER_FLAG = /(?:-u|--user|--proxy-user)(?:[ \t]+|=)(["']?)[^\s:"'`]{1,256}:([^\s"'`]+)\1/y;

/** Called at every `:`: the password of a URL's user info, when a `//` follows. */
export function urlPasswordAt(text: string, colon: number, out: Finding[]): void {
  if (text.charCodeAt(colon + 1) !== 0x2f || text.charCodeAt(colon + 2) !== 0x2f) return;
  URL_USERINFO.lastIndex = colon;
  const match = URL_USERINFO.exec(text);
  if (match) pushPassword(out, match, match[2]!, 'url-password');
}

/** `-u user:password`, `--user=user:password`: the password after the colon; returns where the match ends (`at` if none). */
function userFlag(text: string, at: number, out: Finding[]): number {
  USER_FLAG.lastIndex = at;
  const match = USER_FLAG.exec(text);
  if (!match) return at;
  pushPassword(out, match, match[2]!, 'password');
  return at + match[0].length;
}

function pushPassword(out: Finding[], match: RegExpExecArray, password: string, kind: string): void {
  if (!isLiteralValue(password)) return;
  const end = match.index + match[0].length - (match[0].endsWith('@') ? 1 : match[0].endsWith('"') || match[0].endsWith("'") ? 1 : 0);
  out.push({ start: end - password.length, end, kind, rule: kind === 'url-password' ? 'url-password' : 'key-value', priority: PRIORITY.context });
}
