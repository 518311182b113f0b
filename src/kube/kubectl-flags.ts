/**
 * What kubectl's flags look like, taken from `kubectl <verb> --help` and `kubectl options` (v1.32):
 * which long flags take a value, what each one-letter flag stands for under each verb, and the
 * subcommands of the verbs that have them.
 */

/** Long flags that take a value (`--flag value` or `--flag=value`), over every verb and the global options. */
const VALUE_FLAGS = new Set(
  `accept-hosts accept-paths address aggregation-rule annotation annotations api-group api-prefix api-version as
  as-group as-uid audience auth-provider auth-provider-arg bound-object-kind bound-object-name bound-object-uid
  cache-dir cert certificate-authority chunk-size class client-certificate client-key cluster cluster-ip clusterip
  clusterrole concurrency container containers context copy-to cpu-percent current-replicas custom default-backend
  description docker-email docker-password docker-server docker-username duration env exec-api-version exec-arg
  exec-command exec-env exec-interactive-mode external-ip external-name field-manager field-selector filename for
  from from-env-file from-file from-literal grace-period group hard helm-api-versions helm-command
  helm-kube-version image image-pull-policy keepalive key keys kubeconfig kustomize label-columns labels
  limit-bytes limits load-balancer-ip load-restrictor log-flush-frequency max max-log-requests max-unavailable min
  min-available mount name namespace namespaces network-name node-port non-resource-url output output-directory
  override-type overrides password patch patch-file pod-running-timeout pod-selector port preemption-policy prefix
  profile profile-output protocol proxy-url prune-allowlist raw reject-methods reject-paths replicas
  request-timeout requests resource resource-name resource-version restart retries revision role rule schedule
  scopes selector server serviceaccount session-affinity set-image since since-time skip-wait-for-delete-timeout
  sort-by subresource tail target target-port tcp template timeout tls-server-name to-revision token type types
  unix-socket user username v validate value verb verbs vmodule www www-prefix`.split(/\s+/),
);

/** Flags whose value may only be attached with `=` (a bare `--dry-run` means `--dry-run=client`). */
const OPTIONAL_VALUE_FLAGS = new Set(['dry-run', 'cascade', 'validate']);

/** Flags that take a value under most verbs but are booleans under these ones. */
const BOOLEAN_UNDER: Readonly<Record<string, ReadonlySet<string>>> = {
  raw: new Set(['config']),
  prefix: new Set(['logs']),
  containers: new Set(['top']),
};

/** One-letter flags valid before the verb. */
const GLOBAL_SHORT: Readonly<Record<string, string>> = { n: 'namespace', s: 'server', v: 'v', h: 'help' };

/** One-letter flags after the verb, the same for most verbs. */
const COMMON_SHORT: Readonly<Record<string, string>> = {
  A: 'all-namespaces',
  L: 'label-columns',
  R: 'recursive',
  c: 'container',
  e: 'env',
  f: 'filename',
  i: 'stdin',
  k: 'kustomize',
  l: 'selector',
  o: 'output',
  q: 'quiet',
  r: 'replicas',
  t: 'tty',
  w: 'watch',
};

/** One-letter flags whose meaning depends on the verb. */
const SHORT_BY_VERB: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  logs: { f: 'follow', p: 'previous' },
  patch: { p: 'patch' },
  proxy: { p: 'port', w: 'www', P: 'www-prefix', u: 'unix-socket' },
  delete: { i: 'interactive' },
  run: { l: 'labels' },
  expose: { l: 'labels' },
  set: { c: 'containers' },
  // OpenShift's `oc project -q` and `oc whoami -t`.
  project: { q: 'short' },
  projects: { q: 'short' },
  whoami: { t: 'show-token', c: 'show-context' },
};

/** Subcommands, with their aliases mapped to the canonical name. */
export const SUBCOMMANDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  rollout: aliasMap('history pause restart resume status undo'),
  config: {
    ...aliasMap(
      'current-context delete-cluster delete-context delete-user get-clusters get-contexts get-users rename-context set set-cluster set-context set-credentials unset use-context view',
    ),
    use: 'use-context',
  },
  auth: aliasMap('can-i reconcile whoami'),
  certificate: aliasMap('approve deny'),
  set: { ...aliasMap('env image resources selector serviceaccount subject'), sa: 'serviceaccount' },
  top: { node: 'node', nodes: 'node', no: 'node', pod: 'pod', pods: 'pod', po: 'pod' },
  plugin: aliasMap('list'),
  apply: aliasMap('edit-last-applied set-last-applied view-last-applied'),
  'cluster-info': aliasMap('dump'),
  create: {
    ...aliasMap(
      'clusterrole clusterrolebinding configmap cronjob deployment ingress job namespace poddisruptionbudget priorityclass quota role rolebinding secret service serviceaccount token',
    ),
    cm: 'configmap',
    cj: 'cronjob',
    deploy: 'deployment',
    ing: 'ingress',
    ns: 'namespace',
    pdb: 'poddisruptionbudget',
    pc: 'priorityclass',
    resourcequota: 'quota',
    svc: 'service',
    sa: 'serviceaccount',
  },
};

/** Third-level subcommands: `create secret generic`, `create service clusterip`. */
export const SUB_SUBCOMMANDS: Readonly<Record<string, ReadonlySet<string>>> = {
  'create secret': new Set(['docker-registry', 'generic', 'tls']),
  'create service': new Set(['clusterip', 'externalname', 'loadbalancer', 'nodeport']),
};

/** Verbs whose subcommand is required: anything in that position is taken as the subcommand. */
export const REQUIRES_SUBCOMMAND = new Set(['rollout', 'config', 'auth', 'certificate', 'set', 'top', 'plugin']);

function aliasMap(names: string): Record<string, string> {
  return Object.fromEntries(names.split(/\s+/).map((n) => [n, n]));
}

// Decides how `-x` is spelt in full, so `-n prod` and `--namespace=prod` are recorded the same way.
export function longNameOf(letter: string, verb: string | undefined): string {
  if (verb === undefined) return GLOBAL_SHORT[letter] ?? letter;
  return SHORT_BY_VERB[verb]?.[letter] ?? GLOBAL_SHORT[letter] ?? COMMON_SHORT[letter] ?? letter;
}

// Decides whether the word after `--flag` is the flag's value or the next argument.
export function takesValue(name: string, verb: string | undefined): boolean {
  if (OPTIONAL_VALUE_FLAGS.has(name)) return false;
  if (verb !== undefined && BOOLEAN_UNDER[name]?.has(verb)) return false;
  return VALUE_FLAGS.has(name);
}
