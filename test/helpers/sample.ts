/**
 * A small runbook that every rule accepts, for tests to start from and break one thing at a time.
 * Line numbers matter to tests: `id` is on line 2, `diagnosis` starts on line 16.
 */
export const VALID_FRONT_MATTER = `id: disk-pressure
title: Node under disk pressure
summary: A node reports DiskPressure and starts evicting pods.
severity: high
owner: platform-team
alerts: [KubeNodeDiskPressure]
reviewed: 2026-11-01
review_every: 90d
variables:
  namespace: { description: Namespace of the workload, default: production, type: k8s-name }
  node: { description: Node under pressure, type: k8s-name, choices_from: kubectl get nodes -o name }
symptoms:
  - Pods are evicted with reason DiskPressure
impact: Pods on the node are evicted and rescheduled.
diagnosis:
  - id: node-conditions
    title: Check the node conditions
    run: kubectl describe node {{node}}
    expect: "DiskPressure True"
  - id: evicted-pods
    title: List evicted pods
    run: kubectl get pods -n {{namespace}} --field-selector=status.phase=Failed
resolution:
  - cause: logs-fill-disk
    title: Container logs fill the disk
    evidence: { step: node-conditions, matches: DiskPressure\\s+True }
    steps:
      - title: Free space on the node
        tier: 3
escalation:
  after: 15m
  when:
    - Disk pressure persists after 15 minutes
  contact: Tier 3 platform on-call
  collect:
    - kubectl get events -n {{namespace}} --sort-by=.lastTimestamp
`;

export const VALID_BODY = `# Node under disk pressure

The kubelet evicts pods when free disk space runs low.

## Prevention

Rotate container logs and alert on disk usage before the kubelet does.
`;

/** A whole runbook file from front-matter YAML and a body. */
export function runbookText(frontMatter: string = VALID_FRONT_MATTER, body: string = VALID_BODY): string {
  return `---\n${frontMatter}---\n${body}`;
}

export const VALID_RUNBOOK = runbookText();
