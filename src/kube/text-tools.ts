/**
 * Rules for the text and shell utilities runbooks pipe kubectl output through. Most only read; a few have
 * options that write files (`sort -o`, `tee`, `yq -i`, `less -o`) or run programs (`rg --pre`).
 */
import { isHarmlessOutput, isOption, scanOptions, unknownOptions } from './options.js';
import { mutating, readOnly, type Rule, type RuleContext, type Verdict } from './safety-types.js';

/** Programs that cannot change anything whatever their arguments. */
const ALWAYS_READ_ONLY = [
  'grep', 'egrep', 'fgrep', 'head', 'tail', 'wc', 'cut', 'tr', 'column', 'cat', 'more', 'jq', 'nl', 'echo', 'printf',
  'true', 'false', 'test', '[', '[[', 'sleep', 'dig', 'nslookup', 'host', 'ping', 'ls', 'pwd', 'whoami', 'id',
  'uname', 'basename', 'dirname', 'seq', 'paste', 'comm', 'tac', 'rev', 'printenv', 'nproc', 'uptime', 'read', ':',
  'fold', 'expand', 'unexpand', 'od', 'hexdump', 'md5sum', 'sha1sum', 'sha256sum', 'cmp', 'diff', 'stat', 'realpath',
  'readlink', 'which', 'type', 'exit', 'wait',
];

function onlyReads(ctx: RuleContext): Verdict {
  return readOnly(`\`${ctx.program}\` only reads`);
}

const date: Rule = (ctx) => {
  const scanned = scanOptions(ctx.args, {
    shortValue: 'dfrs',
    shortOptional: 'I',
    longValue: ['date', 'file', 'reference', 'set', 'rfc-3339', 'resolution'],
  });
  const unknown = unknownOptions(ctx, scanned);
  if (unknown) return unknown;
  if (scanned.options.some((o) => isOption(o, 's', ['set']))) return mutating('`date -s` sets the system clock');
  const setting = scanned.operands.find((w) => !w.text.startsWith('+'));
  if (setting) return mutating(`\`date ${setting.raw}\` sets the system clock`);
  return onlyReads(ctx);
};

const sort: Rule = (ctx) => {
  const scanned = scanOptions(ctx.args, {
    shortValue: 'ktoST',
    longValue: [
      'key', 'field-separator', 'output', 'buffer-size', 'temporary-directory', 'compress-program', 'parallel',
      'batch-size', 'files0-from', 'random-source', 'sort',
    ],
  });
  const unknown = unknownOptions(ctx, scanned);
  if (unknown) return unknown;
  for (const o of scanned.options) {
    if (isOption(o, 'o', ['output'])) return mutating(`\`sort\` writes to the file \`${o.value ?? ''}\``);
    if (isOption(o, '', ['compress-program'])) return mutating('`sort --compress-program` runs another program');
  }
  return onlyReads(ctx);
};

const uniq: Rule = (ctx) => {
  const scanned = scanOptions(ctx.args, { shortValue: 'fsw', longValue: ['skip-fields', 'skip-chars', 'check-chars'] });
  const unknown = unknownOptions(ctx, scanned);
  if (unknown) return unknown;
  const output = scanned.operands[1];
  if (output && !isHarmlessOutput(output.text)) return mutating(`\`uniq\` writes to the file \`${output.text}\``);
  return onlyReads(ctx);
};

const TEE_HARMLESS = new Set(['/dev/null', '/dev/stdout', '/dev/stderr', '/dev/tty']);

const tee: Rule = (ctx) => {
  const scanned = scanOptions(ctx.args, {});
  const unknown = unknownOptions(ctx, scanned);
  if (unknown) return unknown;
  const file = scanned.operands.find((w) => !TEE_HARMLESS.has(w.text));
  if (file) return mutating(`\`tee\` writes to the file \`${file.text}\``);
  return readOnly('`tee` writes to no file');
};

const less: Rule = (ctx) => {
  const scanned = scanOptions(ctx.args, { shortValue: 'bhjkoOpPtTxyz#', longValue: ['log-file', 'LOG-FILE'] });
  const unknown = unknownOptions(ctx, scanned);
  if (unknown) return unknown;
  if (scanned.options.some((o) => isOption(o, 'oO', ['log-file', 'LOG-FILE']))) return mutating('`less -o` writes a log file');
  const command = scanned.operands.find((w) => w.text.startsWith('+'));
  if (command) return mutating(`\`less ${command.raw}\` runs less commands at start-up`);
  return onlyReads(ctx);
};

const base64: Rule = (ctx) => {
  const scanned = scanOptions(ctx.args, { shortValue: 'wbio', longValue: ['wrap', 'input', 'output'] });
  const unknown = unknownOptions(ctx, scanned);
  if (unknown) return unknown;
  const out = scanned.options.find((o) => isOption(o, 'o', ['output']));
  if (out && !isHarmlessOutput(out.value)) return mutating(`\`base64\` writes to the file \`${out.value ?? ''}\``);
  return onlyReads(ctx);
};

const rg: Rule = (ctx) => {
  const scanned = scanOptions(ctx.args, {
    shortValue: 'ABCEefgjMmrtT',
    longValue: ['pre', 'pre-glob', 'regexp', 'file', 'glob', 'iglob', 'type', 'type-not', 'replace', 'max-count'],
  });
  const unknown = unknownOptions(ctx, scanned);
  if (unknown) return unknown;
  if (scanned.options.some((o) => isOption(o, '', ['pre']))) return mutating('`rg --pre` runs another program on every file');
  return onlyReads(ctx);
};

const yq: Rule = (ctx) => {
  const scanned = scanOptions(ctx.args, {
    shortValue: 'Iops',
    longValue: ['indent', 'output-format', 'input-format', 'split-exp', 'expression', 'from-file', 'front-matter'],
  });
  const unknown = unknownOptions(ctx, scanned);
  if (unknown) return unknown;
  if (scanned.options.some((o) => isOption(o, 'i', ['inplace', 'in-place']))) return mutating('`yq -i` edits files in place');
  if (scanned.options.some((o) => isOption(o, 's', ['split-exp', 'split-exp-file']))) return mutating('`yq -s` writes files');
  return onlyReads(ctx);
};

// The registry's entries for the text utilities.
export function textToolRules(): Map<string, Rule> {
  const rules = new Map<string, Rule>(ALWAYS_READ_ONLY.map((name) => [name, onlyReads]));
  rules.set('date', date);
  rules.set('sort', sort);
  rules.set('uniq', uniq);
  rules.set('tee', tee);
  rules.set('less', less);
  rules.set('base64', base64);
  rules.set('rg', rg);
  rules.set('yq', yq);
  return rules;
}
