import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CLI } from '../helpers/cli.js';
import { closedPortKubeconfig } from '../helpers/kubeconfig.js';
import { hasTmux, Terminal } from '../helpers/terminal.js';

// The check before step 1, at a terminal: the cluster is a closed local port, so it does not answer.
if (!hasTmux) console.warn('preflight terminal test skipped: tmux is not installed (.ci/run installs it)');

const root = mkdtempSync(join(tmpdir(), 'runbook-preflight-tty-'));
afterAll(() => {
  Terminal.stopAll(root);
  rmSync(root, { recursive: true, force: true });
});

const runbook = `---
id: pods-check
title: Pods check
summary: Lists pods.
severity: low
owner: test
symptoms: [Pods restart]
diagnosis:
  - id: pods
    title: List the pods
    run: kubectl get pods -n shop --request-timeout=3s
resolution:
  - cause: restart
    title: Restart them
    steps:
      - title: Restart the deployment
        run: kubectl rollout restart deployment/web -n shop
escalation: { after: 15m, when: [It persists] }
---
# Pods check

## Prevention

None.
`;

describe.skipIf(!hasTmux)('a cluster that does not answer, at a terminal', () => {
  test('one message with the context and server, then a choice: going on makes the walk read-only', { timeout: 60_000 }, async () => {
    mkdirSync(join(root, 'runbooks'), { recursive: true });
    writeFileSync(join(root, 'runbooks', 'pods-check.md'), runbook);
    const kubeconfig = closedPortKubeconfig(root, { context: 'staging-1' });
    const home = join(root, 'home');
    const command = `cd ${root} && RUNBOOK_HOME=${home} KUBECONFIG=${kubeconfig} NO_COLOR=1 ${process.execPath} ${CLI} run pods-check; echo EXIT=$?; sleep 60`;
    const terminal = Terminal.start(root, 'preflight', command);

    const shown = await terminal.waitFor('Go on without a cluster that answers?');
    expect(shown).toContain('The cluster does not answer, so no step could run: The connection to the server 127.0.0.1:1 was refused');
    expect(shown).toContain('context: staging-1, server: https://127.0.0.1:1');
    terminal.keys('Down');
    await terminal.waitFor('❯ Go on read-only');
    terminal.keys('Enter');
    await terminal.waitFor('Which symptoms do you see?');
    terminal.keys('Enter');
    await terminal.waitFor('List the pods: what now?');
    // Run, Skip, Note, Escalate now, Quit
    terminal.keys('Down', 'Down', 'Down', 'Down');
    await terminal.waitFor('❯ Quit (save, resume later)');
    terminal.keys('Enter');
    await terminal.waitFor('EXIT=0');

    const [session] = readdirSync(join(home, 'sessions'));
    const started = JSON.parse(readFileSync(join(home, 'sessions', session!, 'journal.jsonl'), 'utf8').split('\n')[0]!) as { options: { readOnly: boolean } };
    expect(started.options.readOnly).toBe(true);
  });

  test('quitting there starts nothing and exits 2', { timeout: 60_000 }, async () => {
    const home = join(root, 'home-quit');
    const kubeconfig = closedPortKubeconfig(root, { context: 'staging-1' });
    const command = `cd ${root} && RUNBOOK_HOME=${home} KUBECONFIG=${kubeconfig} NO_COLOR=1 ${process.execPath} ${CLI} run pods-check; echo EXIT=$?; sleep 60`;
    const terminal = Terminal.start(root, 'preflight-quit', command);
    await terminal.waitFor('Go on without a cluster that answers?');
    terminal.keys('Enter'); // Quit
    const end = await terminal.waitFor('EXIT=');
    expect(end).toContain('EXIT=2');
    expect(end).toContain('Stopped before the first step: the cluster does not answer');
    expect(() => readdirSync(join(home, 'sessions'))).toThrow();
  });
});
