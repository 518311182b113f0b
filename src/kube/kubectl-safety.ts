/**
 * Which kubectl (and oc) commands only read, decided from the table in kubectl-verbs.ts. A command the
 * table does not know (a plugin, a newer verb), or a flag its row does not list, makes the line mutating.
 * A dry run makes a changing command read-only only where the command honours it and no flag bypasses it.
 */
import { type KubectlInvocation, parseKubectl } from './kubectl.js';
import { findKubectlCommand, hasSubcommands, type KubectlCommandRow, knowsFlag } from './kubectl-verbs.js';
import { mutating, readOnly, type Rule, type RuleContext, type Verdict } from './safety-types.js';

type Program = 'kubectl' | 'oc';

/** The words that name the command: verb, subcommands, then the operands that may be deeper subcommands. */
function commandWords(inv: KubectlInvocation): string[] {
  if (inv.verb === undefined) return [];
  return [inv.verb, ...(inv.subverb?.split(' ') ?? []), ...inv.positionals];
}

function rowOf(inv: KubectlInvocation, program: Program): KubectlCommandRow | undefined {
  return findKubectlCommand(commandWords(inv), program);
}

// The runner offers a server-side dry run before a mutating command only where kubectl honours one.
export function supportsDryRun(inv: KubectlInvocation, program: Program = 'kubectl'): boolean {
  const row = rowOf(inv, program);
  return row?.dryRun?.includes('server') === true && !bypassFlag(inv, row);
}

/** Boolean flags as pflag reads them: `--local`, `--local=true`, `--local=1` are on; `--local=false` is off. */
function isOn(value: string | true | undefined): boolean {
  return value === true || (value !== undefined && ['1', 't', 'T', 'true', 'TRUE', 'True'].includes(value));
}

/** A flag that sends a real request whatever `--dry-run` says; a string flag (`--raw URL`) counts when set. */
function bypassFlag(inv: KubectlInvocation, row: KubectlCommandRow): string | undefined {
  return row.bypassDryRun?.find((flag) => {
    const value = inv.flags[flag];
    return flag === 'raw' ? value !== undefined && value !== '' : isOn(value);
  });
}

/** Why a changing command changes something. */
function changeReason(name: string, row: KubectlCommandRow): string {
  switch (row.effect) {
    case 'runs-in-cluster':
      return `\`${name}\` runs or attaches to a process in the cluster`;
    case 'opens-tunnel':
      return `\`${name}\` opens a tunnel into the cluster that other programs can send any request through`;
    case 'changes-kubeconfig':
      return `\`${name}\` changes the kubeconfig`;
    case 'writes-files':
      return `\`${name}\` writes files`;
    default:
      return `\`${name}\` changes the cluster`;
  }
}

/**
 * Flags that send kubectl somewhere the runner did not choose: past the read-only guard (`--server`), or to a
 * kubeconfig the runner has not read, whose exec credential plugin may run any program (`--kubeconfig`).
 */
function connectionOverride(inv: KubectlInvocation): string | undefined {
  if (inv.flags.kubeconfig !== undefined) return '`--kubeconfig` uses a kubeconfig the runner does not guard, whose credential plugins may run any program';
  if (inv.flags.server !== undefined) return '`--server` sends kubectl past the read-only guard';
  return undefined;
}

/** Read-only commands that can still write local files. */
function localWrite(inv: KubectlInvocation): string | undefined {
  const { verb, subverb, flags } = inv;
  const profile = flags.profile;
  if (verb !== 'debug' && profile !== undefined && profile !== 'none') {
    return `\`--profile=${String(profile)}\` writes a profile file`;
  }
  const directory = flags['output-directory'];
  if (verb === 'cluster-info' && subverb === 'dump' && typeof directory === 'string' && directory !== '' && directory !== '-') {
    return `\`kubectl cluster-info dump\` writes files to \`${directory}\``;
  }
  if (verb === 'kustomize' && typeof flags.output === 'string' && flags.output !== '') {
    return `\`kubectl kustomize -o\` writes to \`${flags.output}\``;
  }
  return undefined;
}

/**
 * Whether a flag as written is what kubectl will see: no later word could turn into another option at run
 * time (`$ARGS`, a placeholder at the start of a word, arguments `xargs` appends), since the last one wins.
 * Where a flag could bypass the dry run (`--raw`), no word at all may be open.
 */
function stays(ctx: RuleContext, index: number | undefined, anywhere: boolean): boolean {
  if (ctx.extraArgsFrom !== undefined) return false;
  const dashDash = ctx.args.findIndex((w) => w.text === '--');
  const words = ctx.args.slice(anywhere ? 0 : (index ?? 0) + 1, dashDash === -1 ? undefined : dashDash);
  return !words.some((w) => w.mayBeOption);
}

/** The written `--dry-run` when the command honours that mode and nothing bypasses it. */
function effectiveDryRun(ctx: RuleContext, inv: KubectlInvocation, row: KubectlCommandRow): string | undefined {
  if (inv.dryRun !== 'client' && inv.dryRun !== 'server') return undefined;
  if (row.dryRun?.includes(inv.dryRun) !== true || bypassFlag(inv, row) !== undefined) return undefined;
  const index = inv.flagIndex['dry-run'];
  if (!stays(ctx, index, row.bypassDryRun !== undefined)) return undefined;
  return ctx.args[index ?? 0]?.text;
}

/** A `--local` or `--list` that keeps a changing command off the server. */
function offServerFlag(ctx: RuleContext, inv: KubectlInvocation, row: KubectlCommandRow): string | undefined {
  if (inv.dryRun === 'server') return undefined;
  return row.offServer?.find((flag) => isOn(inv.flags[flag]) && stays(ctx, inv.flagIndex[flag], false));
}

function readingVerdict(inv: KubectlInvocation, row: KubectlCommandRow, name: string): Verdict {
  const sensitive = row.sensitiveWith?.find((flag) => isOn(inv.flags[flag]));
  const verdict = readOnly(`\`${name}\` only reads`, inv);
  return sensitive === undefined ? verdict : { ...verdict, sensitive: `\`${name} --${sensitive}\` prints credentials` };
}

// The heart of the classifier: kubectl is what runbooks run, and most of its commands change the cluster.
export const kubectl: Rule = (ctx): Verdict => {
  const inv = parseKubectl(ctx.args.map((w) => w.text));
  const program: Program = ctx.program === 'oc' ? 'oc' : 'kubectl';
  if (inv.verb === undefined) return readOnly(`\`${ctx.program}\` without a command only prints help`, inv);
  const dashDash = ctx.args.findIndex((w) => w.text === '--');
  const help = inv.flags.help === true && (dashDash === -1 || (inv.flagIndex.help ?? 0) < dashDash);
  const row = rowOf(inv, program);
  const name = row === undefined ? `${ctx.program} ${inv.verb}` : `${ctx.program} ${row.command}`;
  if (help) return readOnly(`\`${name} --help\` only prints help`, inv);
  if (row === undefined) {
    if (inv.positionals.length === 0 && inv.subverb === undefined && hasSubcommands(inv.verb, program)) {
      return readOnly(`\`${name}\` without a subcommand only prints help`, inv);
    }
    // `oc adm drain` names its subcommand even though the parser only knows kubectl's.
    const sub = inv.subverb ?? (hasSubcommands(inv.verb, program) ? inv.positionals[0] : undefined);
    const what = [ctx.program, inv.verb, sub].filter((p) => p !== undefined).join(' ');
    const kinds = program === 'oc' ? 'one of OpenShift\'s own, a plugin or a newer command' : 'a plugin or a newer command';
    return mutating(`\`${what}\` is not a command the classifier knows to only read (${kinds}), so it may change anything`, inv);
  }
  const unknownFlag = Object.keys(inv.flags).find((flag) => !knowsFlag(row, flag));
  if (unknownFlag !== undefined) {
    const spelt = unknownFlag.length === 1 ? `-${unknownFlag}` : `--${unknownFlag}`;
    return mutating(`\`${spelt}\` is not a known flag of \`${name}\`, so what it does cannot be checked`, inv);
  }
  const elsewhere = connectionOverride(inv);
  if (elsewhere) return mutating(elsewhere, inv);
  const write = localWrite(inv);
  if (write) return mutating(write, inv);
  if (row.effect === 'reads') return readingVerdict(inv, row, name);
  if (row.readsWithoutOperands && inv.positionals.length === 0) return readOnly(`\`${name}\` without arguments only prints`, inv);
  const dryRun = effectiveDryRun(ctx, inv, row);
  if (dryRun !== undefined) return readOnly(`\`${dryRun}\` makes it read-only`, inv);
  const local = offServerFlag(ctx, inv, row);
  if (local !== undefined) return readOnly(`\`--${local}\` keeps \`${name}\` off the server`, inv);
  const reason = changeReason(name, row);
  const bypass = bypassFlag(inv, row);
  if (bypass !== undefined && inv.dryRun !== undefined && inv.dryRun !== 'none') {
    return mutating(`${reason}: with \`--${bypass}\` kubectl sends the request whatever \`--dry-run\` says`, inv);
  }
  if (inv.dryRun !== undefined && inv.dryRun !== 'none' && row.dryRun?.includes(inv.dryRun) !== true) {
    return mutating(`${reason}: it has no ${inv.dryRun} dry run`, inv);
  }
  if (inv.dryRun === 'none') return mutating(`${reason} (\`--dry-run=none\` does not prevent it)`, inv);
  return mutating(reason, inv);
};

// For the registry: `oc` is classified like kubectl, with OpenShift's own commands added.
export const KUBECTL_PROGRAMS = ['kubectl', 'oc'] as const;
