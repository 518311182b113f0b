/**
 * escalation.json: one payload for an incident tool. Its fields are those of a PagerDuty Events v2 `payload`
 * (summary, severity, source, component, group, class, timestamp, custom_details as `details`) plus the
 * event's `links`, so it maps field for field; a Jira issue takes `summary` as its summary and `details` as
 * its description's facts. Pure.
 */
import { formatDuration, type Facts } from './facts.js';

export type PayloadSeverity = 'critical' | 'error' | 'warning' | 'info';

export interface EscalationPayload {
  /** At most 1,024 characters (PagerDuty's limit). */
  summary: string;
  severity: PayloadSeverity;
  /** Where it happens: the kube context, else the operator's host. */
  source: string;
  /** What is affected: `<runbook id>/<namespace>`. */
  component: string;
  /** Who owns the runbook. */
  group: string;
  class: 'runbook-escalation';
  /** When the session escalated (else its last event), ISO-8601 UTC. */
  timestamp: string;
  links: { href: string; text: string }[];
  details: {
    runbook: { id: string; title: string; severity: string | null; sha256: string };
    session: string;
    status: string;
    context: string | null;
    namespace: string | null;
    production: boolean;
    operator: string;
    host: string;
    started: string;
    elapsed: string;
    cause: { id: string; title: string | null; chosen: boolean; evidence: string | null }[];
    criteria: string[];
    contact: string | null;
    tier3Actions: string[];
    stepsFailed: { id: string; status: string; exitCode: number | null; command: string | null }[];
    stepsNotRun: { id: string; status: string; reason: string | null }[];
    symptoms: string[];
    /** What the operator was paged for, when the walk started from an alert. */
    alert: { name: string | null; labels: Record<string, string>; startsAt: string | null; summary: string | null } | null;
    /** Every change made to the cluster, with what confirmed it. */
    changes: { id: string; command: string | null; status: string; confirmedBy: string }[];
    /** A drill on the simulated cluster, not an incident. */
    drill: boolean;
    bundle: string;
  };
}

export const SUMMARY_LIMIT = 1024;

/** The runbook's severity in the incident tool's four words. */
export function payloadSeverity(severity: string | null): PayloadSeverity {
  if (severity === 'critical') return 'critical';
  if (severity === 'high') return 'error';
  if (severity === 'medium') return 'warning';
  return severity === 'low' ? 'info' : 'error';
}

export function escalationPayload(facts: Facts, bundleName: string): EscalationPayload {
  const escalatedAt = facts.timeline.find((t) => t.text.startsWith('Escalated'))?.at ?? facts.lastEventAt;
  const cause = facts.causes[0];
  const parts = [
    `${facts.drill ? '[DRILL] ' : ''}[${facts.runbook.severity ?? 'unknown'}] ${facts.runbook.title}`,
    `${facts.escalated ? 'escalated' : facts.status} on ${facts.context ?? facts.host}${facts.namespace ? `/${facts.namespace}` : ''}${facts.production ? ' (production)' : ''}`,
    cause ? `${cause.chosen ? 'cause' : 'suspected cause'}: ${cause.title ?? cause.id}` : 'cause unknown',
    facts.failed.length > 0 ? `${facts.failed.length} step${facts.failed.length === 1 ? '' : 's'} failed` : '',
    facts.criteria.length > 0 ? `criteria: ${facts.criteria.join('; ')}` : '',
  ].filter(Boolean);
  return {
    summary: truncate(parts.join(', '), SUMMARY_LIMIT),
    severity: payloadSeverity(facts.runbook.severity),
    source: facts.context ?? facts.host,
    component: `${facts.runbook.id}${facts.namespace ? `/${facts.namespace}` : ''}`,
    group: facts.runbook.owner ?? 'unknown',
    class: 'runbook-escalation',
    timestamp: escalatedAt,
    links: facts.links,
    details: {
      runbook: { id: facts.runbook.id, title: facts.runbook.title, severity: facts.runbook.severity, sha256: facts.runbook.sha256 },
      session: facts.sessionId,
      status: facts.escalated ? 'escalated' : facts.status,
      context: facts.context,
      namespace: facts.namespace,
      production: facts.production,
      operator: facts.operator,
      host: facts.host,
      started: facts.started,
      elapsed: formatDuration(facts.elapsedMs),
      cause: facts.causes.map((c) => ({ id: c.id, title: c.title, chosen: c.chosen, evidence: c.evidence?.line ?? null })),
      criteria: facts.criteria,
      contact: facts.contact,
      tier3Actions: facts.tier3.map((s) => s.title),
      stepsFailed: facts.failed.map((s) => ({ id: s.id, status: s.status, exitCode: s.exitCode, command: s.command })),
      stepsNotRun: facts.notDone.map((s) => ({ id: s.id, status: s.status, reason: s.reason })),
      symptoms: facts.symptoms,
      alert: facts.alert,
      changes: facts.changes.map((c) => ({ id: c.id, command: c.command, status: c.status, confirmedBy: c.typed })),
      drill: facts.drill !== null,
      bundle: bundleName,
    },
  };
}

function truncate(text: string, limit: number): string {
  const chars = [...text];
  return chars.length <= limit ? text : `${chars.slice(0, limit - 1).join('')}…`;
}
