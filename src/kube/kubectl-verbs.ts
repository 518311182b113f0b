/**
 * What every kubectl command does, read from kubectl's source (kubernetes/kubectl, pkg/cmd/, at dee3483)
 * and the flag lists of `kubectl <command> --help` (v1.32): the one table the safety classifier reads.
 *
 * - `effect`: what the command does when it runs for real.
 * - `dryRun`: the `--dry-run` modes the command honours (`cmdutil.AddDryRunFlag` and a check of the
 *   strategy before every write). A command without it has no dry run at all.
 * - `bypassDryRun`: flags that send a real request whatever `--dry-run` says (`--raw` goes straight to
 *   `rawhttp.RawPost/RawPut/RawDelete`; `create --edit` hands over to the editor, which has no dry run).
 * - `offServer`: boolean flags that keep a changing command from writing to the server (`--local`,
 *   `--list`).
 * - `sensitiveWith`: flags that make a reading command print credentials.
 * - `flags`: every flag the command accepts besides the global ones; any other flag makes it unknown.
 * - `source`: the file under pkg/cmd/ the row was checked against.
 *
 * `oc` accepts every kubectl command; the rows marked `oc` are OpenShift's own, read from openshift/oc
 * (pkg/cli/): `oc adm` has many more commands, all changing something but `adm top` and `adm policy
 * who-can`, and those the table does not list count as mutating.
 */

/** What a command does when it runs for real. */
export type KubectlEffect =
  | 'reads'
  | 'changes-cluster'
  | 'runs-in-cluster'
  | 'opens-tunnel'
  | 'changes-kubeconfig'
  | 'writes-files';

export type DryRunMode = 'client' | 'server';

export interface KubectlCommandRow {
  /** The verb and its subcommands: `get`, `rollout undo`, `create secret generic`, `adm top`. */
  command: string;
  /** `oc` for OpenShift's own commands; kubectl's rows apply to both programs. */
  program?: 'oc';
  effect: KubectlEffect;
  dryRun?: readonly DryRunMode[];
  bypassDryRun?: readonly string[];
  offServer?: readonly string[];
  sensitiveWith?: readonly string[];
  /** Only prints the current value when given no operands (`oc project`). */
  readsWithoutOperands?: true;
  /** Space-separated long flag names, without dashes. */
  flags: string;
  source: string;
}

/** Flags every command accepts (`kubectl options`), and `--help`. */
export const GLOBAL_FLAGS: ReadonlySet<string> = new Set(
  `as as-group as-uid cache-dir certificate-authority client-certificate client-key cluster context
  disable-compression insecure-skip-tls-verify kubeconfig log-flush-frequency match-server-version namespace
  password profile profile-output request-timeout server tls-server-name token user username v vmodule
  warnings-as-errors help`.split(/\s+/),
);

export const KUBECTL_COMMANDS: readonly KubectlCommandRow[] = [
  { command: 'expose', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'expose/expose.go',
    flags: 'allow-missing-template-keys cluster-ip dry-run external-ip field-manager filename kustomize labels load-balancer-ip name output override-type overrides port protocol recursive save-config selector session-affinity show-managed-fields target-port template type' },
  { command: 'run', effect: 'runs-in-cluster', dryRun: ['client', 'server'], source: 'run/run.go',
    flags: 'allow-missing-template-keys annotations attach cascade command dry-run env expose field-manager filename force grace-period image image-pull-policy kustomize labels leave-stdin-open output override-type overrides pod-running-timeout port privileged quiet recursive restart rm save-config show-managed-fields stdin template timeout tty wait' },
  { command: 'explain', effect: 'reads', source: 'explain/explain.go',
    flags: 'api-version output recursive' },
  { command: 'get', effect: 'reads', source: 'get/get.go',
    flags: 'all-namespaces allow-missing-template-keys chunk-size field-selector filename ignore-not-found kustomize label-columns no-headers output output-watch-events raw recursive selector server-print show-kind show-labels show-managed-fields sort-by subresource template watch watch-only' },
  { command: 'edit', effect: 'changes-cluster', source: 'edit/edit.go',
    flags: 'allow-missing-template-keys field-manager filename kustomize output output-patch recursive save-config show-managed-fields subresource template validate windows-line-endings' },
  { command: 'delete', effect: 'changes-cluster', dryRun: ['client', 'server'], bypassDryRun: ['raw'], source: 'delete/delete.go',
    flags: 'all all-namespaces cascade dry-run field-selector filename force grace-period ignore-not-found interactive kustomize now output raw recursive selector timeout wait' },
  { command: 'scale', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'scale/scale.go',
    flags: 'all allow-missing-template-keys current-replicas dry-run filename kustomize output recursive replicas resource-version selector show-managed-fields template timeout' },
  { command: 'autoscale', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'autoscale/autoscale.go',
    flags: 'allow-missing-template-keys cpu-percent dry-run field-manager filename kustomize max min name output recursive save-config show-managed-fields template' },
  { command: 'cordon', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'drain/drain.go',
    flags: 'dry-run selector' },
  { command: 'uncordon', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'drain/drain.go',
    flags: 'dry-run selector' },
  { command: 'drain', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'drain/drain.go',
    flags: 'chunk-size delete-emptydir-data disable-eviction dry-run force grace-period ignore-daemonsets pod-selector selector skip-wait-for-delete-timeout timeout' },
  { command: 'taint', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'taint/taint.go',
    flags: 'all allow-missing-template-keys dry-run field-manager output overwrite selector show-managed-fields template validate' },
  { command: 'describe', effect: 'reads', source: 'describe/describe.go',
    flags: 'all-namespaces chunk-size filename kustomize recursive selector show-events' },
  { command: 'logs', effect: 'reads', source: 'logs/logs.go',
    flags: 'all-containers all-pods container follow ignore-errors insecure-skip-tls-verify-backend limit-bytes max-log-requests pod-running-timeout prefix previous selector since since-time tail timestamps' },
  { command: 'attach', effect: 'runs-in-cluster', source: 'attach/attach.go',
    flags: 'container pod-running-timeout quiet stdin tty' },
  { command: 'exec', effect: 'runs-in-cluster', source: 'exec/exec.go',
    flags: 'container filename pod-running-timeout quiet stdin tty' },
  { command: 'port-forward', effect: 'opens-tunnel', source: 'portforward/portforward.go',
    flags: 'address pod-running-timeout' },
  { command: 'proxy', effect: 'opens-tunnel', source: 'proxy/proxy.go',
    flags: 'accept-hosts accept-paths address api-prefix append-server-path disable-filter keepalive port reject-methods reject-paths unix-socket www www-prefix' },
  { command: 'cp', effect: 'runs-in-cluster', source: 'cp/cp.go',
    flags: 'container no-preserve retries' },
  { command: 'debug', effect: 'runs-in-cluster', source: 'debug/debug.go',
    flags: 'arguments-only attach container copy-to custom env filename image image-pull-policy keep-annotations keep-init-containers keep-labels keep-liveness keep-readiness keep-startup profile quiet replace same-node set-image share-processes stdin target tty' },
  { command: 'events', effect: 'reads', source: 'events/events.go',
    flags: 'all-namespaces allow-missing-template-keys chunk-size for no-headers output show-managed-fields template types watch' },
  { command: 'diff', effect: 'reads', source: 'diff/diff.go',
    flags: 'concurrency field-manager filename force-conflicts kustomize prune prune-allowlist recursive selector server-side show-managed-fields' },
  { command: 'apply', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'apply/apply.go',
    flags: 'all allow-missing-template-keys cascade dry-run field-manager filename force force-conflicts grace-period kustomize openapi-patch output overwrite prune prune-allowlist recursive selector server-side show-managed-fields subresource template timeout validate wait' },
  { command: 'patch', effect: 'changes-cluster', dryRun: ['client', 'server'], offServer: ['local'], source: 'patch/patch.go',
    flags: 'allow-missing-template-keys dry-run field-manager filename kustomize local output patch patch-file recursive show-managed-fields subresource template type' },
  { command: 'replace', effect: 'changes-cluster', dryRun: ['client', 'server'], bypassDryRun: ['raw'], source: 'replace/replace.go',
    flags: 'allow-missing-template-keys cascade dry-run field-manager filename force grace-period kustomize output raw recursive save-config show-managed-fields subresource template timeout validate wait' },
  { command: 'wait', effect: 'reads', source: 'wait/wait.go',
    flags: 'all all-namespaces allow-missing-template-keys field-selector filename for local output recursive selector show-managed-fields template timeout' },
  { command: 'kustomize', effect: 'reads', source: 'kustomize/kustomize.go',
    flags: 'as-current-user enable-alpha-plugins enable-helm env helm-api-versions helm-command helm-debug helm-kube-version load-restrictor mount network network-name output' },
  { command: 'label', effect: 'changes-cluster', dryRun: ['client', 'server'], offServer: ['local', 'list'], source: 'label/label.go',
    flags: 'all all-namespaces allow-missing-template-keys dry-run field-manager field-selector filename kustomize list local output overwrite recursive resource-version selector show-managed-fields template' },
  { command: 'annotate', effect: 'changes-cluster', dryRun: ['client', 'server'], offServer: ['local', 'list'], source: 'annotate/annotate.go',
    flags: 'all all-namespaces allow-missing-template-keys dry-run field-manager field-selector filename kustomize list local output overwrite recursive resource-version selector show-managed-fields template' },
  { command: 'completion', effect: 'reads', source: 'completion/completion.go',
    flags: '' },
  { command: 'api-resources', effect: 'reads', source: 'apiresources/apiresources.go',
    flags: 'api-group cached categories namespaced no-headers output sort-by verbs' },
  { command: 'api-versions', effect: 'reads', source: 'apiresources/apiversions.go',
    flags: '' },
  { command: 'version', effect: 'reads', source: 'version/version.go',
    flags: 'client output' },
  { command: 'options', effect: 'reads', source: 'options/options.go',
    flags: '' },
  { command: 'rollout history', effect: 'reads', source: 'rollout/rollout_history.go',
    flags: 'allow-missing-template-keys filename kustomize output recursive revision selector show-managed-fields template' },
  { command: 'rollout pause', effect: 'changes-cluster', source: 'rollout/rollout_pause.go',
    flags: 'allow-missing-template-keys field-manager filename kustomize output recursive selector show-managed-fields template' },
  { command: 'rollout restart', effect: 'changes-cluster', source: 'rollout/rollout_restart.go',
    flags: 'allow-missing-template-keys field-manager filename kustomize output recursive selector show-managed-fields template' },
  { command: 'rollout resume', effect: 'changes-cluster', source: 'rollout/rollout_resume.go',
    flags: 'allow-missing-template-keys field-manager filename kustomize output recursive selector show-managed-fields template' },
  { command: 'rollout status', effect: 'reads', source: 'rollout/rollout_status.go',
    flags: 'filename kustomize recursive revision selector timeout watch' },
  { command: 'rollout undo', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'rollout/rollout_undo.go',
    flags: 'allow-missing-template-keys dry-run filename kustomize output recursive selector show-managed-fields template to-revision' },
  { command: 'config current-context', effect: 'reads', source: 'config/current_context.go',
    flags: '' },
  { command: 'config delete-cluster', effect: 'changes-kubeconfig', source: 'config/delete_cluster.go',
    flags: '' },
  { command: 'config delete-context', effect: 'changes-kubeconfig', source: 'config/delete_context.go',
    flags: '' },
  { command: 'config delete-user', effect: 'changes-kubeconfig', source: 'config/delete_user.go',
    flags: '' },
  { command: 'config get-clusters', effect: 'reads', source: 'config/get_clusters.go',
    flags: '' },
  { command: 'config get-contexts', effect: 'reads', source: 'config/get_contexts.go',
    flags: 'no-headers output' },
  { command: 'config get-users', effect: 'reads', source: 'config/get_users.go',
    flags: '' },
  { command: 'config rename-context', effect: 'changes-kubeconfig', source: 'config/rename_context.go',
    flags: '' },
  { command: 'config set', effect: 'changes-kubeconfig', source: 'config/set.go',
    flags: 'set-raw-bytes' },
  { command: 'config set-cluster', effect: 'changes-kubeconfig', source: 'config/set_cluster.go',
    flags: 'certificate-authority embed-certs insecure-skip-tls-verify proxy-url server tls-server-name' },
  { command: 'config set-context', effect: 'changes-kubeconfig', source: 'config/set_context.go',
    flags: 'cluster current namespace user' },
  { command: 'config set-credentials', effect: 'changes-kubeconfig', source: 'config/set_credentials.go',
    flags: 'auth-provider auth-provider-arg client-certificate client-key embed-certs exec-api-version exec-arg exec-command exec-env exec-interactive-mode exec-provide-cluster-info password token username' },
  { command: 'config unset', effect: 'changes-kubeconfig', source: 'config/unset.go',
    flags: '' },
  { command: 'config use-context', effect: 'changes-kubeconfig', source: 'config/use_context.go',
    flags: '' },
  { command: 'config view', effect: 'reads', sensitiveWith: ['raw'], source: 'config/view.go',
    flags: 'allow-missing-template-keys flatten merge minify output raw show-managed-fields template' },
  { command: 'auth can-i', effect: 'reads', source: 'auth/cani.go',
    flags: 'all-namespaces list no-headers quiet subresource' },
  { command: 'auth reconcile', effect: 'changes-cluster', dryRun: ['client'], source: 'auth/reconcile.go',
    flags: 'allow-missing-template-keys dry-run filename kustomize output recursive remove-extra-permissions remove-extra-subjects show-managed-fields template' },
  { command: 'auth whoami', effect: 'reads', source: 'auth/whoami.go',
    flags: 'allow-missing-template-keys output show-managed-fields template' },
  { command: 'certificate approve', effect: 'changes-cluster', source: 'certificates/certificates.go',
    flags: 'allow-missing-template-keys filename force kustomize output recursive show-managed-fields template' },
  { command: 'certificate deny', effect: 'changes-cluster', source: 'certificates/certificates.go',
    flags: 'allow-missing-template-keys filename force kustomize output recursive show-managed-fields template' },
  { command: 'set env', effect: 'changes-cluster', dryRun: ['client', 'server'], offServer: ['local', 'list'], source: 'set/set_env.go',
    flags: 'all allow-missing-template-keys containers dry-run env field-manager filename from keys kustomize list local output overwrite prefix recursive resolve selector show-managed-fields template' },
  { command: 'set image', effect: 'changes-cluster', dryRun: ['client', 'server'], offServer: ['local'], source: 'set/set_image.go',
    flags: 'all allow-missing-template-keys dry-run field-manager filename kustomize local output recursive selector show-managed-fields template' },
  { command: 'set resources', effect: 'changes-cluster', dryRun: ['client', 'server'], offServer: ['local'], source: 'set/set_resources.go',
    flags: 'all allow-missing-template-keys containers dry-run field-manager filename kustomize limits local output recursive requests selector show-managed-fields template' },
  { command: 'set selector', effect: 'changes-cluster', dryRun: ['client', 'server'], offServer: ['local'], source: 'set/set_selector.go',
    flags: 'all allow-missing-template-keys dry-run field-manager filename local output recursive resource-version show-managed-fields template' },
  { command: 'set serviceaccount', effect: 'changes-cluster', dryRun: ['client', 'server'], offServer: ['local'], source: 'set/set_serviceaccount.go',
    flags: 'all allow-missing-template-keys dry-run field-manager filename kustomize local output recursive show-managed-fields template' },
  { command: 'set subject', effect: 'changes-cluster', dryRun: ['client', 'server'], offServer: ['local'], source: 'set/set_subject.go',
    flags: 'all allow-missing-template-keys dry-run field-manager filename group kustomize local output recursive selector serviceaccount show-managed-fields template user' },
  { command: 'top node', effect: 'reads', source: 'top/top_node.go',
    flags: 'no-headers selector show-capacity sort-by use-protocol-buffers' },
  { command: 'top pod', effect: 'reads', source: 'top/top_pod.go',
    flags: 'all-namespaces containers field-selector no-headers selector sort-by sum use-protocol-buffers' },
  { command: 'plugin list', effect: 'reads', source: 'plugin/plugin.go',
    flags: 'name-only' },
  { command: 'apply edit-last-applied', effect: 'changes-cluster', source: 'apply/apply_edit_last_applied.go',
    flags: 'allow-missing-template-keys field-manager filename kustomize output recursive show-managed-fields template validate windows-line-endings' },
  { command: 'apply set-last-applied', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'apply/apply_set_last_applied.go',
    flags: 'allow-missing-template-keys create-annotation dry-run filename output show-managed-fields template' },
  { command: 'apply view-last-applied', effect: 'reads', source: 'apply/apply_view_last_applied.go',
    flags: 'all filename kustomize output recursive selector' },
  { command: 'cluster-info', effect: 'reads', source: 'clusterinfo/clusterinfo.go',
    flags: '' },
  { command: 'cluster-info dump', effect: 'reads', source: 'clusterinfo/clusterinfo_dump.go',
    flags: 'all-namespaces allow-missing-template-keys namespaces output output-directory pod-running-timeout show-managed-fields template' },
  { command: 'create', effect: 'changes-cluster', dryRun: ['client', 'server'], bypassDryRun: ['raw', 'edit'], source: 'create/create.go',
    flags: 'allow-missing-template-keys dry-run edit field-manager filename kustomize output raw recursive save-config selector show-managed-fields template validate windows-line-endings' },
  { command: 'create clusterrole', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'create/create_clusterrole.go',
    flags: 'aggregation-rule allow-missing-template-keys dry-run field-manager non-resource-url output resource resource-name save-config show-managed-fields template validate verb' },
  { command: 'create clusterrolebinding', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'create/create_clusterrolebinding.go',
    flags: 'allow-missing-template-keys clusterrole dry-run field-manager group output save-config serviceaccount show-managed-fields template user validate' },
  { command: 'create configmap', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'create/create_configmap.go',
    flags: 'allow-missing-template-keys append-hash dry-run field-manager from-env-file from-file from-literal output save-config show-managed-fields template validate' },
  { command: 'create cronjob', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'create/create_cronjob.go',
    flags: 'allow-missing-template-keys dry-run field-manager image output restart save-config schedule show-managed-fields template validate' },
  { command: 'create deployment', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'create/create_deployment.go',
    flags: 'allow-missing-template-keys dry-run field-manager image output port replicas save-config show-managed-fields template validate' },
  { command: 'create ingress', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'create/create_ingress.go',
    flags: 'allow-missing-template-keys annotation class default-backend dry-run field-manager output rule save-config show-managed-fields template validate' },
  { command: 'create job', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'create/create_job.go',
    flags: 'allow-missing-template-keys dry-run field-manager from image output save-config show-managed-fields template validate' },
  { command: 'create namespace', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'create/create_namespace.go',
    flags: 'allow-missing-template-keys dry-run field-manager output save-config show-managed-fields template validate' },
  { command: 'create poddisruptionbudget', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'create/create_pdb.go',
    flags: 'allow-missing-template-keys dry-run field-manager max-unavailable min-available output save-config selector show-managed-fields template validate' },
  { command: 'create priorityclass', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'create/create_priorityclass.go',
    flags: 'allow-missing-template-keys description dry-run field-manager global-default output preemption-policy save-config show-managed-fields template validate value' },
  { command: 'create quota', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'create/create_quota.go',
    flags: 'allow-missing-template-keys dry-run field-manager hard output save-config scopes show-managed-fields template validate' },
  { command: 'create role', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'create/create_role.go',
    flags: 'allow-missing-template-keys dry-run field-manager output resource resource-name save-config show-managed-fields template validate verb' },
  { command: 'create rolebinding', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'create/create_rolebinding.go',
    flags: 'allow-missing-template-keys clusterrole dry-run field-manager group output role save-config serviceaccount show-managed-fields template user validate' },
  { command: 'create serviceaccount', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'create/create_serviceaccount.go',
    flags: 'allow-missing-template-keys dry-run field-manager output save-config show-managed-fields template validate' },
  { command: 'create token', effect: 'changes-cluster', source: 'create/create_token.go',
    flags: 'allow-missing-template-keys audience bound-object-kind bound-object-name bound-object-uid duration output show-managed-fields template' },
  { command: 'create secret docker-registry', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'create/create_secret_docker.go',
    flags: 'allow-missing-template-keys append-hash docker-email docker-password docker-server docker-username dry-run field-manager from-file output save-config show-managed-fields template validate' },
  { command: 'create secret generic', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'create/create_secret.go',
    flags: 'allow-missing-template-keys append-hash dry-run field-manager from-env-file from-file from-literal output save-config show-managed-fields template type validate' },
  { command: 'create secret tls', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'create/create_secret_tls.go',
    flags: 'allow-missing-template-keys append-hash cert dry-run field-manager key output save-config show-managed-fields template validate' },
  { command: 'create service clusterip', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'create/create_service.go',
    flags: 'allow-missing-template-keys clusterip dry-run field-manager output save-config show-managed-fields tcp template validate' },
  { command: 'create service externalname', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'create/create_service.go',
    flags: 'allow-missing-template-keys dry-run external-name field-manager output save-config show-managed-fields tcp template validate' },
  { command: 'create service loadbalancer', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'create/create_service.go',
    flags: 'allow-missing-template-keys dry-run field-manager output save-config show-managed-fields tcp template validate' },
  { command: 'create service nodeport', effect: 'changes-cluster', dryRun: ['client', 'server'], source: 'create/create_service.go',
    flags: 'allow-missing-template-keys dry-run field-manager node-port output save-config show-managed-fields tcp template validate' },
  { command: 'help', effect: 'reads', source: 'cmd.go', flags: '' },
  // OpenShift's own commands, checked against openshift/oc (pkg/cli/); `oc` accepts kubectl's as well.
  { command: 'whoami', program: 'oc', effect: 'reads', sensitiveWith: ['show-token'], source: 'oc: whoami/whoami.go',
    flags: 'allow-missing-template-keys output show-console show-context show-managed-fields show-server show-token template' },
  { command: 'status', program: 'oc', effect: 'reads', source: 'oc: status/status.go',
    flags: 'all-namespaces output suggest' },
  { command: 'projects', program: 'oc', effect: 'reads', source: 'oc: projects/projects.go',
    flags: 'short' },
  // Prints the current project without arguments; with one, switches the kubeconfig's context to it.
  { command: 'project', program: 'oc', effect: 'changes-kubeconfig', readsWithoutOperands: true, source: 'oc: project/project.go',
    flags: 'short' },
  // Creates a debug pod (and for a node, possibly a namespace); a dry run of either kind creates nothing.
  { command: 'debug', program: 'oc', effect: 'runs-in-cluster', dryRun: ['client', 'server'], source: 'oc: debug/debug.go',
    flags: 'allow-missing-template-keys as-root as-user container dry-run filename image image-stream keep-annotations keep-init-containers keep-labels keep-liveness keep-readiness keep-startup kustomize no-headers no-stdin no-tty node-name one-container output preserve-pod quiet recursive show-all show-labels show-managed-fields sort-by template to-namespace tty' },
  { command: 'rsh', program: 'oc', effect: 'runs-in-cluster', source: 'oc: rsh/rsh.go',
    flags: 'container filename no-tty pod-running-timeout shell tty' },
  { command: 'rsync', program: 'oc', effect: 'runs-in-cluster', source: 'oc: rsync/rsync.go',
    flags: 'compress container delete exclude include no-perms progress quiet strategy watch' },
  { command: 'adm top images', program: 'oc', effect: 'reads', source: 'oc: admin/top/images.go', flags: '' },
  { command: 'adm top imagestreams', program: 'oc', effect: 'reads', source: 'oc: admin/top/imagestreams.go', flags: '' },
  // kubectl's `top node` and `top pod`, renamed (admin/top/top.go), under their names and aliases.
  { command: 'adm top node', program: 'oc', effect: 'reads', source: 'oc: admin/top/top.go', flags: 'no-headers selector show-capacity sort-by use-protocol-buffers' },
  { command: 'adm top nodes', program: 'oc', effect: 'reads', source: 'oc: admin/top/top.go', flags: 'no-headers selector show-capacity sort-by use-protocol-buffers' },
  { command: 'adm top pod', program: 'oc', effect: 'reads', source: 'oc: admin/top/top.go', flags: 'all-namespaces containers field-selector no-headers selector sort-by sum use-protocol-buffers' },
  { command: 'adm top pods', program: 'oc', effect: 'reads', source: 'oc: admin/top/top.go', flags: 'all-namespaces containers field-selector no-headers selector sort-by sum use-protocol-buffers' },
  // Asks the server who may do something (a review that stores nothing).
  { command: 'adm policy who-can', program: 'oc', effect: 'reads', source: 'oc: admin/policy/who_can.go',
    flags: 'all-namespaces allow-missing-template-keys output show-managed-fields subresource template' },
  // Reads the cluster, but writes what it gathered into a local directory (`--dest-dir`, by default a new one).
  { command: 'adm inspect', program: 'oc', effect: 'writes-files', source: 'oc: admin/inspect/inspect.go',
    flags: 'all-namespaces dest-dir events-file rotated-pod-logs since since-time' },
];

const ROWS_BY_PROGRAM = {
  kubectl: KUBECTL_COMMANDS.filter((row) => row.program === undefined),
  oc: [...KUBECTL_COMMANDS.filter((row) => row.program === 'oc'), ...KUBECTL_COMMANDS.filter((row) => row.program === undefined)],
};

/** Each row's flags as a set, computed once. */
const FLAG_SETS = new Map<KubectlCommandRow, ReadonlySet<string>>(
  KUBECTL_COMMANDS.map((row) => [row, new Set(row.flags.split(' ').filter((f) => f !== ''))]),
);

// The classifier looks a command up by its words (`rollout`, `undo`) and finds the longest row they start with.
export function findKubectlCommand(words: readonly string[], program: 'kubectl' | 'oc'): KubectlCommandRow | undefined {
  let best: KubectlCommandRow | undefined;
  let bestLength = 0;
  for (const row of ROWS_BY_PROGRAM[program]) {
    const parts = row.command.split(' ');
    if (parts.length <= bestLength || parts.length > words.length) continue;
    if (parts.every((part, i) => words[i] === part)) {
      best = row;
      bestLength = parts.length;
    }
  }
  return best;
}

// A flag a command does not list is one the classifier cannot vouch for.
export function knowsFlag(row: KubectlCommandRow, flag: string): boolean {
  return GLOBAL_FLAGS.has(flag) || (FLAG_SETS.get(row)?.has(flag) ?? false);
}

// Whether a verb only exists with subcommands (`rollout`, `config`, `oc adm`): alone it prints help.
export function hasSubcommands(verb: string, program: 'kubectl' | 'oc'): boolean {
  return ROWS_BY_PROGRAM[program].some((row) => row.command.startsWith(`${verb} `)) && !ROWS_BY_PROGRAM[program].some((row) => row.command === verb);
}
