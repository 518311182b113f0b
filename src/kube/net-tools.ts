/**
 * Network clients: `curl` and `wget` are read-only when they only fetch (GET or HEAD) to stdout;
 * `openssl` only for inspecting certificates and connections.
 */
import { isHarmlessOutput, isOption, type ParsedOption, scanOptions, unknownOptions } from './options.js';
import { mutating, readOnly, type Rule, type Verdict } from './safety-types.js';

const CURL_SHORT_VALUE = 'AbcCdDeEFHKmoPQrTtuUwxXyYz';
const CURL_LONG_VALUE = [
  'data', 'data-ascii', 'data-binary', 'data-raw', 'data-urlencode', 'json', 'form', 'form-string', 'upload-file',
  'output', 'output-dir', 'dump-header', 'cookie', 'cookie-jar', 'request', 'header', 'proxy-header', 'user',
  'user-agent', 'referer', 'url', 'url-query', 'max-time', 'connect-timeout', 'retry', 'retry-delay', 'retry-max-time',
  'cacert', 'capath', 'cert', 'cert-type', 'key', 'key-type', 'pass', 'proxy', 'proxy-user', 'resolve', 'connect-to',
  'write-out', 'config', 'trace', 'trace-ascii', 'libcurl', 'etag-save', 'etag-compare', 'hsts', 'alt-svc', 'stderr',
  'range', 'continue-at', 'limit-rate', 'max-filesize', 'interface', 'dns-servers', 'oauth2-bearer', 'unix-socket',
  'abstract-unix-socket', 'quote', 'mail-from', 'mail-rcpt', 'mail-auth', 'noproxy', 'aws-sigv4', 'variable',
  'expect100-timeout', 'max-redirs', 'speed-limit', 'speed-time', 'time-cond', 'telnet-option', 'ftp-port',
  'request-target', 'pinnedpubkey', 'ciphers', 'tls-max', 'netrc-file', 'sasl-authzid', 'service-name',
];
const SAFE_METHODS = new Set(['GET', 'HEAD']);

/** The first curl option that changes something, as a reason. */
function curlChange(o: ParsedOption, getMode: boolean): string | undefined {
  const value = o.value ?? '';
  if (isOption(o, 'X', ['request'])) {
    return SAFE_METHODS.has(value.toUpperCase()) ? undefined : `\`curl -X ${value}\` sends a ${value} request`;
  }
  if (isOption(o, 'd', ['data', 'data-ascii', 'data-binary', 'data-raw', 'data-urlencode'])) {
    return getMode ? undefined : `\`curl ${o.long ? `--${o.name}` : '-d'}\` sends a POST request`;
  }
  if (isOption(o, 'FT', ['form', 'form-string', 'json', 'upload-file'])) return `\`curl ${o.long ? `--${o.name}` : `-${o.name}`}\` sends data`;
  if (isOption(o, 'o', ['output'])) return isHarmlessOutput(value) ? undefined : `\`curl\` writes to the file \`${value}\``;
  if (isOption(o, 'O', ['remote-name', 'remote-name-all', 'remote-header-name'])) return '`curl -O` writes the download to a file';
  if (isOption(o, 'Dc', ['dump-header', 'cookie-jar', 'trace', 'trace-ascii', 'stderr', 'libcurl', 'etag-save', 'hsts', 'alt-svc'])) {
    return isHarmlessOutput(value) ? undefined : `\`curl ${o.long ? `--${o.name}` : `-${o.name}`}\` writes to the file \`${value}\``;
  }
  if (isOption(o, 'K', ['config'])) return '`curl -K` reads options from a file, which cannot be checked';
  if (isOption(o, 'Q', ['quote'])) return '`curl -Q` sends commands to the server';
  if (isOption(o, '', ['mail-rcpt', 'mail-from'])) return '`curl` sends mail';
  if (isOption(o, 'w', ['write-out']) && value.includes('%output{')) return '`curl -w %output{...}` writes to a file';
  return undefined;
}

// Health checks with curl are diagnosis; POSTs, uploads and downloads to files are not.
export const curl: Rule = (ctx) => {
  const scanned = scanOptions(ctx.args, { shortValue: CURL_SHORT_VALUE, longValue: CURL_LONG_VALUE });
  const unknown = unknownOptions(ctx, scanned);
  if (unknown) return unknown;
  const getMode = scanned.options.some((o) => isOption(o, 'G', ['get']));
  for (const o of scanned.options) {
    if (o.value !== undefined && o.word.dynamic && isOption(o, 'XoDcw', ['request', 'output', 'write-out'])) {
      return mutating(`\`${o.word.raw}\` is only known at run time, so what \`curl\` does cannot be checked`);
    }
    const change = curlChange(o, getMode);
    if (change) return mutating(change);
  }
  return readOnly('`curl` only fetches (GET or HEAD)');
};

// wget saves to a file by default, so it only reads when told to print or just check.
export const wget: Rule = (ctx) => {
  const scanned = scanOptions(ctx.args, {
    shortValue: 'aABDeiIloOPQRtTUwXn',
    longValue: ['output-document', 'output-file', 'append-output', 'post-data', 'post-file', 'body-data', 'body-file', 'method', 'execute', 'config', 'directory-prefix', 'input-file', 'save-cookies', 'load-cookies', 'header', 'user', 'password', 'timeout', 'tries', 'warc-file', 'user-agent'],
  });
  const unknown = unknownOptions(ctx, scanned);
  if (unknown) return unknown;
  let toStdout = false;
  let spider = false;
  for (const o of scanned.options) {
    const value = o.value ?? '';
    if (isOption(o, 'O', ['output-document'])) toStdout = value === '-';
    else if (isOption(o, '', ['spider'])) spider = true;
    else if (isOption(o, '', ['post-data', 'post-file', 'body-data', 'body-file'])) return mutating(`\`wget --${o.name}\` sends data`);
    else if (isOption(o, '', ['method']) && !SAFE_METHODS.has(value.toUpperCase())) return mutating(`\`wget --method=${value}\` sends a ${value} request`);
    else if (isOption(o, 'oa', ['output-file', 'append-output']) && !isHarmlessOutput(value)) return mutating(`\`wget\` writes a log to \`${value}\``);
    else if (isOption(o, 'e', ['execute', 'config'])) return mutating('`wget -e` runs wgetrc commands, which cannot be checked');
    else if (isOption(o, 'rmpxbN', ['recursive', 'mirror', 'page-requisites', 'force-directories', 'background', 'save-cookies', 'warc-file'])) {
      return mutating(`\`wget ${o.long ? `--${o.name}` : `-${o.name}`}\` writes files`);
    }
  }
  if (spider) return readOnly('`wget --spider` only checks that the page exists');
  if (toStdout) return readOnly('`wget -O -` only prints the download');
  return mutating('`wget` saves the download to a file (use `-O -` or `--spider`)');
};

const OPENSSL_READ_ONLY = new Set(['x509', 's_client', 'version']);
const OPENSSL_WRITING = new Set(['-out', '-sess_out', '-keylogfile', '-msgfile', '-writerand', '-CAcreateserial', '-CAserial', '-engine', '-provider', '-provider-path']);

// Certificate expiry checks are common diagnosis steps; every other openssl command is treated as a change.
export const openssl: Rule = (ctx): Verdict => {
  const [sub, ...rest] = ctx.args;
  if (sub === undefined) return mutating('`openssl` without a command starts an interactive prompt');
  if (!OPENSSL_READ_ONLY.has(sub.text) || sub.dynamic) return mutating(`\`openssl ${sub.raw}\` is not known to be read-only`);
  if (ctx.extraArgsFrom !== undefined) return mutating(`\`${ctx.extraArgsFrom}\` adds arguments to \`openssl\` that cannot be checked`);
  for (const w of rest) {
    if (w.mayBeOption) return mutating(`\`${w.raw}\` is only known at run time, so the options of \`openssl\` cannot be checked`);
    if (OPENSSL_WRITING.has(w.text)) return mutating(`\`openssl ${sub.text} ${w.text}\` writes a file or loads code`);
  }
  return readOnly(`\`openssl ${sub.text}\` only reads`);
};
