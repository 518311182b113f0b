/**
 * Kubernetes resource names: every spelling kubectl accepts for the common kinds (plural, singular,
 * short names, `kind.group`, `type/name`) folded to one canonical plural, and which kinds are cluster-scoped.
 */

interface ResourceKind {
  plural: string;
  aliases: readonly string[];
  clusterScoped?: true;
}

const KINDS: readonly ResourceKind[] = [
  // core
  { plural: 'bindings', aliases: ['binding'] },
  { plural: 'componentstatuses', aliases: ['componentstatus', 'cs'], clusterScoped: true },
  { plural: 'configmaps', aliases: ['configmap', 'cm'] },
  { plural: 'endpoints', aliases: ['endpoint', 'ep'] },
  { plural: 'events', aliases: ['event', 'ev'] },
  { plural: 'limitranges', aliases: ['limitrange', 'limits'] },
  { plural: 'namespaces', aliases: ['namespace', 'ns'], clusterScoped: true },
  { plural: 'nodes', aliases: ['node', 'no'], clusterScoped: true },
  { plural: 'persistentvolumeclaims', aliases: ['persistentvolumeclaim', 'pvc'] },
  { plural: 'persistentvolumes', aliases: ['persistentvolume', 'pv'], clusterScoped: true },
  { plural: 'pods', aliases: ['pod', 'po'] },
  { plural: 'podtemplates', aliases: ['podtemplate'] },
  { plural: 'replicationcontrollers', aliases: ['replicationcontroller', 'rc'] },
  { plural: 'resourcequotas', aliases: ['resourcequota', 'quota'] },
  { plural: 'secrets', aliases: ['secret'] },
  { plural: 'serviceaccounts', aliases: ['serviceaccount', 'sa'] },
  { plural: 'services', aliases: ['service', 'svc'] },
  // admissionregistration, apiextensions, apiregistration
  { plural: 'mutatingwebhookconfigurations', aliases: ['mutatingwebhookconfiguration'], clusterScoped: true },
  { plural: 'validatingwebhookconfigurations', aliases: ['validatingwebhookconfiguration'], clusterScoped: true },
  { plural: 'validatingadmissionpolicies', aliases: ['validatingadmissionpolicy'], clusterScoped: true },
  { plural: 'validatingadmissionpolicybindings', aliases: ['validatingadmissionpolicybinding'], clusterScoped: true },
  { plural: 'customresourcedefinitions', aliases: ['customresourcedefinition', 'crd', 'crds'], clusterScoped: true },
  { plural: 'apiservices', aliases: ['apiservice'], clusterScoped: true },
  // apps, autoscaling, batch, policy
  { plural: 'controllerrevisions', aliases: ['controllerrevision'] },
  { plural: 'daemonsets', aliases: ['daemonset', 'ds'] },
  { plural: 'deployments', aliases: ['deployment', 'deploy'] },
  { plural: 'replicasets', aliases: ['replicaset', 'rs'] },
  { plural: 'statefulsets', aliases: ['statefulset', 'sts'] },
  { plural: 'horizontalpodautoscalers', aliases: ['horizontalpodautoscaler', 'hpa'] },
  { plural: 'cronjobs', aliases: ['cronjob', 'cj'] },
  { plural: 'jobs', aliases: ['job'] },
  { plural: 'poddisruptionbudgets', aliases: ['poddisruptionbudget', 'pdb'] },
  // authentication, authorization
  { plural: 'tokenreviews', aliases: ['tokenreview'], clusterScoped: true },
  { plural: 'selfsubjectreviews', aliases: ['selfsubjectreview'], clusterScoped: true },
  { plural: 'selfsubjectaccessreviews', aliases: ['selfsubjectaccessreview'], clusterScoped: true },
  { plural: 'selfsubjectrulesreviews', aliases: ['selfsubjectrulesreview'], clusterScoped: true },
  { plural: 'subjectaccessreviews', aliases: ['subjectaccessreview'], clusterScoped: true },
  { plural: 'localsubjectaccessreviews', aliases: ['localsubjectaccessreview'] },
  // certificates, coordination, discovery, flowcontrol, networking, node, rbac, scheduling, storage
  { plural: 'certificatesigningrequests', aliases: ['certificatesigningrequest', 'csr'], clusterScoped: true },
  { plural: 'leases', aliases: ['lease'] },
  { plural: 'endpointslices', aliases: ['endpointslice'] },
  { plural: 'flowschemas', aliases: ['flowschema'], clusterScoped: true },
  { plural: 'prioritylevelconfigurations', aliases: ['prioritylevelconfiguration'], clusterScoped: true },
  { plural: 'ingressclasses', aliases: ['ingressclass'], clusterScoped: true },
  { plural: 'ingresses', aliases: ['ingress', 'ing'] },
  { plural: 'networkpolicies', aliases: ['networkpolicy', 'netpol'] },
  { plural: 'ipaddresses', aliases: ['ipaddress'], clusterScoped: true },
  { plural: 'servicecidrs', aliases: ['servicecidr'], clusterScoped: true },
  { plural: 'runtimeclasses', aliases: ['runtimeclass'], clusterScoped: true },
  { plural: 'clusterrolebindings', aliases: ['clusterrolebinding'], clusterScoped: true },
  { plural: 'clusterroles', aliases: ['clusterrole'], clusterScoped: true },
  { plural: 'rolebindings', aliases: ['rolebinding'] },
  { plural: 'roles', aliases: ['role'] },
  { plural: 'priorityclasses', aliases: ['priorityclass', 'pc'], clusterScoped: true },
  { plural: 'csidrivers', aliases: ['csidriver'], clusterScoped: true },
  { plural: 'csinodes', aliases: ['csinode'], clusterScoped: true },
  { plural: 'csistoragecapacities', aliases: ['csistoragecapacity'] },
  { plural: 'storageclasses', aliases: ['storageclass', 'sc'], clusterScoped: true },
  { plural: 'volumeattachments', aliases: ['volumeattachment'], clusterScoped: true },
  { plural: 'volumeattributesclasses', aliases: ['volumeattributesclass', 'vac'], clusterScoped: true },
  { plural: 'deviceclasses', aliases: ['deviceclass'], clusterScoped: true },
  { plural: 'resourceslices', aliases: ['resourceslice'], clusterScoped: true },
  { plural: 'resourceclaims', aliases: ['resourceclaim'] },
  // widespread custom resources
  { plural: 'volumesnapshots', aliases: ['volumesnapshot'] },
  { plural: 'volumesnapshotclasses', aliases: ['volumesnapshotclass', 'vsclass', 'vsclasses'], clusterScoped: true },
  { plural: 'volumesnapshotcontents', aliases: ['volumesnapshotcontent', 'vsc', 'vscs'], clusterScoped: true },
  { plural: 'certificates', aliases: ['certificate', 'cert', 'certs'] },
  { plural: 'certificaterequests', aliases: ['certificaterequest', 'cr', 'crs'] },
  { plural: 'issuers', aliases: ['issuer'] },
  { plural: 'clusterissuers', aliases: ['clusterissuer'], clusterScoped: true },
  { plural: 'servicemonitors', aliases: ['servicemonitor', 'smon'] },
  { plural: 'podmonitors', aliases: ['podmonitor', 'pmon'] },
  { plural: 'prometheusrules', aliases: ['prometheusrule', 'promrule'] },
  { plural: 'prometheuses', aliases: ['prometheus', 'prom'] },
  { plural: 'alertmanagers', aliases: ['alertmanager', 'am'] },
  { plural: 'verticalpodautoscalers', aliases: ['verticalpodautoscaler', 'vpa'] },
  { plural: 'virtualservices', aliases: ['virtualservice', 'vs'] },
  { plural: 'destinationrules', aliases: ['destinationrule', 'dr'] },
  { plural: 'gateways', aliases: ['gateway', 'gw', 'gtw'] },
  { plural: 'gatewayclasses', aliases: ['gatewayclass', 'gc'], clusterScoped: true },
  { plural: 'httproutes', aliases: ['httproute'] },
  { plural: 'scaledobjects', aliases: ['scaledobject', 'so'] },
  { plural: 'rollouts', aliases: ['rollout', 'ro'] },
  { plural: 'applications', aliases: ['application', 'app', 'apps'] },
  { plural: 'clusterpolicies', aliases: ['clusterpolicy'], clusterScoped: true },
  // metrics.k8s.io
  { plural: 'nodemetrics', aliases: ['nodemetric'], clusterScoped: true },
  { plural: 'podmetrics', aliases: ['podmetric'] },
];

const CANONICAL = new Map<string, string>();
const CLUSTER_SCOPED = new Set<string>();
for (const kind of KINDS) {
  CANONICAL.set(kind.plural, kind.plural);
  for (const alias of kind.aliases) CANONICAL.set(alias, kind.plural);
  if (kind.clusterScoped) CLUSTER_SCOPED.add(kind.plural);
}

// `po`, `pod`, `Pods`, `pod/web-1` and `deployments.v1.apps` must compare equal when deciding what a command touches.
export function normalizeResource(resource: string): string {
  const type = resource.trim().toLowerCase().split('/')[0] ?? '';
  const name = type.split('.')[0] ?? '';
  return CANONICAL.get(name) ?? name;
}

// A command on cluster-scoped objects needs no namespace, so the linter must not ask for one.
export function isClusterScoped(resource: string): boolean {
  return CLUSTER_SCOPED.has(normalizeResource(resource));
}
