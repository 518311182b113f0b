import type { KubeObject } from './kube-object.js';
import type { Scenario } from './scenario.js';
import { badRequest } from './status.js';

interface ContainerStatus {
  name: string;
  state?: { waiting?: { reason?: string } };
}

/** Serves `pods/<name>/log` from the scenario's logs, with the API server's errors for what is not there. */
export function podLog(logs: Scenario['logs'], pod: KubeObject, query: URLSearchParams): string {
  const name = pod.metadata.name;
  const spec = pod.spec as { containers?: { name: string }[] } | undefined;
  const containers = (spec?.containers ?? []).map((c) => c.name);
  let container = query.get('container') ?? undefined;
  if (!container) {
    if (containers.length !== 1) throw badRequest(`a container name must be specified for pod ${name}, choose one of: [${containers.join(' ')}]`);
    container = containers[0]!;
  }
  if (!containers.includes(container)) throw badRequest(`container ${container} is not valid for pod ${name}`);
  const previous = query.get('previous') === 'true';
  const entry = logs.find(
    (log) => log.namespace === pod.metadata.namespace && log.pod === name && log.previous === previous && (log.container === undefined ? containers.length === 1 || containers[0] === container : log.container === container),
  );
  if (previous && !entry) throw badRequest(`previous terminated container "${container}" in pod "${name}" not found`);
  if (!previous) {
    const statuses = (pod.status as { containerStatuses?: ContainerStatus[] } | undefined)?.containerStatuses ?? [];
    const waiting = statuses.find((s) => s.name === container)?.state?.waiting?.reason;
    if (!entry && (waiting === 'ContainerCreating' || waiting === 'PodInitializing')) throw badRequest(`container "${container}" in pod "${name}" is waiting to start: ${waiting}`);
    if (!entry && (pod.status as { phase?: string } | undefined)?.phase === 'Pending') throw badRequest(`container "${container}" in pod "${name}" is waiting to start: ContainerCreating`);
  }
  return limit(entry?.text ?? '', query);
}

function limit(text: string, query: URLSearchParams): string {
  let output = text;
  const tail = query.get('tailLines');
  if (tail !== null && Number(tail) >= 0) {
    const lines = output.split('\n');
    if (lines.at(-1) === '') lines.pop();
    const kept = Number(tail) === 0 ? [] : lines.slice(-Number(tail));
    output = kept.length ? `${kept.join('\n')}\n` : '';
  }
  const bytes = query.get('limitBytes');
  if (bytes !== null && Number(bytes) > 0) output = Buffer.from(output).subarray(0, Number(bytes)).toString();
  return output;
}
