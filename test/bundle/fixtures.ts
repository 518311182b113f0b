/**
 * Sessions recorded for real by the runner (the interactive walk with scripted answers, or the unattended
 * walk), with fake secrets planted in a value, a command line, an output and a note, for the bundle tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PassThrough } from 'node:stream';
import { parseRunbook } from '../../src/runbook/parse.js';
import { NONE_FITS, runInteractive } from '../../src/runner/interactive.js';
import { runUnattended } from '../../src/runner/unattended.js';
import { pick, scriptedPrompter, sel, type } from '../helpers/scripted-prompts.js';

/** An obviously fake password, assembled here so no scanner mistakes the source for a leak. */
export const FAKE_PASSWORD = ['not', 'a', 'real', 'pw', '7Qx9'].join('-');
/** A JWT-shaped fake token, assembled at test time. */
export const FAKE_JWT = [
  Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url'),
  Buffer.from('{"sub":"fake-user","name":"nobody"}').toString('base64url'),
  'c2lnbmF0dXJlLW9mLWEtZmFrZS10b2tlbi1mb3ItdGVzdHM',
].join('.');

export const ESCALATION_RUNBOOK = `---
id: web-escalation
title: Web escalation drill
summary: Exercises the escalation bundle.
severity: critical
owner: test-team
contexts: [prod-*]
symptoms: [Pages fail, Pods restart]
variables:
  namespace: { description: Namespace, default: shop, type: k8s-name }
  db_password: { description: Database password }
diagnosis:
  - id: list
    title: List pods
    run: printf 'NAME READY STATUS\\nweb-abc 0/1 OOMKilled\\n'
  - id: login
    title: Log in to the database
    run: echo connecting with {{db_password}} token ${FAKE_JWT}
  - id: dashboard
    title: Check the dashboard
    link: https://grafana.example.com/d/web
resolution:
  - cause: oom
    title: Out of memory
    when: Usage sits at the limit before each kill
    evidence: { step: list, matches: OOMKilled }
    steps:
      - title: Raise the limit
        tier: 3
escalation:
  after: 15m
  when: [It persists, Data loss]
  contact: "#platform-oncall"
  collect: ["printf 'event one\\\\nevent two\\\\n'"]
---
# Web escalation drill

Open [the web dashboard](https://grafana.example.com/d/web-overview) first.
`;

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `runbook-bundle-${prefix}-`));
}

const quiet = { kube: { name: 'prod-eu-1', namespace: 'shop' }, operator: 'alice', host: 'ops-laptop', version: '0.0.0-test', maxOutputBytes: 64 * 1024 * 1024 };

/** An escalated walk: a value, a command line, an output and a note carry the fake password; one step skipped. */
export async function escalatedSession(home: string, runbookPath = 'runbooks/web-escalation.md'): Promise<string> {
  const prompter = scriptedPrompter([
    pick('symptoms', ['Pages fail']),
    type('db_password', FAKE_PASSWORD),
    sel('List pods', 'run'),
    sel('List pods', 'next'),
    sel('Log in', 'run'),
    sel('Log in', 'note'),
    type('Note', `the owner said the password is ${FAKE_PASSWORD}`),
    sel('Log in', 'next'),
    sel('Check the dashboard', 'skip'),
    type('Why skip', 'no access to grafana from the bastion'),
    sel('Which cause', NONE_FITS),
    pick('criteria', ['It persists']),
  ]);
  const report = await runInteractive({
    ...quiet,
    runbook: parseRunbook('web-escalation.md', ESCALATION_RUNBOOK).data as Record<string, unknown>,
    runbookPath,
    runbookText: ESCALATION_RUNBOOK,
    home,
    vars: {},
    readOnly: false,
    prompter,
    output: new PassThrough(),
    onInterrupt: () => () => undefined,
  });
  if (report.outcome !== 'escalated') throw new Error(`expected an escalated walk, got ${report.outcome}`);
  return report.session;
}

/** A runbook whose steps run the given commands, unattended. */
export function runbookOf(id: string, steps: readonly string[], extra = ''): string {
  return [
    '---',
    `id: ${id}`,
    `title: ${id} drill`,
    'summary: A test runbook.',
    'severity: high',
    'owner: test-team',
    'symptoms: [Something]',
    'diagnosis:',
    ...steps.flatMap((run, i) => [`  - id: step-${i + 1}`, `    title: Step ${i + 1}`, `    run: ${JSON.stringify(run)}`]),
    extra,
    'escalation: { after: 15m, when: [It persists] }',
    '---',
    `# ${id}`,
    '',
  ].join('\n');
}

export async function unattendedSession(home: string, text: string, options: { maxOutputBytes?: number; vars?: Record<string, string> } = {}): Promise<string> {
  const report = await runUnattended({
    ...quiet,
    kube: { name: 'staging-1', namespace: 'default' },
    runbook: parseRunbook('drill.md', text).data as Record<string, unknown>,
    runbookPath: 'runbooks/drill.md',
    runbookText: text,
    home,
    vars: options.vars ?? {},
    readOnly: true,
    ...(options.maxOutputBytes ? { maxOutputBytes: options.maxOutputBytes } : {}),
  });
  return report.session;
}

/** Extracts an archive with the system tar and returns the root folder. */
export function extract(archive: string, into: string): string {
  mkdirSync(into, { recursive: true });
  const run = spawnSync('tar', ['xzf', archive, '-C', into], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`tar xzf failed: ${run.stderr}`);
  const [root] = readdirSync(into);
  return join(into, root!);
}

/** Every file under a folder, relative, sorted. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
