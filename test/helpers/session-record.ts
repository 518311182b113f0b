import { SessionRecord } from '../../src/session/record.js';

/** A session record with a plain first event, for tests that run steps without walking a runbook. */
export function testRecord(home: string, sessionId: string): SessionRecord {
  return SessionRecord.create(home, sessionId, {
    runbook: { id: 'test-runbook', path: 'test-runbook.md', sha256: '0'.repeat(64), title: 'Test runbook' },
    operator: 'tester',
    host: 'test-host',
    kube: { context: null },
    version: '0.0.0',
    options: { readOnly: false, yes: true },
  });
}
