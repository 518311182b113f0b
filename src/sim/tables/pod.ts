import type { KubeObject } from '../kube-object.js';
import { humanDuration, parseTimestamp } from './duration.js';
import { at, conditionTrue, integer, record, records, text, type Loose } from './fields.js';
import { age, ageColumn, column, nameColumn, wideColumn, type PrintContext, type TablePrinter } from './printer.js';

/** The status the pod's containers add up to, worked out the way the API server's pod printer does. */
interface Summary {
  status: string;
  ready: number;
  total: number;
  restarts: number;
  /** When a container last ended before being restarted, in ms since the epoch. */
  lastRestart: number | undefined;
}

const isRestartable = (container: Loose | undefined): boolean => container?.restartPolicy === 'Always';

function laterOf(current: number | undefined, status: Loose): number | undefined {
  const finished = parseTimestamp(at(status, 'lastState', 'terminated', 'finishedAt'));
  if (finished === undefined) return current;
  return current === undefined || finished > current ? finished : current;
}

function terminatedReason(terminated: Loose, prefix: string): string {
  const reason = text(terminated.reason);
  if (reason !== '') return prefix + reason;
  const signal = integer(terminated.signal);
  return signal !== 0 ? `${prefix}Signal:${signal}` : `${prefix}ExitCode:${integer(terminated.exitCode)}`;
}

function summarise(pod: KubeObject): Summary {
  const spec = record(pod.spec);
  const status = record(pod.status);
  const initContainers = records(spec.initContainers);
  const initSpecs = new Map(initContainers.map((container) => [text(container.name), container]));
  const summary: Summary = { status: text(status.reason) || text(status.phase), ready: 0, total: records(spec.containers).length, restarts: 0, lastRestart: undefined };
  for (const condition of records(status.conditions)) {
    if (condition.type === 'PodScheduled' && condition.reason === 'SchedulingGated') summary.status = 'SchedulingGated';
  }
  for (const init of initContainers) if (isRestartable(init)) summary.total++;

  // Sidecars (restartable init containers) keep counting once the pod is initialised; plain init containers do not.
  let sidecarRestarts = 0;
  let sidecarLastRestart: number | undefined;
  let initializing = false;
  const initStatuses = records(status.initContainerStatuses);
  for (const [index, container] of initStatuses.entries()) {
    const restartable = isRestartable(initSpecs.get(text(container.name)));
    summary.restarts += integer(container.restartCount);
    summary.lastRestart = laterOf(summary.lastRestart, container);
    if (restartable) {
      sidecarRestarts += integer(container.restartCount);
      sidecarLastRestart = laterOf(sidecarLastRestart, container);
    }
    const terminated = at(container, 'state', 'terminated');
    const waitingReason = text(at(container, 'state', 'waiting', 'reason'));
    if (terminated !== undefined && integer(record(terminated).exitCode) === 0) continue;
    if (restartable && container.started === true) {
      if (container.ready === true) summary.ready++;
      continue;
    }
    if (terminated !== undefined) summary.status = terminatedReason(record(terminated), 'Init:');
    else if (waitingReason !== '' && waitingReason !== 'PodInitializing') summary.status = `Init:${waitingReason}`;
    else summary.status = `Init:${index}/${initContainers.length}`;
    initializing = true;
    break;
  }

  if (!initializing || conditionTrue(status.conditions, 'Initialized')) {
    summary.restarts = sidecarRestarts;
    summary.lastRestart = sidecarLastRestart;
    let hasRunning = false;
    // The API server walks the containers backwards, so the first container's state is the one that shows.
    for (const container of records(status.containerStatuses).reverse()) {
      summary.restarts += integer(container.restartCount);
      summary.lastRestart = laterOf(summary.lastRestart, container);
      const waitingReason = text(at(container, 'state', 'waiting', 'reason'));
      const terminated = at(container, 'state', 'terminated');
      if (waitingReason !== '') summary.status = waitingReason;
      else if (terminated !== undefined) summary.status = terminatedReason(record(terminated), '');
      else if (container.ready === true && at(container, 'state', 'running') !== undefined) {
        hasRunning = true;
        summary.ready++;
      }
    }
    if (summary.status === 'Completed' && hasRunning) summary.status = conditionTrue(status.conditions, 'Ready') ? 'Running' : 'NotReady';
  }

  if (pod.metadata.deletionTimestamp !== undefined) {
    if (status.reason === 'NodeLost') summary.status = 'Unknown';
    else if (status.phase !== 'Succeeded' && status.phase !== 'Failed') summary.status = 'Terminating';
  }
  return summary;
}

function restartsCell(summary: Summary, context: PrintContext): string {
  if (summary.restarts === 0 || summary.lastRestart === undefined) return String(summary.restarts);
  return `${summary.restarts} (${humanDuration(context.now.getTime() - summary.lastRestart)} ago)`;
}

function readinessGatesCell(pod: KubeObject): string {
  const gates = records(at(pod, 'spec', 'readinessGates'));
  if (gates.length === 0) return '<none>';
  const conditions = records(at(pod, 'status', 'conditions'));
  const passed = gates.filter((gate) => conditions.find((condition) => condition.type === gate.conditionType)?.status === 'True').length;
  return `${passed}/${gates.length}`;
}

export const podPrinter: TablePrinter = {
  columns: [
    nameColumn,
    column('Ready', 'string', 'Ready containers out of all containers of the pod.'),
    column('Status', 'string', 'What the pod and its containers are doing, summed up in one word.'),
    column('Restarts', 'string', 'Container restarts, and how long ago the last one was.'),
    ageColumn,
    wideColumn('IP', 'string', 'The IP address assigned to the pod.'),
    wideColumn('Node', 'string', 'The node the pod is scheduled on.'),
    wideColumn('Nominated Node', 'string', 'The node the scheduler means to place the pod on after preempting others.'),
    wideColumn('Readiness Gates', 'string', 'Readiness gates that are met, out of all of them.'),
  ],
  row(pod, context) {
    const summary = summarise(pod);
    const status = record(pod.status);
    const ip = text(at(records(status.podIPs)[0], 'ip')) || text(status.podIP) || '<none>';
    return [
      pod.metadata.name,
      `${summary.ready}/${summary.total}`,
      summary.status,
      restartsCell(summary, context),
      age(pod, context),
      ip,
      text(at(pod, 'spec', 'nodeName')) || '<none>',
      text(status.nominatedNodeName) || '<none>',
      readinessGatesCell(pod),
    ];
  },
};
