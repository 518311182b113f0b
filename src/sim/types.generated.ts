/* Generated from schemas/scenario.schema.json by scripts/generate.js: edit the schema, then run `npm run generate`. */

/**
 * One Kubernetes object.
 */
export type ScenarioObject = Object;
export type DnsLabel = string;
/**
 * A Kubernetes quantity: `250m`, `1`, `0.5`, `512Mi`, `2Gi`.
 */
export type Quantity = string;
/**
 * `now`, a signed duration from the start (`-90d`, `+6d12h`), or an RFC 3339 time.
 */
export type Moment = string;

/**
 * A simulated cluster in trouble, for `runbook drill`, `runbook test` and `runbook sim serve`: its objects, container logs, metrics, and what a correct walk of the runbook finds.
 */
export interface Scenario {
  /**
   * Id of the runbook this scenario drills.
   */
  runbook: string;
  /**
   * What is wrong, in a sentence or two; shown when a drill starts.
   */
  description?: string;
  /**
   * The default namespace of the kubeconfig context (default: `default`).
   */
  namespace?: string;
  /**
   * The alert that pages the operator; labels named like a runbook variable fill it.
   */
  alert?: {
    name?: string;
    labels?: {
      [k: string]: string;
    };
    summary?: string;
  };
  /**
   * Values `runbook test` passes as `--var name=value`.
   */
  variables?: {
    [k: string]: string | number | boolean;
  };
  /**
   * Kubernetes manifests as the API server would return them. Any string that is exactly `now` or a signed duration (`-3h`, `-2m30s`, `+5m`) becomes a timestamp that far from the start of the simulation.
   */
  objects: ScenarioObject[];
  /**
   * Container logs: the current one, or the previous (last terminated) container's with `previous: true`.
   */
  logs?: {
    /**
     * Default: the scenario's namespace.
     */
    namespace?: string;
    pod: string;
    /**
     * May be left out when the pod has one container.
     */
    container?: string;
    previous?: boolean;
    text: string;
  }[];
  /**
   * Resource usage for `kubectl top` (metrics.k8s.io).
   */
  metrics?: {
    pods?: {
      /**
       * Default: the scenario's namespace.
       */
      namespace?: string;
      pod: string;
      containers: {
        [k: string]: Usage;
      };
      /**
       * A Kubernetes quantity: `250m`, `1`, `0.5`, `512Mi`, `2Gi`.
       */
      ephemeralStorage?: string;
    }[];
    nodes?: {
      node: string;
      cpu: Quantity;
      memory: Quantity;
      filesystem?: Filesystem;
    }[];
    /**
     * Usage of pods' volumes, as the kubelet's stats summary (`/api/v1/nodes/<node>/proxy/stats/summary`) reports it; a volume that mounts a PersistentVolumeClaim carries its name.
     */
    volumes?: {
      /**
       * Default: the scenario's namespace.
       */
      namespace?: string;
      pod: string;
      /**
       * Name of the volume in the pod's spec.
       */
      volume: string;
      capacity: Quantity;
      used: Quantity;
      inodes?: number;
      inodesUsed?: number;
    }[];
  };
  /**
   * X.509 certificates the server makes when it starts and stores (PEM, base64 as in any Secret) under a key of a Secret, so `openssl x509` shows dates relative to the drill's clock. Each is signed by a throwaway key; no private key is kept. A Secret that the objects do not hold is made as a `kubernetes.io/tls` Secret.
   */
  certificates?: {
    /**
     * Default: the scenario's namespace.
     */
    namespace?: string;
    secret: string;
    /**
     * Data key of the Secret (default `tls.crt`).
     */
    key?: string;
    /**
     * Default: the first DNS name.
     */
    commonName?: string;
    dnsNames?: string[];
    /**
     * Common name of the issuer written into the certificate.
     */
    issuer?: string;
    /**
     * Default `-90d`.
     */
    notBefore?: string;
    notAfter: Moment;
  }[];
  /**
   * What the operator would see where a step sends them outside the cluster (a dashboard, a database console), by step id; a drill shows it under that step.
   */
  observations?: {
    [k: string]: string;
  };
  /**
   * What a correct walk of the runbook finds: drills are scored against it and `runbook test` checks it.
   */
  expect?: {
    /**
     * The resolution branch a correct diagnosis reaches; leave out when none fits.
     */
    cause?: string;
    /**
     * Whether a correct walk escalates.
     */
    escalate?: boolean;
    /**
     * Step id to a regular expression the step's output must match.
     */
    steps?: {
      [k: string]: string;
    };
  };
}
export interface Object {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    generateName?: string;
    namespace?: DnsLabel;
    labels?: {
      [k: string]: string;
    };
    annotations?: {
      [k: string]: string;
    };
    creationTimestamp?: unknown;
    deletionTimestamp?: unknown;
    uid?: string;
    generation?: number;
    resourceVersion?: string;
    ownerReferences?: unknown[];
    finalizers?: string[];
  };
  spec?: unknown;
  status?: unknown;
  data?: unknown;
  stringData?: unknown;
  binaryData?: unknown;
  type?: unknown;
  immutable?: unknown;
  subsets?: unknown;
  addressType?: unknown;
  endpoints?: unknown;
  ports?: unknown;
  involvedObject?: unknown;
  reason?: unknown;
  message?: unknown;
  source?: unknown;
  count?: unknown;
  firstTimestamp?: unknown;
  lastTimestamp?: unknown;
  eventTime?: unknown;
  reportingComponent?: unknown;
  reportingInstance?: unknown;
  action?: unknown;
  related?: unknown;
  series?: unknown;
  regarding?: unknown;
  note?: unknown;
  deprecatedSource?: unknown;
  deprecatedFirstTimestamp?: unknown;
  deprecatedLastTimestamp?: unknown;
  deprecatedCount?: unknown;
  rules?: unknown;
  roleRef?: unknown;
  subjects?: unknown;
  aggregationRule?: unknown;
  provisioner?: unknown;
  parameters?: unknown;
  reclaimPolicy?: unknown;
  volumeBindingMode?: unknown;
  allowVolumeExpansion?: unknown;
  mountOptions?: unknown;
  allowedTopologies?: unknown;
  secrets?: unknown;
  imagePullSecrets?: unknown;
  automountServiceAccountToken?: unknown;
  value?: unknown;
  globalDefault?: unknown;
  preemptionPolicy?: unknown;
  description?: unknown;
  handler?: unknown;
  overhead?: unknown;
  scheduling?: unknown;
  webhooks?: unknown;
  items?: unknown;
}
export interface Usage {
  cpu: Quantity;
  memory: Quantity;
}
/**
 * The node's root filesystem (nodefs), as the kubelet's stats summary reports it.
 */
export interface Filesystem {
  capacity: Quantity;
  used: Quantity;
  inodes?: number;
  inodesUsed?: number;
}
