import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { matchesContexts, type KubeContext } from '../kube/context.js';
import { parseDuration } from '../runbook/duration.js';
import { isRecord, type LooseRunbook } from '../runbook/model.js';
import type { Plan, SessionStartedEvent } from './events.js';

type AlertFacts = NonNullable<SessionStartedEvent['alert']>;
import { journalPath } from './files.js';
import type { JournalOptions } from './journal.js';
import { SessionRecord } from './record.js';
import type { SessionState } from './state.js';

export function runbookHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** What every walk records first, interactive or not. */
export interface SessionStart {
  runbook: LooseRunbook;
  runbookPath: string;
  runbookText: string;
  operator: string;
  host: string;
  kube: KubeContext;
  version: string;
  alert?: { file: string } & AlertFacts;
}

const SEVERITIES: ReadonlySet<string> = new Set(['critical', 'high', 'medium', 'low']);

// Starts a session's record: who walks which exact runbook (by content hash), planned how, against which context.
export function startSession(home: string, sessionId: string, start: SessionStart, plan: Plan, options: SessionStartedEvent['options'], journal: JournalOptions = {}): SessionRecord {
  const runbook = start.runbook;
  const id = typeof runbook.id === 'string' ? runbook.id : 'runbook';
  const contexts = Array.isArray(runbook.contexts) ? runbook.contexts.map(String) : undefined;
  const escalation = isRecord(runbook.escalation) ? runbook.escalation : {};
  const afterMs = parseDuration(escalation.after);
  return SessionRecord.create(
    home,
    sessionId,
    {
      runbook: {
        id,
        path: start.runbookPath,
        sha256: runbookHash(start.runbookText),
        title: typeof runbook.title === 'string' ? runbook.title : id,
        ...(typeof runbook.severity === 'string' && SEVERITIES.has(runbook.severity) ? { severity: runbook.severity as 'critical' | 'high' | 'medium' | 'low' } : {}),
        ...(typeof runbook.owner === 'string' && runbook.owner !== '' ? { owner: runbook.owner } : {}),
        escalation: {
          when: Array.isArray(escalation.when) ? escalation.when.filter((w): w is string => typeof w === 'string') : [],
          ...(afterMs !== undefined ? { afterMs } : {}),
          ...(typeof escalation.contact === 'string' ? { contact: escalation.contact } : {}),
        },
      },
      operator: start.operator,
      host: start.host,
      // A drill's simulated cluster is outside every runbook's contexts by design; saying so would only mislead.
      kube: { context: start.kube.name ?? null, namespace: start.kube.namespace, ...(options.drill === undefined ? { contextMatches: matchesContexts(start.kube.name, contexts) } : {}) },
      version: start.version,
      ...(start.alert ? { alert: alertFacts(start.alert) } : {}),
      options,
      plan,
    },
    { ...journal, runbookText: start.runbookText },
  );
}

function alertFacts(alert: AlertFacts): AlertFacts {
  return {
    labels: { ...alert.labels },
    ...(alert.name !== undefined ? { name: alert.name } : {}),
    ...(alert.startsAt !== undefined ? { startsAt: alert.startsAt } : {}),
    ...(alert.summary !== undefined ? { summary: alert.summary } : {}),
  };
}

/** A session reopened for resuming; the caller closes the record. */
export interface ResumedSession {
  record: SessionRecord;
  /** The state as the journal left it, before the resume recorded itself. */
  state: SessionState;
  /** The runbook file differs from the one the session started with (steps are matched by id). */
  runbookChanged: boolean;
}

/** Who goes on with a session, and with which runbook. */
export interface Resumer {
  runbookText: string;
  operator: string;
  host: string;
  /** The plan of the runbook as it is now: recorded when the runbook changed since the session started. */
  plan: Plan;
}

// Refuses unknown, ended and live sessions, and records who resumed, so both walks resume the same way.
export function resumeSession(home: string, sessionId: string, resumer: Resumer, mode: 'interactive' | 'unattended', journal: JournalOptions = {}): ResumedSession {
  if (!existsSync(journalPath(home, sessionId))) throw new UsageError(`No session \`${sessionId}\`; \`runbook sessions\` lists them all`);
  const record = SessionRecord.open(home, sessionId, journal);
  try {
    const state = record.state;
    if (state.status !== 'running' && state.status !== 'paused') throw new UsageError(`Session ${sessionId} has already ended (${state.status}); nothing to resume`);
    if (state.options.drill !== undefined) {
      throw new UsageError(`Session ${sessionId} is a drill against the simulated cluster (${state.options.drill}); it cannot go on against a real cluster: start a new one with \`runbook drill ${state.runbook.id}\``);
    }
    const sha256 = runbookHash(resumer.runbookText);
    const runbookChanged = state.runbook.sha256 !== sha256;
    // Older sessions recorded no plan: the current one is recorded then, so the walk and its bundle read one.
    const recordPlan = runbookChanged || state.plan === null;
    record.append({ type: 'session-resumed', operator: resumer.operator, host: resumer.host, mode, runbookChanged, ...(runbookChanged ? { sha256 } : {}), ...(recordPlan ? { plan: resumer.plan } : {}) });
    return { record, state, runbookChanged };
  } catch (error) {
    record.close();
    throw error;
  }
}
