import { challengePrinter, orderPrinter } from './acme.js';
import { certificatePrinter } from './certificate.js';
import { certificateRequestPrinter } from './certificaterequest.js';
import { configMapPrinter } from './configmap.js';
import { cronJobPrinter } from './cronjob.js';
import { daemonSetPrinter } from './daemonset.js';
import { deploymentPrinter } from './deployment.js';
import { endpointsPrinter } from './endpoints.js';
import { endpointSlicePrinter } from './endpointslice.js';
import { eventPrinter } from './event.js';
import { horizontalPodAutoscalerPrinter } from './horizontalpodautoscaler.js';
import { ingressPrinter } from './ingress.js';
import { issuerPrinter } from './issuer.js';
import { jobPrinter } from './job.js';
import { namespacePrinter } from './namespace.js';
import { networkPolicyPrinter } from './networkpolicy.js';
import { nodePrinter } from './node.js';
import { persistentVolumeClaimPrinter } from './persistentvolumeclaim.js';
import { podPrinter } from './pod.js';
import { podDisruptionBudgetPrinter } from './poddisruptionbudget.js';
import { age, ageColumn, nameColumn, type TablePrinter } from './printer.js';
import { replicaSetPrinter } from './replicaset.js';
import { secretPrinter } from './secret.js';
import { servicePrinter } from './service.js';
import { statefulSetPrinter } from './statefulset.js';
import { storageClassPrinter } from './storageclass.js';

export type { PrintContext, TableColumnDefinition, TablePrinter } from './printer.js';
export { humanDuration } from './duration.js';

const PRINTERS: Record<string, TablePrinter> = {
  Certificate: certificatePrinter,
  CertificateRequest: certificateRequestPrinter,
  Challenge: challengePrinter,
  ClusterIssuer: issuerPrinter,
  ConfigMap: configMapPrinter,
  CronJob: cronJobPrinter,
  DaemonSet: daemonSetPrinter,
  Deployment: deploymentPrinter,
  Endpoints: endpointsPrinter,
  EndpointSlice: endpointSlicePrinter,
  Event: eventPrinter,
  HorizontalPodAutoscaler: horizontalPodAutoscalerPrinter,
  Ingress: ingressPrinter,
  Issuer: issuerPrinter,
  Job: jobPrinter,
  Namespace: namespacePrinter,
  NetworkPolicy: networkPolicyPrinter,
  Node: nodePrinter,
  Order: orderPrinter,
  PersistentVolumeClaim: persistentVolumeClaimPrinter,
  Pod: podPrinter,
  PodDisruptionBudget: podDisruptionBudgetPrinter,
  ReplicaSet: replicaSetPrinter,
  Secret: secretPrinter,
  Service: servicePrinter,
  StatefulSet: statefulSetPrinter,
  StorageClass: storageClassPrinter,
};

const namedPrinter: TablePrinter = {
  columns: [nameColumn, ageColumn],
  row: (object, context) => [object.metadata.name, age(object, context)],
};

/** The server-side table printer for a kind (`Pod`, `Deployment`, ...); other kinds get NAME and AGE. */
export function tablePrinter(kind: string): TablePrinter {
  return Object.hasOwn(PRINTERS, kind) ? PRINTERS[kind]! : namedPrinter;
}
