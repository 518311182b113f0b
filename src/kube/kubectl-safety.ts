/**
 * Which kubectl (and oc) commands only read. Verbs and subcommands are allow-listed; everything else,
 * unknown verbs and plugins included, changes something. A client or server dry run makes a mutating
 * command read-only, but only for the commands whose `--help` lists `--dry-run` (kubectl v1.32).
 */
import { type KubectlInvocation, parseKubectl } from './kubectl.js';
import { mutating, readOnly, type Rule, type Verdict } from './safety-types.js';
import type { ShellWord } from './shell-types.js';

/** Verbs that only read, whatever their subcommand. */
const READ_ONLY_VERBS = new Set([
  'get', 'describe', 'logs', 'top', 'explain', 'api-resources', 'api-versions', 'version', 'cluster-info', 'events',
  'diff', 'wait', 'port-forward', 'proxy', 'completion', 'kustomize', 'options', 'help',
]);

/** Verbs with subcommands: the read-only ones. Without a subcommand these print help. */
const READ_ONLY_SUBVERBS: Readonly<Record<string, ReadonlySet<string>>> = {
  auth: new Set(['can-i', 'whoami']),
  rollout: new Set(['status', 'history']),
  config: new Set(['view', 'get-contexts', 'current-context', 'get-clusters', 'get-users']),
  plugin: new Set(['list']),
  certificate: new Set<string>(),
  set: new Set<string>(),
};

/** Extra read-only verbs of OpenShift's `oc`. */
const OC_READ_ONLY_VERBS = new Set(['whoami', 'status', 'projects']);

/** Commands accepting `--dry-run`, as `kubectl <verb> [<sub>] --help` lists them. `*` is any subcommand. */
const DRY_RUN_SUPPORT: Readonly<Record<string, ReadonlySet<string>>> = {
  apply: new Set(['', 'set-last-applied']),
  create: new Set([
    '', 'clusterrole', 'clusterrolebinding', 'configmap', 'cronjob', 'deployment', 'ingress', 'job', 'namespace',
    'poddisruptionbudget', 'priorityclass', 'quota', 'role', 'rolebinding', 'serviceaccount', 'secret docker-registry',
    'secret generic', 'secret tls', 'service clusterip', 'service externalname', 'service loadbalancer',
    'service nodeport',
  ]),
  delete: new Set(['']),
  patch: new Set(['']),
  replace: new Set(['']),
  scale: new Set(['']),
  autoscale: new Set(['']),
  expose: new Set(['']),
  run: new Set(['']),
  label: new Set(['']),
  annotate: new Set(['']),
  set: new Set(['env', 'image', 'resources', 'selector', 'serviceaccount', 'subject']),
  rollout: new Set(['undo']),
  drain: new Set(['']),
  cordon: new Set(['']),
  uncordon: new Set(['']),
  taint: new Set(['']),
  auth: new Set(['reconcile']),
};

// The runner offers a server-side dry run before a mutating command only where kubectl accepts one.
export function supportsDryRun(inv: KubectlInvocation): boolean {
  if (inv.verb === undefined) return false;
  return DRY_RUN_SUPPORT[inv.verb]?.has(inv.subverb ?? '') ?? false;
}

function describe(program: string, inv: KubectlInvocation): string {
  return [program, inv.verb, inv.subverb].filter((p) => p !== undefined).join(' ');
}

/** Why a mutating kubectl command is mutating. */
function changeReason(name: string, inv: KubectlInvocation): string {
  switch (inv.verb) {
    case 'exec':
    case 'run':
    case 'debug':
    case 'attach':
      return `\`${name}\` runs or attaches to a process in the cluster`;
    case 'cp':
      return `\`${name}\` copies files to or from a container`;
    case 'config':
      return `\`${name}\` changes the kubeconfig`;
    default:
      return `\`${name}\` changes the cluster`;
  }
}

const KNOWN_MUTATING = new Set([
  'apply', 'create', 'delete', 'edit', 'patch', 'replace', 'scale', 'autoscale', 'rollout', 'drain', 'cordon',
  'uncordon', 'taint', 'label', 'annotate', 'set', 'exec', 'attach', 'run', 'expose', 'cp', 'debug', 'certificate',
  'config', 'auth',
]);

/** Read-only verbs that can still write local files. */
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

function readOnlyVerb(inv: KubectlInvocation, oc: boolean): boolean {
  const { verb, subverb } = inv;
  if (verb === undefined) return true;
  if (READ_ONLY_VERBS.has(verb)) return true;
  if (oc && OC_READ_ONLY_VERBS.has(verb)) return true;
  if (oc && verb === 'project' && inv.positionals.length === 0 && subverb === undefined) return true;
  if (verb === 'apply' && subverb === 'view-last-applied') return true;
  const subverbs = READ_ONLY_SUBVERBS[verb];
  return subverbs !== undefined && (subverb === undefined || subverbs.has(subverb));
}

/** The `--dry-run` that makes a mutating command read-only, if any. */
function effectiveDryRun(inv: KubectlInvocation, args: readonly ShellWord[], extraArgsFrom: string | undefined): string | undefined {
  if (inv.dryRun !== 'client' && inv.dryRun !== 'server') return undefined;
  if (!supportsDryRun(inv) || extraArgsFrom !== undefined) return undefined;
  const index = inv.flagIndex['dry-run'] ?? 0;
  const dashDash = args.findIndex((w) => w.text === '--');
  const after = args.slice(index + 1, dashDash === -1 ? undefined : dashDash);
  if (after.some((w) => w.mayBeOption)) return undefined;
  return args[index]?.text;
}

// The heart of the classifier: kubectl is what runbooks run, and most of its verbs change the cluster.
export const kubectl: Rule = (ctx): Verdict => {
  const inv = parseKubectl(ctx.args.map((w) => w.text));
  const name = describe(ctx.program, inv);
  const oc = ctx.program === 'oc';
  if (inv.verb === undefined) return readOnly(`\`${ctx.program}\` without a command only prints help`, inv);
  const dashDash = ctx.args.findIndex((w) => w.text === '--');
  const help = inv.flags.help === true && (dashDash === -1 || (inv.flagIndex.help ?? 0) < dashDash);
  if (help) return readOnly(`\`${name} --help\` only prints help`, inv);
  const write = localWrite(inv);
  if (write) return mutating(write, inv);
  if (readOnlyVerb(inv, oc)) {
    if (inv.subverb === undefined && READ_ONLY_SUBVERBS[inv.verb]) {
      return readOnly(`\`${name}\` without a subcommand only prints help`, inv);
    }
    return readOnly(`\`${name}\` only reads`, inv);
  }
  const dryRun = effectiveDryRun(inv, ctx.args, ctx.extraArgsFrom);
  if (dryRun !== undefined) return readOnly(`\`${dryRun}\` makes it read-only`, inv);
  if (!KNOWN_MUTATING.has(inv.verb)) return mutating(`\`${name}\` is not a known read-only ${ctx.program} command`, inv);
  const reason = changeReason(name, inv);
  if (inv.dryRun === 'none') return mutating(`${reason} (\`--dry-run=none\` does not prevent it)`, inv);
  return mutating(reason, inv);
};

// For the registry: `oc` is classified like kubectl.
export const KUBECTL_PROGRAMS = ['kubectl', 'oc'] as const;
