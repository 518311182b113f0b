/**
 * A model of one kubectl invocation, read from its arguments the way kubectl's flag parser reads them:
 * verb and subcommand, flags in their long spelling, positionals, the resource kinds named, namespace and dry run.
 */
import { longNameOf, REQUIRES_SUBCOMMAND, SUB_SUBCOMMANDS, SUBCOMMANDS, takesValue } from './kubectl-flags.js';
import { isClusterScoped, normalizeResource } from './resources.js';

export { isClusterScoped, normalizeResource } from './resources.js';

export interface KubectlInvocation {
  /** get, describe, rollout, config, ... (undefined: kubectl only prints its help). */
  verb?: string;
  /** rollout restart, config use-context, auth can-i, set image, certificate approve, create secret generic... */
  subverb?: string;
  /** Non-flag arguments after the verb (and subverb), before `--`. */
  positionals: string[];
  /** The arguments after `--`: the command of `exec`, `run`, `debug`, `create job`. */
  afterDashDash: string[];
  /** Resource kinds named, canonical plural lower case ("pods", "deployments"). */
  resources: string[];
  /** Flags by long name without dashes; the last occurrence wins, as in kubectl. */
  flags: Record<string, string | true>;
  /** Index in `args` of the word that set each flag, last occurrence (for placing or checking flags). */
  flagIndex: Record<string, number>;
  namespace?: string;
  allNamespaces: boolean;
  dryRun?: 'none' | 'client' | 'server';
}

/** Verbs that act on no namespace at all. */
const NAMESPACELESS_VERBS = new Set([
  'version', 'config', 'cluster-info', 'api-resources', 'api-versions', 'explain', 'completion', 'plugin',
  'kustomize', 'certificate', 'cordon', 'uncordon', 'drain', 'taint', 'proxy', 'options', 'help',
]);

/** Verbs whose first positional names the resource kind (`get pods x`, `get pods/x`, `get pods,svc`). */
const KIND_FIRST = new Set([
  'get', 'describe', 'delete', 'edit', 'patch', 'label', 'annotate', 'scale', 'wait', 'rollout', 'set', 'autoscale',
  'expose', 'taint', 'apply', 'replace', 'diff', 'events',
]);

/** Verbs that act on one pod (or `type/name` resolved to a pod). */
const POD_VERBS = new Set(['logs', 'exec', 'attach', 'port-forward', 'cp', 'debug', 'run']);

const NODE_VERBS = new Set(['cordon', 'uncordon', 'drain']);

function dryRunMode(value: string | true | undefined): KubectlInvocation['dryRun'] {
  if (value === undefined) return undefined;
  // As cmdutil.GetDryRunStrategy reads it: a bare flag means client, and so does any true of strconv.ParseBool.
  if (value === true || value === 'client' || value === 'unchanged' || ['1', 't', 'T', 'true', 'TRUE', 'True'].includes(value)) return 'client';
  if (value === 'server') return 'server';
  if (value === 'none' || ['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(value)) return 'none';
  return undefined;
}

/** `pods/web` and `pods,svc` forms: the kinds a list of positionals names. */
function kindsFromPositionals(positionals: readonly string[]): string[] {
  const [first] = positionals;
  if (first === undefined) return [];
  if (first.includes('/')) {
    return positionals
      .filter((p) => p.includes('/') && !p.includes('=') && !p.endsWith('-') && !p.startsWith('/'))
      .map((p) => normalizeResource(p));
  }
  return first.split(',').filter((k) => k !== '').map((k) => normalizeResource(k));
}

function resourcesOf(inv: KubectlInvocation): string[] {
  const { verb, subverb, positionals } = inv;
  if (verb === undefined) return [];
  if (verb === 'create') {
    if (subverb === undefined) return [];
    const kind = subverb.split(' ')[0] ?? subverb;
    if (kind === 'token') return ['serviceaccounts'];
    return [normalizeResource(kind === 'quota' ? 'resourcequotas' : kind)];
  }
  if (verb === 'top') return subverb === 'node' ? ['nodes'] : subverb === 'pod' ? ['pods'] : [];
  if (verb === 'certificate') return ['certificatesigningrequests'];
  if (NODE_VERBS.has(verb)) return ['nodes'];
  if (verb === 'explain') {
    const first = positionals[0];
    return first === undefined ? [] : [normalizeResource(first)];
  }
  if (verb === 'auth' && subverb === 'can-i') {
    const resource = positionals[1];
    return resource === undefined || resource.startsWith('/') ? [] : [normalizeResource(resource)];
  }
  if (verb === 'events') {
    const target = inv.flags.for;
    return typeof target === 'string' ? ['events', normalizeResource(target)] : ['events'];
  }
  if (POD_VERBS.has(verb)) {
    const first = positionals[0];
    if (verb === 'cp' || verb === 'run') return ['pods'];
    if (first === undefined) return inv.flags.selector === undefined ? [] : ['pods'];
    return [first.includes('/') ? normalizeResource(first) : 'pods'];
  }
  if (KIND_FIRST.has(verb)) return [...new Set(kindsFromPositionals(positionals))];
  return [];
}

interface FlagSink {
  flags: Record<string, string | true>;
  flagIndex: Record<string, number>;
}

function setFlag(sink: FlagSink, name: string, value: string | true, index: number): void {
  sink.flags[name] = value;
  sink.flagIndex[name] = index;
}

/** Reads `-abc`, `-nprod`, `-n=prod`, `-n prod`. Returns how many extra arguments were consumed. */
function readShortFlags(sink: FlagSink, args: readonly string[], index: number, verb: string | undefined): number {
  const arg = args[index] ?? '';
  for (let k = 1; k < arg.length; k += 1) {
    const name = longNameOf(arg[k] ?? '', verb);
    if (!takesValue(name, verb)) {
      setFlag(sink, name, true, index);
      continue;
    }
    const rest = arg.slice(k + 1);
    if (rest !== '') {
      setFlag(sink, name, rest.startsWith('=') ? rest.slice(1) : rest, index);
      return 0;
    }
    const next = args[index + 1];
    if (next === undefined) {
      setFlag(sink, name, true, index);
      return 0;
    }
    setFlag(sink, name, next, index + 1);
    return 1;
  }
  return 0;
}

function readLongFlag(sink: FlagSink, args: readonly string[], index: number, verb: string | undefined): number {
  const arg = args[index] ?? '';
  const eq = arg.indexOf('=');
  if (eq !== -1) {
    setFlag(sink, arg.slice(2, eq), arg.slice(eq + 1), index);
    return 0;
  }
  const name = arg.slice(2);
  const next = args[index + 1];
  if (takesValue(name, verb) && next !== undefined) {
    setFlag(sink, name, next, index + 1);
    return 1;
  }
  setFlag(sink, name, true, index);
  return 0;
}

/** Takes the subcommand (and `create secret generic`-style third level) off the front of the positionals. */
function splitSubcommand(verb: string, positionals: string[]): { subverb?: string; rest: string[] } {
  const table = SUBCOMMANDS[verb];
  const [first, second, ...others] = positionals;
  if (table === undefined || first === undefined) return { rest: positionals };
  const known = table[first];
  if (known === undefined) {
    return REQUIRES_SUBCOMMAND.has(verb) ? { subverb: first, rest: positionals.slice(1) } : { rest: positionals };
  }
  const third = SUB_SUBCOMMANDS[`${verb} ${known}`];
  if (third && second !== undefined && third.has(second)) return { subverb: `${known} ${second}`, rest: others };
  return { subverb: known, rest: positionals.slice(1) };
}

// The classifier and the linter both need to know what a kubectl command does without running it.
export function parseKubectl(args: string[]): KubectlInvocation {
  const sink: FlagSink = { flags: {}, flagIndex: {} };
  let verb: string | undefined;
  const rawPositionals: string[] = [];
  const afterDashDash: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--') {
      afterDashDash.push(...args.slice(index + 1));
      break;
    }
    if (arg.startsWith('--')) index += readLongFlag(sink, args, index, verb);
    else if (arg.startsWith('-') && arg.length > 1) index += readShortFlags(sink, args, index, verb);
    else if (verb === undefined) verb = arg;
    else rawPositionals.push(arg);
  }
  const { subverb, rest } = verb === undefined ? { rest: rawPositionals } : splitSubcommand(verb, rawPositionals);
  const namespace = sink.flags.namespace;
  const allNamespaces = sink.flags['all-namespaces'];
  const inv: KubectlInvocation = {
    positionals: rest,
    afterDashDash,
    resources: [],
    flags: sink.flags,
    flagIndex: sink.flagIndex,
    allNamespaces: allNamespaces === true || allNamespaces === 'true',
  };
  if (verb !== undefined) inv.verb = verb;
  if (subverb !== undefined) inv.subverb = subverb;
  if (typeof namespace === 'string') inv.namespace = namespace;
  const dryRun = dryRunMode(sink.flags['dry-run']);
  if (dryRun !== undefined) inv.dryRun = dryRun;
  inv.resources = resourcesOf(inv);
  return inv;
}

// A runbook command that silently uses whatever namespace the operator's context points at is a lint finding.
export function needsNamespace(inv: KubectlInvocation): boolean {
  const { verb, subverb } = inv;
  if (verb === undefined || inv.namespace !== undefined || inv.allNamespaces) return false;
  if (NAMESPACELESS_VERBS.has(verb)) return false;
  if (verb === 'auth' && subverb === 'whoami') return false;
  if (verb === 'cp' && inv.positionals.some((p) => /^[^/:]+\/[^/:]+:/.test(p))) return false;
  if (inv.resources.length === 0) return false;
  return inv.resources.some((r) => !isClusterScoped(r));
}
