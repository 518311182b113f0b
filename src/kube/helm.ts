/**
 * `helm`: listing, inspecting and rendering are read-only; installing, upgrading, uninstalling and rolling
 * back change the cluster unless `--dry-run` is given; repository and plugin management change local state.
 */
import { mutating, readOnly, type Rule } from './safety-types.js';
import type { ShellWord } from './shell-types.js';

/** Flags taking a value that can come before the verb, plus the common ones after it. */
const VALUE_FLAGS = new Set([
  'namespace', 'kube-context', 'kubeconfig', 'kube-apiserver', 'kube-as-user', 'kube-as-group', 'kube-ca-file',
  'kube-token', 'kube-tls-server-name', 'registry-config', 'repository-cache', 'repository-config', 'burst-limit',
  'qps', 'output', 'values', 'set', 'set-string', 'set-file', 'set-json', 'set-literal', 'version', 'repo', 'timeout',
  'description', 'post-renderer', 'post-renderer-args', 'output-dir', 'kube-version', 'api-versions', 'show-only',
  'revision', 'max', 'offset', 'filter', 'selector', 'username', 'password', 'ca-file', 'cert-file', 'key-file',
  'keyring', 'name-template', 'release-name', 'wait-retries', 'history-max', 'labels', 'template', 'jsonpath',
]);
const SHORT_VALUE = 'nofsml';

const READ_ONLY_VERBS = new Set([
  'list', 'ls', 'status', 'get', 'history', 'hist', 'show', 'inspect', 'template', 'search', 'version', 'env', 'lint',
  'diff', 'verify', 'completion', 'help',
]);
/** Verbs whose read-only-ness depends on their subcommand; no subcommand prints help. */
const READ_ONLY_SUBVERBS: Readonly<Record<string, ReadonlySet<string>>> = {
  repo: new Set(['list', 'ls']),
  plugin: new Set(['list', 'ls']),
  dependency: new Set(['list', 'ls']),
  dep: new Set(['list', 'ls']),
  dependencies: new Set(['list', 'ls']),
  registry: new Set<string>(),
};
const DRY_RUN_VERBS = new Set(['install', 'upgrade', 'uninstall', 'delete', 'del', 'un', 'rollback']);

interface HelmCommand {
  verb?: string;
  subverb?: string;
  /** Long flags by name (last wins) and the index of the word that set them. */
  flags: Map<string, { value: string | true; index: number }>;
}

function parseHelm(args: readonly ShellWord[]): HelmCommand {
  const flags = new Map<string, { value: string | true; index: number }>();
  const operands: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const text = args[i]?.text ?? '';
    if (text === '--') break;
    if (text.startsWith('--')) {
      const eq = text.indexOf('=');
      if (eq !== -1) flags.set(text.slice(2, eq), { value: text.slice(eq + 1), index: i });
      else if (VALUE_FLAGS.has(text.slice(2)) && i + 1 < args.length) {
        flags.set(text.slice(2), { value: args[i + 1]?.text ?? '', index: i + 1 });
        i += 1;
      } else flags.set(text.slice(2), { value: true, index: i });
    } else if (text.startsWith('-') && text.length > 1) {
      const letter = text.slice(-1);
      if (text.length === 2 && SHORT_VALUE.includes(letter)) i += 1;
    } else operands.push(text);
  }
  const [verb, subverb] = operands;
  const command: HelmCommand = { flags };
  if (verb !== undefined) command.verb = verb;
  if (subverb !== undefined) command.subverb = subverb;
  return command;
}

// Runbooks inspect releases with helm; only the commands that change releases or local state need confirmation.
export const helm: Rule = (ctx) => {
  const cmd = parseHelm(ctx.args);
  const { verb, subverb, flags } = cmd;
  if (verb === undefined) return readOnly('`helm` without a command only prints help');
  const postRenderer = flags.get('post-renderer');
  if (postRenderer) return mutating(`\`helm --post-renderer\` runs \`${String(postRenderer.value)}\``);
  if (READ_ONLY_VERBS.has(verb)) {
    if (verb === 'template' && flags.has('output-dir')) return mutating('`helm template --output-dir` writes files');
    return readOnly(`\`helm ${verb}\` only reads`);
  }
  const subverbs = READ_ONLY_SUBVERBS[verb];
  if (subverbs) {
    if (subverb === undefined) return readOnly(`\`helm ${verb}\` without a subcommand only prints help`);
    if (subverbs.has(subverb)) return readOnly(`\`helm ${verb} ${subverb}\` only reads`);
    return mutating(`\`helm ${verb} ${subverb}\` changes local Helm state`);
  }
  if (DRY_RUN_VERBS.has(verb)) {
    const dryRun = flags.get('dry-run');
    const honoured = dryRun !== undefined && dryRun.value !== 'none' && dryRun.value !== 'false';
    const later = ctx.args.slice((dryRun?.index ?? 0) + 1).find((w) => w.mayBeOption);
    if (honoured && !later && ctx.extraArgsFrom === undefined) {
      return readOnly(`\`--dry-run${dryRun.value === true ? '' : `=${dryRun.value}`}\` makes it read-only`);
    }
    return mutating(`\`helm ${verb}\` changes the cluster`);
  }
  return mutating(`\`helm ${verb}\` is not known to be read-only`);
};
