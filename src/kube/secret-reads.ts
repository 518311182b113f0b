/**
 * Commands that print a Secret's data: `kubectl get secret` with an output format that shows `data`
 * (`-o yaml`, `json`, `jsonpath`, `go-template`), and any `base64 -d` (which only serves to decode a value).
 * `kubectl describe secret` lists key names and sizes only, so it is not one; nor is a jsonpath that names only
 * metadata or a certificate (`tls.crt`, `ca.crt`: public by nature), nor the `base64 -d` that decodes it.
 */
import { classifyCommand } from './classify.js';
import { parseShell } from './shell.js';

export interface SecretRead {
  /** A short sentence naming the culprit, in Markdown-ish backticks. */
  reason: string;
  /** Character offsets into the line, `end` exclusive. */
  start: number;
  end: number;
}

/** Output formats of `kubectl get` that print field values, and so a Secret's `data`. */
const DATA_FORMATS = /^(ya?ml|json|jsonpath(-file|-as-json)?|go-template(-file)?|template(file)?)(=|$)/;

// Certificates are public; the keys beside them are not (`tls.key`), so only these names are let through.
const PUBLIC_DATA_KEYS = new Set(['tls\\.crt', 'ca\\.crt']);

/**
 * Whether a jsonpath template reads nothing secret: every field it names is outside `data`/`stringData`, or is
 * a certificate under `data`. Anything it cannot account for (`..`, wildcards, filters, `range`, a bare `{.}`)
 * counts as a read.
 */
export function jsonpathReadsOnlyPublic(template: string): boolean {
  const expressions = [...template.replace(/"(?:[^"\\]|\\.)*"/g, '""').matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!.trim());
  if (expressions.length === 0) return false;
  return expressions.every((expression) => {
    if (expression === '""' || expression === 'end') return true;
    if (!/^\.[A-Za-z]/.test(expression) || /\.\.|\*|\[|@|\$|\s|range/.test(expression)) return false;
    const [field, ...rest] = expression.slice(1).split(/(?<!\\)\./);
    if (field !== 'data' && field !== 'stringData') return true;
    return field === 'data' && rest.length === 1 && PUBLIC_DATA_KEYS.has(rest[0]!);
  });
}

const DECODE_FLAGS = new Set(['-d', '--decode', '-D']);

// Short flags may be bundled (`-di`); `-w0` and friends take a value and decode nothing.
function decodes(args: readonly string[]): boolean {
  return args.some((arg) => DECODE_FLAGS.has(arg) || (/^-[a-zA-Z]*d[a-zA-Z]*$/.test(arg) && !arg.startsWith('-w')));
}

/** Every place in a command line that reads Secret data; empty when it reads none. */
export function findSecretReads(line: string): SecretRead[] {
  // Secrets have no short name, so a line naming neither them nor base64 reads none: most lines stop here,
  // unclassified (lint runs this on every command, beside the read-only classification).
  if (!/secret|base64/i.test(line)) return [];
  const reads: SecretRead[] = [];
  let publicReads = 0;
  for (const command of classifyCommand(line).commands) {
    const kubectl = command.kubectl;
    if (kubectl?.verb !== 'get' || !kubectl.resources.includes('secrets')) continue;
    const output = kubectl.flags.output;
    const template = kubectl.flags.template;
    const jsonpath = typeof output === 'string' ? /^jsonpath=(.*)$/s.exec(output)?.[1] ?? (output === 'jsonpath' && typeof template === 'string' ? template : undefined) : undefined;
    if (jsonpath !== undefined && jsonpathReadsOnlyPublic(jsonpath)) {
      publicReads += 1;
      continue;
    }
    if ((typeof output === 'string' && DATA_FORMATS.test(output)) || (output === undefined && template !== undefined)) {
      const format = typeof output === 'string' ? output.split('=')[0] : 'go-template';
      reads.push({ reason: `\`kubectl get secret -o ${format}\` prints the Secret's data`, start: command.start, end: command.end });
    }
  }
  // A decode on a line whose only Secret read is a certificate decodes that certificate.
  if (publicReads > 0 && reads.length === 0) return reads;
  for (const command of parseShell(line).commands) {
    const [program, ...args] = command.words;
    if (program === undefined || program.text.replace(/^.*\//, '') !== 'base64') continue;
    if (decodes(args.map((a) => a.text))) reads.push({ reason: '`base64 -d` decodes a value, which is how a Secret\'s data is read', start: command.start, end: command.end });
  }
  return reads.sort((a, b) => a.start - b.start);
}

/** Whether a command line prints Secret data (see `findSecretReads`). */
export function readsSecretData(line: string): boolean {
  return findSecretReads(line).length > 0;
}
