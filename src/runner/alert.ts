/**
 * The alert a walk answers, from an Alertmanager payload (`--alert`) or a drill's scenario: its name, labels,
 * start time and summary go into the session, so the bundle says what the operator was paged for.
 */
import { isRecord, type LooseRunbook } from '../runbook/model.js';
import { labelsFromAlert } from './variables.js';
import type { SessionStartedEvent } from '../session/events.js';

/** What the session records of an alert. */
export type AlertFacts = NonNullable<SessionStartedEvent['alert']>;

/** An alert read from a payload, with how many the payload held (the first is used). */
export interface ReadAlert extends AlertFacts {
  count: number;
}

// Alertmanager sends a webhook payload (`alerts[]`, `commonLabels`, `commonAnnotations`) or, from amtool and the API, one alert.
export function readAlert(payload: unknown, source: string): ReadAlert {
  const labels = labelsFromAlert(payload, source);
  const root = isRecord(payload) ? payload : undefined;
  const alerts = Array.isArray(root?.alerts) ? root.alerts : Array.isArray(payload) ? payload : undefined;
  const first = isRecord(alerts?.[0]) ? alerts[0] : root;
  const annotations = { ...(isRecord(root?.commonAnnotations) ? root.commonAnnotations : {}), ...(isRecord(first?.annotations) ? first.annotations : {}) };
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
  const name = labels.alertname;
  const startsAt = text(first?.startsAt);
  const summary = text(annotations.summary) ?? text(annotations.description) ?? text(annotations.message);
  return { labels, count: alerts?.length ?? 1, ...(name ? { name } : {}), ...(startsAt ? { startsAt } : {}), ...(summary ? { summary } : {}) };
}

/** What does not fit in an alert given to `run --alert`: several alerts, another alert name, another cluster. */
export function alertWarnings(alert: ReadAlert, source: string, runbook: LooseRunbook, context: string | undefined): string[] {
  const warnings: string[] = [];
  if (alert.count > 1) warnings.push(`${source} holds ${alert.count} alerts; the first${alert.name ? ` (${alert.name})` : ''} fills the values`);
  const names = Array.isArray(runbook.alerts) ? runbook.alerts.filter((a): a is string => typeof a === 'string') : [];
  if (alert.name && names.length > 0 && !names.includes(alert.name)) {
    warnings.push(`the alert is ${alert.name}, which is not one of this runbook's alerts (${names.join(', ')}): check it is the right runbook`);
  }
  const cluster = alert.labels.cluster;
  if (cluster && context && cluster !== context) warnings.push(`the alert comes from cluster ${cluster}, but the kube context is ${context}: check you are on the right cluster`);
  return warnings;
}
