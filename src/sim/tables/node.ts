import type { KubeObject } from '../kube-object.js';
import { at, record, records, text } from './fields.js';
import { age, ageColumn, column, nameColumn, wideColumn, type TablePrinter } from './printer.js';

const ROLE_PREFIX = 'node-role.kubernetes.io/';

function nodeStatus(node: KubeObject): string {
  const ready = records(at(node, 'status', 'conditions')).find((condition) => condition.type === 'Ready');
  const parts = [ready === undefined ? 'Unknown' : ready.status === 'True' ? 'Ready' : 'NotReady'];
  if (at(node, 'spec', 'unschedulable') === true) parts.push('SchedulingDisabled');
  return parts.join(',');
}

// Roles come from `node-role.kubernetes.io/<role>` labels and the older `kubernetes.io/role: <role>` label.
function nodeRoles(node: KubeObject): string {
  const roles = new Set<string>();
  for (const [key, value] of Object.entries(node.metadata.labels ?? {})) {
    if (key.startsWith(ROLE_PREFIX) && key.length > ROLE_PREFIX.length) roles.add(key.slice(ROLE_PREFIX.length));
    else if (key === 'kubernetes.io/role' && value !== '') roles.add(value);
  }
  return roles.size > 0 ? [...roles].sort().join(',') : '<none>';
}

function address(node: KubeObject, type: string): string {
  return text(records(at(node, 'status', 'addresses')).find((entry) => entry.type === type)?.address) || '<none>';
}

export const nodePrinter: TablePrinter = {
  columns: [
    nameColumn,
    column('Status', 'string', 'Whether the node is ready, and whether scheduling on it is disabled.'),
    column('Roles', 'string', 'The roles of the node, from its node-role labels.'),
    ageColumn,
    column('Version', 'string', 'Kubelet version of the node.'),
    wideColumn('Internal-IP', 'string', 'The first internal address of the node.'),
    wideColumn('External-IP', 'string', 'The first external address of the node.'),
    wideColumn('OS-Image', 'string', 'Operating system image the node reports.'),
    wideColumn('Kernel-Version', 'string', 'Kernel version the node reports.'),
    wideColumn('Container-Runtime', 'string', 'Container runtime and version the node reports.'),
  ],
  row(node, context) {
    const info = record(at(node, 'status', 'nodeInfo'));
    return [
      node.metadata.name,
      nodeStatus(node),
      nodeRoles(node),
      age(node, context),
      text(info.kubeletVersion),
      address(node, 'InternalIP'),
      address(node, 'ExternalIP'),
      text(info.osImage) || '<unknown>',
      text(info.kernelVersion) || '<unknown>',
      text(info.containerRuntimeVersion) || '<unknown>',
    ];
  },
};
