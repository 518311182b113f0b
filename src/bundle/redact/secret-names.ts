/**
 * Which names hold secrets. A name is compared lower-case without separators, so `db_password`, `dbPassword`,
 * `--db-password` and `DB_PASSWORD` are one name. What decides is how the name ends: `TOKEN_TTL_SECONDS`,
 * `max_tokens`, `tokenizer`, `passwordless`, `secretName` and `secretKeyRef` end in something else.
 */
const SECRET_NAME =
  /(?:password|passwd|passphrase|pwd|token|credentials?|secret|(?:api|access|secret|private|signing|encryption|master|account|storage|auth|client|license|session|shared|primary|secondary|sharedaccess|ssh|webhook|app)key|clientkeydata|^sig|connectionstring)$/;
/** Names that end like a secret but hold none: pagination cursors, references to a Secret object. */
const NOT_SECRET_NAME = /(?:next|page|continue|continuation|resume|sync|cancellation)token$|(?:existing|tls|pull|image|ref|sealed|external|kube|k8s)secret$/;

export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The last two letters of every word SECRET_NAME ends with: `password` → `rd`, `apikey` → `ey`, `sig` → `ig`... */
const SECRET_NAME_ENDINGS = ['rd', 'wd', 'se', 'en', 'al', 'ls', 'et', 'ey', 'ta', 'ig', 'ng'];
/** The same as a table by the two characters' codes, `first * 128 + last`: looked up without building a string. */
const SECRET_NAME_ENDING_CODES = new Uint8Array(128 * 128);
for (const ending of SECRET_NAME_ENDINGS) SECRET_NAME_ENDING_CODES[ending.charCodeAt(0) * 128 + ending.charCodeAt(1)] = 1;

/**
 * Whether the last two characters the normalized name would end with are those of a secret name, read from the
 * end of the name without building it; undefined when a non-ASCII character comes first, whose lower case only
 * the full normalization knows.
 */
function endsLikeNormalizedSecretName(name: string): boolean | undefined {
  let last = -1;
  for (let i = name.length - 1; i >= 0; i--) {
    const code = name.charCodeAt(i);
    if (code > 0x7f) return undefined;
    const lower = code >= 0x41 && code <= 0x5a ? code | 0x20 : code;
    if (!((lower >= 0x61 && lower <= 0x7a) || (lower >= 0x30 && lower <= 0x39))) continue;
    if (last === -1) last = lower;
    else return SECRET_NAME_ENDING_CODES[lower * 128 + last] === 1;
  }
  return false;
}

export function isSecretName(name: string): boolean {
  // Most names a scan meets (`LOG_LEVEL`, `JAVA_OPTS`) are rejected on their last two letters, before any regex.
  if (endsLikeNormalizedSecretName(name) === false) return false;
  const normalized = normalizeName(name);
  return SECRET_NAME.test(normalized) && !NOT_SECRET_NAME.test(normalized);
}

/** Variables are judged more widely: a runbook variable called `key` or `signing_key` is something typed in to be kept. */
export function isSecretVariableName(name: string): boolean {
  return isSecretName(name) || /key$/.test(normalizeName(name));
}

/** The placeholder kind for a value found under a name. */
export function kindForName(name: string): string {
  const n = normalizeName(name);
  if (/password|passwd|passphrase|pwd/.test(n)) return 'password';
  if (/secretaccesskey|awssecret/.test(n)) return 'aws-secret-key';
  if (/accountkey|storagekey|sharedaccesskey|primarykey|secondarykey/.test(n)) return 'azure-key';
  if (n === 'sig') return 'signature';
  if (n.endsWith('clientkeydata') || n.endsWith('privatekey') || n.endsWith('sshkey')) return 'private-key';
  if (n.endsWith('apikey')) return 'api-key';
  // `VAULT_TOKEN`, `X-Vault-Token`: legacy Vault tokens (`s.` and 24 characters) are recognized by where they are.
  if (n.endsWith('vaulttoken')) return 'vault-token';
  if (n.endsWith('token')) return 'token';
  if (n.endsWith('secret')) return 'secret';
  if (/credentials?$/.test(n)) return 'credential';
  if (n.endsWith('connectionstring')) return 'connection-string';
  return 'key';
}

/**
 * Words that stand for a value without being one: masks, markers kubectl prints instead of the data,
 * `kubectl describe secret`'s byte counts, booleans, angle-bracket examples and placeholders from earlier runs.
 * `changeme` is not among them: a default password left in place is a real credential.
 */
const NOT_A_VALUE =
  /^(?:[*xX•.…#_-]+|redacted|hidden|masked|omitted|data\+omitted|none|null|nil|undefined|true|false|yes|no|~|\d+ bytes|<[^>]*>.*|\[REDACTED:[a-z0-9-]+:\d+\])$/i;
/** References to where the secret lives: variables, templates, files, secret managers. */
const REFERENCE = /^(?:\$|\{\{|%\(|[/~@]|\.\.?\/|(?:env|file|vault|secret|op|sops|ref|awssm|gcpsm|azkv|k8s):)|\$\{|\$\(/i;

/** Whether a value found under a secret name is written out, rather than a mask, a marker or a reference. */
export function isLiteralValue(value: string): boolean {
  const trimmed = value.trim();
  return /[A-Za-z0-9]/.test(trimmed) && !NOT_A_VALUE.test(trimmed) && !REFERENCE.test(trimmed);
}

/** Not a plain lower-case word: where prose is likely (`the --token flag`), only credential-looking text counts. */
export function looksLikeCredential(value: string): boolean {
  return value.length >= 4 && !/^[a-z]+$/.test(value);
}
