/**
 * Programs that run another program: the line is as safe as the command they run. `watch` (without `-x`)
 * and `sh -c` hand a string to a shell, which is parsed and classified in turn.
 */
import { isOption, scanOptions, unknownOptions } from './options.js';
import { mutating, readOnly, type Rule, type RuleContext, type Verdict } from './safety-types.js';
import type { ShellWord } from './shell-types.js';

/** Variables that make a shell or a program load or run other code. */
const DANGEROUS_VARIABLE =
  /^(LD_\w+|DYLD_\w+|BASH_ENV|ENV|PATH|IFS|SHELLOPTS|BASHOPTS|PS4|PROMPT_COMMAND|BASH_FUNC_.*|KUBECTL_EXTERNAL_DIFF|KUBE_EDITOR|KUBECONFIG|EDITOR|VISUAL|PAGER|LESSOPEN|LESSCLOSE|NODE_OPTIONS|PERL5OPT|PYTHONSTARTUP|PYTHONPATH)$/;

// `LD_PRELOAD=x kubectl get pods` runs more than kubectl: such assignments are not read-only.
export function dangerousVariable(name: string): boolean {
  return DANGEROUS_VARIABLE.test(name);
}

function via(ctx: RuleContext, words: ShellWord[], extraArgsFrom?: string): Verdict {
  if (words.length === 0) return readOnly(`\`${ctx.program}\` without a command runs nothing`);
  const inner = ctx.classifyWords(words, extraArgsFrom ?? ctx.extraArgsFrom);
  return { ...inner, reason: `${inner.reason} (run by \`${ctx.program}\`)` };
}

const env: Rule = (ctx) => {
  const scanned = scanOptions(ctx.args, {
    shortValue: 'uCS',
    longValue: ['unset', 'chdir', 'split-string'],
    stopAtOperand: true,
  });
  const unknown = unknownOptions(ctx, scanned);
  if (unknown) return unknown;
  if (scanned.options.some((o) => isOption(o, 'S', ['split-string']))) return mutating('`env -S` splits a string into a command, which cannot be checked');
  const words = [...scanned.operands];
  while (words[0]?.text.includes('=')) {
    const name = words[0].text.slice(0, words[0].text.indexOf('='));
    if (dangerousVariable(name)) return mutating(`setting \`${name}\` can change which code runs`);
    words.shift();
  }
  if (words.length === 0) return readOnly('`env` only prints the environment');
  return via(ctx, words);
};

const timeout: Rule = (ctx) => {
  const scanned = scanOptions(ctx.args, { shortValue: 'ks', longValue: ['kill-after', 'signal'], stopAtOperand: true });
  const unknown = unknownOptions(ctx, scanned);
  if (unknown) return unknown;
  return via(ctx, scanned.operands.slice(1));
};

const nice: Rule = (ctx) => {
  const scanned = scanOptions(ctx.args, { shortValue: 'n', longValue: ['adjustment'], stopAtOperand: true });
  const unknown = unknownOptions(ctx, scanned);
  if (unknown) return unknown;
  if (scanned.operands.length === 0) return readOnly('`nice` only prints the niceness');
  return via(ctx, scanned.operands);
};

const time: Rule = (ctx) => {
  const scanned = scanOptions(ctx.args, { shortValue: 'of', longValue: ['output', 'format'], stopAtOperand: true });
  const unknown = unknownOptions(ctx, scanned);
  if (unknown) return unknown;
  const out = scanned.options.find((o) => isOption(o, 'oa', ['output', 'append']));
  if (out) return mutating(`\`time -o\` writes to the file \`${out.value ?? ''}\``);
  return via(ctx, scanned.operands);
};

const stdbuf: Rule = (ctx) => {
  const scanned = scanOptions(ctx.args, { shortValue: 'ioe', longValue: ['input', 'output', 'error'], stopAtOperand: true });
  const unknown = unknownOptions(ctx, scanned);
  if (unknown) return unknown;
  return via(ctx, scanned.operands);
};

const command: Rule = (ctx) => {
  const scanned = scanOptions(ctx.args, { stopAtOperand: true });
  const unknown = unknownOptions(ctx, scanned);
  if (unknown) return unknown;
  if (scanned.options.some((o) => isOption(o, 'vV', []))) return readOnly('`command -v` only looks a command up');
  return via(ctx, scanned.operands);
};

/** Marks the words holding xargs' replace string: their value comes from the input. */
function withInput(words: readonly ShellWord[], replace: string): ShellWord[] {
  return words.map((w) => (w.text.includes(replace) ? { ...w, dynamic: true, mayBeOption: true } : w));
}

const xargs: Rule = (ctx) => {
  const scanned = scanOptions(ctx.args, {
    shortValue: 'adEILnPs',
    shortOptional: 'eil',
    longValue: ['arg-file', 'delimiter', 'max-args', 'max-procs', 'max-chars', 'process-slot-var'],
    stopAtOperand: true,
  });
  const unknown = unknownOptions(ctx, scanned);
  if (unknown) return unknown;
  let replace: string | undefined;
  for (const o of scanned.options) {
    if (isOption(o, 'I', [])) replace = o.value ?? '';
    else if (isOption(o, 'i', ['replace'])) replace = o.value ?? '{}';
  }
  if (scanned.operands.length === 0) return readOnly('`xargs` without a command only echoes its input');
  if (replace !== undefined && replace !== '') return via(ctx, withInput(scanned.operands, replace));
  return via(ctx, scanned.operands, 'xargs');
};

const watch: Rule = (ctx) => {
  const scanned = scanOptions(ctx.args, {
    shortValue: 'nq',
    longValue: ['interval', 'equexit'],
    stopAtOperand: true,
  });
  const unknown = unknownOptions(ctx, scanned);
  if (unknown) return unknown;
  if (scanned.options.some((o) => isOption(o, 'x', ['exec']))) return via(ctx, scanned.operands);
  if (scanned.operands.length === 0) return readOnly('`watch` without a command runs nothing');
  const inner = ctx.classifyScript(scanned.operands.map((w) => w.text).join(' '));
  return { ...inner, reason: `${inner.reason} (run by \`watch\`)` };
};

const SHELL_LETTERS = 'euxvlco';

const shell: Rule = (ctx) => {
  let withC = false;
  let index = 0;
  for (; index < ctx.args.length; index += 1) {
    const word = ctx.args[index];
    if (word === undefined) break;
    if (word.mayBeOption) return mutating(`\`${word.raw}\` is only known at run time, so what \`${ctx.program}\` runs cannot be checked`);
    const text = word.text;
    if (text === '--' || text === '-') {
      index += 1;
      break;
    }
    if (text === '--norc' || text === '--noprofile' || text === '--posix') continue;
    if (!/^[-+]./.test(text)) break;
    for (const letter of text.slice(1)) {
      if (!SHELL_LETTERS.includes(letter)) return mutating(`\`${ctx.program} ${text}\` is not known to be read-only`);
      if (letter === 'c') withC = true;
    }
    if (text.includes('o')) index += 1;
  }
  if (!withC) return mutating(`\`${ctx.program}\` without \`-c\` runs a script file or an interactive shell`);
  const script = ctx.args[index];
  if (script === undefined) return mutating(`\`${ctx.program} -c\` has no command`);
  if (script.dynamic) return mutating(`the script \`${script.raw}\` is only known at run time`);
  const inner = ctx.classifyScript(script.text);
  return { ...inner, reason: `${inner.reason} (run by \`${ctx.program} -c\`)` };
};

// The registry's entries for the wrappers.
export function wrapperRules(): Map<string, Rule> {
  return new Map<string, Rule>([
    ['env', env],
    ['timeout', timeout],
    ['nice', nice],
    ['time', time],
    ['stdbuf', stdbuf],
    ['command', command],
    ['xargs', xargs],
    ['watch', watch],
    ['sh', shell],
    ['bash', shell],
    ['dash', shell],
  ]);
}
