import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { matchesContexts, type KubeContext } from '../kube/context.js';
import type { LooseRunbook } from '../runbook/model.js';
import { Journal, journalPath, type NewSessionEvent, type SessionStartedEvent } from './journal.js';
import type { AlertFacts } from './alert.js';
import { replay, type SessionState } from './session-state.js';

/** Step results a resumed walk keeps; anything else (interrupted, cancelled, pending, never reached) is walked again. */
export const SETTLED_STATUSES: ReadonlySet<string> = new Set(['ok', 'done', 'failed', 'timed-out', 'skipped', 'refused', 'needs-confirmation', 'tier3']);

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

// The `session-started` event: who walks which exact runbook (by content hash) against which context.
export function sessionStartedEvent(journal: Journal, start: SessionStart, options: SessionStartedEvent['options']): NewSessionEvent {
  const id = typeof start.runbook.id === 'string' ? start.runbook.id : 'runbook';
  const contexts = Array.isArray(start.runbook.contexts) ? start.runbook.contexts.map(String) : undefined;
  return {
    type: 'session-started',
    sessionId: journal.sessionId,
    runbook: { id, path: start.runbookPath, sha256: runbookHash(start.runbookText), title: typeof start.runbook.title === 'string' ? start.runbook.title : id },
    operator: start.operator,
    host: start.host,
    // A drill's simulated cluster is outside every runbook's contexts by design; saying so would only mislead.
    kube: { context: start.kube.name ?? null, namespace: start.kube.namespace, ...(options.drill === undefined ? { contextMatches: matchesContexts(start.kube.name, contexts) } : {}) },
    version: start.version,
    ...(start.alert ? { alert: alertFacts(start.alert) } : {}),
    options,
  };
}

function alertFacts(alert: AlertFacts): AlertFacts {
  return {
    labels: { ...alert.labels },
    ...(alert.name !== undefined ? { name: alert.name } : {}),
    ...(alert.startsAt !== undefined ? { startsAt: alert.startsAt } : {}),
    ...(alert.summary !== undefined ? { summary: alert.summary } : {}),
  };
}

/** A session reopened for resuming, with its replayed state; the caller closes the journal. */
export interface ResumedSession {
  journal: Journal;
  state: SessionState;
  /** The runbook file differs from the one the session started with (steps are matched by id). */
  runbookChanged: boolean;
}

// Refuses unknown and ended sessions, and records who resumed, so both walks resume the same way.
export function resumeSession(home: string, sessionId: string, resumer: Pick<SessionStart, 'runbookText' | 'operator' | 'host'>, how: string, now?: () => Date): ResumedSession {
  if (!existsSync(journalPath(home, sessionId))) throw new UsageError(`No session \`${sessionId}\`; \`runbook sessions\` lists them all`);
  const journal = Journal.open(home, sessionId, now ? { now } : {});
  try {
    const state = replay(journal.recovered.events);
    if (state.status !== 'running' && state.status !== 'paused') throw new UsageError(`Session ${sessionId} has already ended (${state.status}); nothing to resume`);
    if (state.options.drill !== undefined) {
      throw new UsageError(`Session ${sessionId} is a drill against the simulated cluster (${state.options.drill}); it cannot go on against a real cluster: start a new one with \`runbook drill ${state.runbook.id}\``);
    }
    const runbookChanged = state.runbook.sha256 !== runbookHash(resumer.runbookText);
    journal.append({
      type: 'note',
      text: `resumed by ${resumer.operator} on ${resumer.host} (${how})${runbookChanged ? ' (the runbook has changed since the session started; steps are matched by id)' : ''}`,
    });
    return { journal, state, runbookChanged };
  } catch (error) {
    journal.close();
    throw error;
  }
}
