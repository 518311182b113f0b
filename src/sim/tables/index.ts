import { configMapPrinter } from './configmap.js';
import { deploymentPrinter } from './deployment.js';
import { endpointsPrinter } from './endpoints.js';
import { eventPrinter } from './event.js';
import { horizontalPodAutoscalerPrinter } from './horizontalpodautoscaler.js';
import { ingressPrinter } from './ingress.js';
import { jobPrinter } from './job.js';
import { namespacePrinter } from './namespace.js';
import { nodePrinter } from './node.js';
import { persistentVolumeClaimPrinter } from './persistentvolumeclaim.js';
import { podPrinter } from './pod.js';
import { age, ageColumn, nameColumn, type TablePrinter } from './printer.js';
import { replicaSetPrinter } from './replicaset.js';
import { secretPrinter } from './secret.js';
import { servicePrinter } from './service.js';
import { statefulSetPrinter } from './statefulset.js';

export type { PrintContext, TableColumnDefinition, TablePrinter } from './printer.js';
export { humanDuration } from './duration.js';

const PRINTERS: Record<string, TablePrinter> = {
  ConfigMap: configMapPrinter,
  Deployment: deploymentPrinter,
  Endpoints: endpointsPrinter,
  Event: eventPrinter,
  HorizontalPodAutoscaler: horizontalPodAutoscalerPrinter,
  Ingress: ingressPrinter,
  Job: jobPrinter,
  Namespace: namespacePrinter,
  Node: nodePrinter,
  PersistentVolumeClaim: persistentVolumeClaimPrinter,
  Pod: podPrinter,
  ReplicaSet: replicaSetPrinter,
  Secret: secretPrinter,
  Service: servicePrinter,
  StatefulSet: statefulSetPrinter,
};

const namedPrinter: TablePrinter = {
  columns: [nameColumn, ageColumn],
  row: (object, context) => [object.metadata.name, age(object, context)],
};

/** The server-side table printer for a kind (`Pod`, `Deployment`, ...); other kinds get NAME and AGE. */
export function tablePrinter(kind: string): TablePrinter {
  return Object.hasOwn(PRINTERS, kind) ? PRINTERS[kind]! : namedPrinter;
}
