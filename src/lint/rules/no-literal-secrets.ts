import type { Locator } from '../../runbook/locator.js';
import { isRecord, type LooseRunbook, stepsOf, variablesOf } from '../../runbook/model.js';
import { findPrivateKeyBlocks, findSecretShapes } from '../../secret-shapes.js';
import { defineRule } from '../rule.js';

/** A key's body is base64 in lines of 64; a header quoted in prose has none. */
const PEM_BODY = /[A-Za-z0-9+/]{32,}/;

/**
 * Key names whose value is a credential, compared lower-case without separators, so `db_password`,
 * `dbPassword`, `--db-password` and `DB_PASSWORD` are one name. `existingSecret` or `tlsSecret` name a
 * Secret object rather than hold one, so only the listed kinds of secret count.
 */
const SECRET_KEY =
  /(?:password|passwd|passphrase|pwd|token|apikey|accesskey|secretkey|privatekey|signingkey|encryptionkey|masterkey|(?:client|api|app|webhook|shared|signing|jwt|session|consumer|hmac)secret|^secret)$/;
const SECRET_WORD = /pass|pwd|token|key|secret/i;
/** Pagination cursors and the shell's working directory share the suffixes but are not secrets. */
const NOT_SECRET_KEY = /^(?:old)?pwd$|(?:next|page|continue|continuation|resume|sync)token$/;

// `name=value`: shell and env assignments, flags (`--token=…`), query strings, connection strings (`Password=…;`).
const EQUALS = /(?<![A-Za-z0-9_.$-])(-{0,2}[A-Za-z_][A-Za-z0-9_.-]*)=(?!=)/g;
// `name = value` with spaces: only at the start of a line, as in ini and .env files.
const EQUALS_SPACED = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]+=[ \t]*(?!=)/gm;
// `"name": value` (JSON, Python) anywhere; `name: value` (YAML) only at the start of a line, so that prose like
// "Token: ask the on-call" is not a finding, and only when the value is all that is left on the line.
const QUOTED_COLON = /(["'])([A-Za-z_][A-Za-z0-9_.-]*)\1[ \t]*:[ \t]*/g;
const YAML_COLON = /^[ \t]*(?:-[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*:[ \t]+/gm;
// `--token abc`: a flag, then its value as the next word.
const FLAG_SPACED = /(?<![A-Za-z0-9_-])(--[A-Za-z][A-Za-z0-9-]*)[ \t]+(?=[^\s-])/g;
// HTTP headers: `Authorization: Bearer …` and `X-Vault-Token: …`-style names (with a hyphen, unlike prose).
const AUTHORIZATION = /(?<![A-Za-z0-9-])((?:Proxy-)?Authorization)[ \t]*:[ \t]*(?:Bearer|Basic|Token|Bot)[ \t]+/gi;
const HEADER = /(?<![A-Za-z0-9-])([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+)[ \t]*:[ \t]*/g;
// `scheme://user:password@host`; `user@host` and `image@sha256:…` have no password.
// The scheme starts where no scheme character precedes it, so a long run such as `a.a.a…` is tried once, not
// from each of its letters.
const URL_USERINFO = /(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*:\/\/[^\s:/?#@"'`<>]*:([^\s/?#@"'`<>]+)@/gi;
// `curl -u user:password`.
const USER_FLAG = /(?<![A-Za-z0-9_-])(?:-u|--user|--proxy-user)(?:[ \t]+|=)(["']?)[^\s:"'`]+:([^\s"'`]+)\1/g;

/** Where an unquoted value ends: whitespace, quotes and the shell's and URLs' separators. */
const VALUE_END = /[\s"'`;&,|<>()[\]{}\\]/;
/** Masks and words that stand for a value without being one: `***`, `xxxx`, `...`, `REDACTED`, `id-token: write`. */
const NOT_A_VALUE = /^(?:[*xX•.…#_-]+|redacted|hidden|masked|omitted|none|null|nil|undefined|true|false|yes|no|read|write|~)$/i;
/** References to where the secret lives: a file, an environment variable, a secret manager. */
const REFERENCE = /^(?:[{<@%[/~]|\.\.?\/|(?:env|file|vault|secret|op|sops|ref):)/i;

interface Finding {
  start: number;
  end: number;
  messageId: 'token' | 'assignment' | 'userinfo' | 'default';
  data?: Record<string, string>;
}

export default defineRule({
  meta: {
    id: 'no-literal-secrets',
    type: 'problem',
    description: 'The runbook must not contain literal secrets: tokens, keys, passwords and credentials in URLs, in the front-matter or the body.',
    severity: 'error',
    messages: {
      token: 'Unexpected {kind} in the runbook, expected a reference to where it is kept, such as `${ref}`; revoke the exposed credential',
      assignment: 'Unexpected literal value for `{key}`, expected a reference such as `${ref}`; rotate the exposed secret',
      userinfo: 'Unexpected password in `user:password` credentials, expected a reference such as `$PASSWORD`; rotate the exposed secret',
      default: 'Unexpected default value for secret variable `{name}`, expected none: the operator types it when prompted; rotate the exposed secret',
    },
  },
  check(context) {
    const { text, index } = context.source;
    const findings: Finding[] = findTokens(text);
    const runbook = context.runbook;
    // `capture: { token: "^token: (\\S+)" }` names a variable and a regular expression, not a credential. Located
    // only when there is something to exempt: locating needs the front-matter's positions, which clean files skip.
    let patterns: [number, number][] | undefined;
    for (const finding of findAssignments(text)) {
      patterns ??= runbook ? captureSpans(context.source.locate, runbook) : [];
      if (!patterns.some(([start, end]) => start <= finding.start && finding.end <= end)) findings.push(finding);
    }
    if (runbook) {
      for (const [name, variable] of variablesOf(runbook)) {
        const value = variable.default;
        if (!isSecretKey(name) || (typeof value !== 'string' && typeof value !== 'number')) continue;
        // Defaults are inserted shell-quoted, so a `$` in them is literal text, as in single quotes.
        if (!isLiteral(String(value), "'")) continue;
        const span = context.source.locate.value(['variables', name, 'default']);
        if (span) findings.push({ start: span.start.offset, end: span.end.offset, messageId: 'default', data: { name } });
      }
    }
    // One report per secret: where findings overlap, the first wins, and at the same place a token format
    // wins, so `GITHUB_TOKEN=ghp_…` is reported once, by its kind.
    findings.sort((a, b) => a.start - b.start || rank(a) - rank(b));
    let reportedUntil = -1;
    for (const finding of findings) {
      if (finding.start < reportedUntil) continue;
      reportedUntil = finding.end;
      context.report({ messageId: finding.messageId, ...(finding.data ? { data: finding.data } : {}), span: index.toSpan(finding.start, finding.end) });
    }
  },
});

/** Offsets of every step's `capture` patterns. */
function captureSpans(locate: Locator, runbook: LooseRunbook): [number, number][] {
  const spans: [number, number][] = [];
  for (const entry of stepsOf(runbook)) {
    if (!isRecord(entry.step.capture)) continue;
    for (const name of Object.keys(entry.step.capture)) {
      const span = locate.value([...entry.path, 'capture', name]);
      if (span) spans.push([span.start.offset, span.end.offset]);
    }
  }
  return spans;
}

function rank(finding: Finding): number {
  return finding.messageId === 'token' ? 0 : 1;
}

// The token formats are the table the bundle's redaction uses (src/secret-shapes.ts): what a bundle masks, a runbook may not hold.
function findTokens(text: string): Finding[] {
  const found: Finding[] = [];
  findSecretShapes(text, (shape, start, end) => found.push({ start, end, messageId: 'token', data: { kind: shape.label, ref: shape.ref } }));
  findPrivateKeyBlocks(text, ({ start, bodyStart, end }) => {
    if (PEM_BODY.test(text.slice(bodyStart, end))) found.push({ start, end, messageId: 'token', data: { kind: 'private key', ref: 'KEY_FILE' } });
  });
  return found;
}

function* findAssignments(text: string): Generator<Finding> {
  const assignment = (key: string, start: number, ref = envName(key)): Finding | undefined => {
    const value = readValue(text, start);
    if (!value || !isLiteral(value.text, value.quote)) return undefined;
    return { start: value.start, end: value.end, messageId: 'assignment', data: { key, ref } };
  };
  // Every key `isSecretKey` accepts contains one of these words; most texts have none, and the scans are costly.
  const keyed = SECRET_WORD.test(text);
  for (const pattern of keyed ? [EQUALS, EQUALS_SPACED] : []) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const key = match[1]!;
      if (!isSecretKey(key)) continue;
      const after = match.index + match[0].length;
      // `grep 'password=' file`: the `=` closes a quoted pattern; what follows is not its value.
      const before = text[match.index + match[0].indexOf(key) - 1];
      if ((before === '"' || before === "'") && text[after] === before) continue;
      const finding = assignment(key, after);
      if (!finding) continue;
      yield finding;
      // What the value holds (`a=b=c`) is not a name: the search goes on after it, and never back.
      pattern.lastIndex = Math.max(pattern.lastIndex, finding.end);
    }
  }
  for (const match of keyed ? text.matchAll(QUOTED_COLON) : []) {
    const key = match[2]!;
    if (!isSecretKey(key)) continue;
    const finding = assignment(key, match.index + match[0].length);
    if (finding && endsItem(text, finding.end + (text[finding.end] === '"' || text[finding.end] === "'" ? 1 : 0))) yield finding;
  }
  for (const match of keyed ? text.matchAll(YAML_COLON) : []) {
    const key = match[1]!;
    if (!isSecretKey(key)) continue;
    const finding = assignment(key, match.index + match[0].length);
    if (finding && restOfLineIsEmpty(text, finding.end + (text[finding.end] === '"' || text[finding.end] === "'" ? 1 : 0))) yield finding;
  }
  for (const match of keyed ? text.matchAll(FLAG_SPACED) : []) {
    const key = match[1]!;
    if (!isSecretKey(key)) continue;
    const finding = assignment(key, match.index + match[0].length);
    // `the --token flag` in prose: a plain lower-case word is not taken for a credential.
    if (finding && looksLikeCredential(text.slice(finding.start, finding.end))) yield finding;
  }
  for (const match of text.matchAll(AUTHORIZATION)) {
    const finding = assignment(match[1]!, match.index + match[0].length, 'TOKEN');
    if (finding && looksLikeCredential(text.slice(finding.start, finding.end))) yield finding;
  }
  for (const match of keyed ? text.matchAll(HEADER) : []) {
    const key = match[1]!;
    if (!isSecretKey(key) || /^(?:proxy-)?authorization$/i.test(key)) continue;
    const finding = assignment(key, match.index + match[0].length);
    if (finding && looksLikeCredential(text.slice(finding.start, finding.end))) yield finding;
  }
  const userinfo = (match: RegExpExecArray, password: string, quote: string): Finding | undefined => {
    if (!isLiteral(password, quote)) return undefined;
    const start = match.index + match[0].lastIndexOf(password);
    return { start, end: start + password.length, messageId: 'userinfo' };
  };
  for (const match of text.matchAll(URL_USERINFO)) {
    const finding = userinfo(match, match[1]!, '');
    if (finding) yield finding;
  }
  for (const match of text.matchAll(USER_FLAG)) {
    const finding = userinfo(match, match[2]!, match[1]!);
    if (finding) yield finding;
  }
}

/** The value at `start`: a quoted string on the same line, or a run of characters up to a separator. */
function readValue(text: string, start: number): { text: string; start: number; end: number; quote: string } | undefined {
  const quote = text[start];
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, start + 1);
    const newline = text.indexOf('\n', start + 1);
    if (close === -1 || (newline !== -1 && newline < close)) return undefined;
    return { text: text.slice(start + 1, close), start: start + 1, end: close, quote };
  }
  let end = start;
  while (end < text.length && !VALUE_END.test(text[end]!)) end++;
  // `pass{{word}}` or `abc$(cmd)`: part of the value is filled in at run time.
  if (text[end] === '{' || text[end] === '(') return undefined;
  return { text: text.slice(start, end), start, end, quote: '' };
}

/** Whether a value is written out, rather than a placeholder, a reference, a mask or a flag value like `false`. */
function isLiteral(value: string, quote: string): boolean {
  const trimmed = value.trim();
  // Unquoted values never hold spaces; quoted ones may (a passphrase), but not a line break.
  if (trimmed.length < 3 || trimmed.includes('\n')) return false;
  if (trimmed.includes('{{') || NOT_A_VALUE.test(trimmed) || REFERENCE.test(trimmed)) return false;
  // Outside single quotes, `$TOKEN`, `${TOKEN}` and `$(cat file)` are expanded by the shell.
  return quote === "'" || !trimmed.includes('$');
}

function isSecretKey(key: string): boolean {
  const name = key.toLowerCase().replace(/[^a-z0-9]/g, '');
  return SECRET_KEY.test(name) && !NOT_SECRET_KEY.test(name);
}

/** Not a plain lower-case word such as `flag` or `tokens`: where prose is likely, only credential-looking text counts. */
function looksLikeCredential(value: string): boolean {
  return !/^[a-z]+$/.test(value);
}

function endsItem(text: string, at: number): boolean {
  return /^[ \t]*(?:[,}\]]|\r?\n|$)/.test(text.slice(at, at + 8));
}

function restOfLineIsEmpty(text: string, at: number): boolean {
  const newline = text.indexOf('\n', at);
  const rest = text.slice(at, newline === -1 ? text.length : newline);
  return /^[ \t]*(?:#.*)?\r?$/.test(rest);
}

/** `--db-password` → `DB_PASSWORD`, `apiKey` → `API_KEY`: the environment variable a reader would expect. */
function envName(key: string): string {
  return key
    .replace(/^-+/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}
