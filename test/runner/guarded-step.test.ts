/**
 * The runner's hook for the read-only guard: a diagnosis step (and any step of a --read-only walk) runs
 * with KUBECONFIG pointing at the guard; a resolution step of an ordinary walk does not. A request the guard
 * refuses is named in the step's output and in its `step-finished` event. The classifier is bypassed here
 * by planning the step by hand, which is the mistake the guard exists to catch.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StepFinishedEvent } from '../../src/session/events.js';
import { journalPath } from '../../src/session/files.js';
import { readJournal } from '../../src/session/journal.js';
import type { SessionRecord } from '../../src/session/record.js';
import type { PlannedStep } from '../../src/runner/plan.js';
import { removeGuardCache } from '../../src/runner/read-only-guard.js';
import { executeStep } from '../../src/runner/step-run.js';
import type { SimServer } from '../../src/sim/server.js';
import { ROOT } from '../helpers/cli.js';
import { testRecord } from '../helpers/session-record.js';
import { kubectl, startShop } from '../sim/kubectl.js';

const RAW_DELETE = 'kubectl delete --raw /api/v1/namespaces/shop/pods/cache-0 --dry-run=client';

function step(id: string, phase: PlannedStep['phase'], position = 1): PlannedStep {
  return { id, phase, title: id, position, kind: 'read-only', timeoutMs: 20_000, sensitive: false };
}

describe('guarded steps', () => {
  let server: SimServer;
  const home = mkdtempSync(join(tmpdir(), 'runbook-guarded-step-'));
  let record: SessionRecord;
  beforeAll(async () => {
    server = await startShop();
    record = testRecord(home, 'guarded');
    mkdirSync(join(record.dir, 'steps'), { recursive: true, mode: 0o700 });
  });
  afterAll(async () => {
    removeGuardCache();
    record?.close();
    await server?.close();
    rmSync(home, { recursive: true, force: true });
  });

  const run = (planned: PlannedStep, command: string, position: number, readOnly = false): ReturnType<typeof executeStep> =>
    executeStep({ record, step: { ...planned, position }, command, attempt: 1, maxOutputBytes: 1 << 20, env: server.env, readOnly });

  test('a diagnosis step that deletes is refused at the wire, in its output and its journal event', async () => {
    const chunks: Buffer[] = [];
    const executed = await executeStep({ record, step: step('raw-delete', 'diagnosis'), command: RAW_DELETE, attempt: 1, maxOutputBytes: 1 << 20, env: server.env, onOutput: (c) => chunks.push(Buffer.from(c)) });
    expect(executed.status).toBe('failed');
    const line = 'runbook: the read-only guard refused DELETE /api/v1/namespaces/shop/pods/cache-0';
    expect(readFileSync(executed.result.outputFile, 'utf8')).toContain(line);
    expect(Buffer.concat(chunks).toString('utf8')).toContain(line);
    const finished = readJournal(journalPath(home, 'guarded')).events.filter((e): e is StepFinishedEvent => e.type === 'step-finished' && e.step === 'raw-delete');
    expect(finished[0]?.refusedRequests).toEqual([{ method: 'DELETE', path: '/api/v1/namespaces/shop/pods/cache-0', reason: 'DELETE can change the cluster' }]);
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/session.schema.json'), 'utf8')) as object;
    const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
    expect(validate(finished[0]), JSON.stringify(validate.errors)).toBe(true);
    expect((await kubectl(server, ['get', 'pod', 'cache-0', '-n', 'shop'])).code).toBe(0);
  });

  test('diagnosis steps and --read-only walks run through the guard; resolution steps of other walks do not', async () => {
    const serverOf = async (planned: PlannedStep, position: number, readOnly = false): Promise<string> =>
      (await run(planned, "kubectl config view --minify -o jsonpath='{.clusters[0].cluster.server}'", position, readOnly)).output.trim();
    const guardedServer = await serverOf(step('diagnosis-server', 'diagnosis'), 2);
    expect(guardedServer).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(guardedServer).not.toBe(server.url);
    expect(await serverOf(step('resolution-server', 'resolution'), 3)).toBe(server.url);
    expect(await serverOf(step('read-only-server', 'resolution'), 4, true)).not.toBe(server.url);
    // A line that cannot reach the cluster is spared the guard's start-up.
    expect((await run(step('no-cluster', 'diagnosis'), 'echo "$KUBECONFIG"', 6)).output.trim()).toBe(server.kubeconfigPath);
    const get = await run(step('get', 'diagnosis'), 'kubectl get pods -n shop', 5);
    expect(get.status).toBe('ok');
    expect(get.output).toContain('cache-0');
    expect(get.refused).toEqual([]);
  });
});
