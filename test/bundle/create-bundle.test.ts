import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildBundle, writeBundle, type BundleOptions } from '../../src/bundle/create-bundle.js';
import { InputError, UsageError } from '../../src/errors.js';
import { ROOT } from '../helpers/cli.js';
import { PassThrough } from 'node:stream';
import { parseRunbook } from '../../src/runbook/parse.js';
import { NONE_FITS, runInteractive } from '../../src/runner/interactive.js';
import { pick, scriptedPrompter, sel, type } from '../helpers/scripted-prompts.js';
import { ESCALATION_RUNBOOK, escalatedSession, extract, FAKE_JWT, FAKE_PASSWORD, filesUnder, readText, runbookOf, tempDir, unattendedSession } from './fixtures.js';

const root = tempDir('core');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const home = join(root, 'home');
let session = '';

function options(overrides: Partial<BundleOptions> = {}): BundleOptions {
  return {
    home,
    sessionId: session,
    cwd: root,
    redaction: { enabled: true, values: [], patterns: [], env: { KUBECONFIG: join(root, 'no-kubeconfig') }, homeDir: root },
    toolVersion: '9.9.9-test',
    ...overrides,
  };
}

// Scripted prompts belong to a test, so the walk every bundle below reads is recorded by the first one.
test('the runner records an escalated walk with its runbook beside the journal', async () => {
  session = await escalatedSession(home);
  expect(readText(join(home, 'sessions', session, 'runbook.md'))).toContain('id: web-escalation');
}, 60_000);

describe('writeBundle', () => {
  let archive = '';
  let dir = '';
  beforeAll(async () => {
    const out = join(root, 'first');
    spawnSync('mkdir', ['-p', out]);
    archive = (await writeBundle(options({ output: out }))).path;
    dir = extract(archive, join(root, 'first-extracted'));
  });

  test('writes escalation-<runbook>-<start>-<id>.tar.gz, private, that the system tar lists with fixed owners and modes', () => {
    expect(archive).toMatch(/escalation-web-escalation-\d{8}T\d{6}Z-[0-9a-f]{6}\.tar\.gz$/);
    expect(statSync(archive).mode & 0o777).toBe(0o600);
    const listing = spawnSync('tar', ['tzvf', archive], { encoding: 'utf8' });
    expect(listing.status).toBe(0);
    const lines = listing.stdout.trim().split('\n');
    for (const line of lines) expect(line).toMatch(/^(-rw-r--r--|drwxr-xr-x) 0\/0 /);
    expect(readdirSync(join(root, 'first'))).toEqual([archive.split('/').at(-1)]);
  });

  test('holds the summary, record, runbook, outputs, collected outputs, payload, report and manifest', () => {
    expect(filesUnder(dir)).toEqual([
      'SUMMARY.md',
      'collected/01-printf-event-one-nevent-two-n.txt',
      'escalation.json',
      'manifest.json',
      'redactions.json',
      'report.html',
      'runbook.md',
      'session.json',
      'steps/01-list.txt',
      'steps/02-login.txt',
    ]);
    expect(readText(join(dir, 'collected/01-printf-event-one-nevent-two-n.txt'))).toBe('event one\nevent two\n');
    expect(readText(join(dir, 'steps/01-list.txt'))).toContain('web-abc 0/1 OOMKilled');
  });

  test('the manifest lists every other file with its size and sha256', () => {
    const manifest = JSON.parse(readText(join(dir, 'manifest.json'))) as { files: { path: string; size: number; sha256: string; truncated: boolean }[]; session: string; redaction: boolean; tool: { version: string } };
    expect(manifest.session).toBe(session);
    expect(manifest.redaction).toBe(true);
    expect(manifest.tool.version).toBe('9.9.9-test');
    expect(manifest.files.map((f) => f.path)).toEqual(filesUnder(dir).filter((f) => f !== 'manifest.json'));
    for (const file of manifest.files) {
      const bytes = readFileSync(join(dir, file.path));
      expect(file.size).toBe(bytes.length);
      expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(file.truncated).toBe(false);
    }
  });

  test('the same session gives a byte-identical archive', async () => {
    const again = join(root, 'second');
    spawnSync('mkdir', ['-p', again]);
    const second = (await writeBundle(options({ output: again }))).path;
    expect(readFileSync(second).equals(readFileSync(archive))).toBe(true);
  });

  test('the first screen of SUMMARY.md has the facts Tier 3 asks for first', () => {
    const firstScreen = readText(join(dir, 'SUMMARY.md')).split('\n').slice(0, 50).join('\n');
    for (const fact of [
      '# ESCALATED: Web escalation drill',
      '`web-escalation`',
      '**critical**',
      '`prod-eu-1` **PRODUCTION**',
      '`shop`',
      'alice on ops-laptop',
      ' UTC, elapsed ',
      '**escalated** to #platform-oncall',
      '**Out of memory** (`oom`), suggested by its evidence',
      'Evidence: step `list` matched `OOMKilled` (steps/01-list.txt, line 2)',
      'web-abc 0/1 OOMKilled',
      '- It persists',
      'Contact: #platform-oncall',
      '`dashboard` **skipped**: no access to grafana from the bastion',
    ]) {
      expect(firstScreen).toContain(fact);
    }
    expect(firstScreen).not.toContain('- Data loss');
  });

  test('SUMMARY.md then has the timeline and each step with command, exit code, duration, output and notes', () => {
    const summary = readText(join(dir, 'SUMMARY.md'));
    expect(summary).toMatch(/## Timeline\n\n\| Time \| Event \|\n\| --- \| --- \|\n\| \+0:00:00 \| Session started by alice on ops-laptop/);
    expect(summary).toMatch(/### 1\. List pods \(`list`\)\n\nStatus: \*\*ok\*\*, exit code 0, took \d+(ms|\.\ds)\n\n```sh\nprintf/);
    expect(summary).toContain('```text\nNAME READY STATUS\nweb-abc 0/1 OOMKilled\n```');
    expect(summary).toMatch(/> Note: the owner said the password is \[REDACTED:/);
    expect(summary).toContain('[the web dashboard](https://grafana.example.com/d/web-overview)');
  });

  test('session.json is the replayed session and its events, valid against the session schema', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/session.schema.json'), 'utf8')) as { $id: string };
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    ajv.addSchema(schema);
    const validate = ajv.getSchema(`${schema.$id}#/$defs/bundleSession`)!;
    const document = JSON.parse(readText(join(dir, 'session.json'))) as { session: { status: string }; events: { type: string }[] };
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.session.status).toBe('escalated');
    expect(document.events.map((e) => e.type)).toContain('collected');
    expect(readText(join(dir, 'session.json'))).toBe(`${JSON.stringify(document, null, 2)}\n`);
    expect(validate({ ...document, session: { ...document.session, status: 'sleeping' } })).toBe(false);
  });

  test('no planted secret is left in any file, and redactions.json says where without the value', () => {
    for (const file of filesUnder(dir)) {
      const text = readText(join(dir, file));
      expect(text, file).not.toContain(FAKE_PASSWORD);
      expect(text, file).not.toContain(FAKE_JWT);
      expect(text, file).not.toContain(FAKE_JWT.split('.')[1]);
    }
    for (const file of ['SUMMARY.md', 'report.html', 'session.json', 'steps/02-login.txt']) expect(readText(join(dir, file)), file).toMatch(/\[REDACTED:[a-z0-9-]+:\d+\]/);
    const redactions = JSON.parse(readText(join(dir, 'redactions.json'))) as { redaction: boolean; hits: { file: string; line: number; rule: string; count: number }[] };
    expect(redactions.redaction).toBe(true);
    const files = new Set(redactions.hits.map((h) => h.file));
    for (const file of ['session.json', 'steps/02-login.txt', 'runbook.md']) expect(files, file).toContain(file);
    for (const hit of redactions.hits) {
      expect(Object.keys(hit).sort()).toEqual(['count', 'file', 'line', 'rule']);
      const line = readText(join(dir, hit.file)).split('\n')[hit.line - 1];
      expect(line, `${hit.file}:${hit.line}`).toMatch(/\[REDACTED:/);
    }
  });

  test('escalation.json is one payload shaped for an incident tool', () => {
    const payload = JSON.parse(readText(join(dir, 'escalation.json'))) as Record<string, unknown> & { summary: string; links: { href: string }[]; details: { criteria: string[]; contact: string } };
    expect(payload.severity).toBe('critical');
    expect(payload.source).toBe('prod-eu-1');
    expect(payload.component).toBe('web-escalation/shop');
    expect(payload.summary.length).toBeLessThanOrEqual(1024);
    expect(payload.summary).toContain('escalated on prod-eu-1/shop (production)');
    expect(payload.links.map((l) => l.href)).toEqual(['https://grafana.example.com/d/web', 'https://grafana.example.com/d/web-overview']);
    expect(payload.details.criteria).toEqual(['It persists']);
    expect(payload.details.contact).toBe('#platform-oncall');
    expect(Number.isNaN(Date.parse(String(payload.timestamp)))).toBe(false);
  });
});

describe('buildBundle', () => {
  test('keeps the head and tail of outputs over the caps, with a marker and the original size in the manifest', async () => {
    const h = join(root, 'home-caps');
    const id = await unattendedSession(h, runbookOf('caps', ["seq -f 'line %06g of the output' 1 60000", 'echo small']));
    const built = await buildBundle(options({ home: h, sessionId: id, maxFileBytes: 16 * 1024 }));
    const big = built.files.find((f) => f.path === 'steps/01-step-1.txt')!.content.toString('utf8');
    expect(big.startsWith('line 000001 of the output\n')).toBe(true);
    expect(big.endsWith('line 060000 of the output\n')).toBe(true);
    expect(big).toMatch(/\nline \d{6} of the output\n\.\.\. \d+ bytes cut \.\.\.\nline \d{6} of the output\n/);
    expect(big.length).toBeLessThanOrEqual(16 * 1024 + 64);
    const entry = built.manifest.find((f) => f.path === 'steps/01-step-1.txt')!;
    expect(entry).toMatchObject({ truncated: true, originalSize: 60000 * 26 });
    expect(built.manifest.find((f) => f.path === 'steps/02-step-2.txt')).toMatchObject({ truncated: false });
    expect(built.summary).toContain('line 060000 of the output');

    // The total cap is shared: the small output stays whole, the big one gets the rest.
    const total = await buildBundle(options({ home: h, sessionId: id, maxTotalBytes: 1024 * 1024 + 128 * 1024 }));
    const kept = total.manifest.find((f) => f.path === 'steps/01-step-1.txt')!;
    expect(kept.truncated).toBe(true);
    expect(total.manifest.reduce((sum, f) => sum + f.size, 0)).toBeLessThanOrEqual(1024 * 1024 + 128 * 1024);
    const tooSmall = await buildBundle(options({ home: h, sessionId: id, maxTotalBytes: 64 * 1024 })).catch((e: unknown) => e);
    expect(tooSmall).toBeInstanceOf(InputError);
    const problem = (tooSmall as InputError).problem;
    expect(problem).toMatchObject({ kind: 'bundle-limit-too-small', limitBytes: 64 * 1024, outputs: 2 });
    expect(problem.kind === 'bundle-limit-too-small' && problem.neededBytes).toBeGreaterThan(64 * 1024);
  }, 60_000);

  test('leaves out an output that is not UTF-8 text, and lists it', async () => {
    const h = join(root, 'home-binary');
    const id = await unattendedSession(h, runbookOf('binary', ["printf 'ok\\377\\376\\000binary'", 'echo fine']));
    const built = await buildBundle(options({ home: h, sessionId: id }));
    expect(built.files.map((f) => f.path)).not.toContain('steps/01-step-1.txt');
    expect(built.files.map((f) => f.path)).toContain('steps/02-step-2.txt');
    expect(built.leftOut).toEqual([{ path: 'steps/01-step-1.txt', source: 'steps/01-step-1-1.txt', reason: expect.stringMatching(/not UTF-8/) as unknown }]);
    const redactions = JSON.parse(built.files.find((f) => f.path === 'redactions.json')!.content.toString()) as { leftOut: { file: string }[] };
    expect(redactions.leftOut.map((l) => l.file)).toEqual(['steps/01-step-1.txt']);
    expect(built.summary).toContain('- Left out: steps/01-step-1.txt (not UTF-8');
  }, 60_000);

  test('records the tier 3 actions a walk reached', async () => {
    const h = join(root, 'home-tier3');
    const text = runbookOf('tier3', ["printf 'OOMKilled\\n'"], ['resolution:', '  - cause: oom', '    title: Out of memory', '    evidence: { step: step-1, matches: OOMKilled }', '    steps: [{ title: Raise the memory limit, tier: 3, run: kubectl set resources deploy/web --limits=memory=2Gi }]'].join('\n'));
    const id = await unattendedSession(h, text);
    const built = await buildBundle(options({ home: h, sessionId: id }));
    expect(built.summary).toContain('## Tier 3 actions requested\n\n- **Raise the memory limit** (`raise-the-memory-limit`): `kubectl set resources deploy/web --limits=memory=2Gi`');
    expect(built.summary).toContain('**Out of memory** (`oom`), chosen by the operator');
  }, 60_000);

  test('falls back to the runbook file while its hash matches, and says when the exact version is missing', async () => {
    const h = join(root, 'home-fallback');
    const path = join(root, 'fallback.md');
    const text = runbookOf('fallback', ['echo hello']);
    writeFileSync(path, text);
    const { parseRunbook } = await import('../../src/runbook/parse.js');
    const { runUnattended } = await import('../../src/runner/unattended.js');
    const report = await runUnattended({
      runbook: parseRunbook(path, text).data as Record<string, unknown>,
      runbookPath: path,
      runbookText: text,
      home: h,
      vars: {},
      readOnly: true,
      maxOutputBytes: 1024 * 1024,
      kube: { name: 'dev', namespace: 'default' },
      operator: 'bob',
      host: 'h',
      version: '0',
    });
    const stored = join(h, 'sessions', report.session, 'runbook.md');
    expect(statSync(stored).mode & 0o777).toBe(0o600);
    expect(readText(stored)).toBe(text);
    rmSync(stored);
    const fromFile = await buildBundle(options({ home: h, sessionId: report.session }));
    expect(fromFile.files.find((f) => f.path === 'runbook.md')?.content.toString()).toBe(text);
    expect(fromFile.summary).toContain(`read from ${path}`);
    writeFileSync(path, `${text}\nEdited since.\n`);
    const missing = await buildBundle(options({ home: h, sessionId: report.session }));
    expect(missing.files.map((f) => f.path)).not.toContain('runbook.md');
    expect(missing.summary).toMatch(/The exact runbook version used \(sha256 [0-9a-f]{12}\) is missing/);
    const manifest = JSON.parse(missing.files.find((f) => f.path === 'manifest.json')!.content.toString()) as { runbook: { exactVersion: boolean } };
    expect(manifest.runbook.exactVersion).toBe(false);
  }, 60_000);

  test('redacts extra values from the config and the command line, and records when redaction is off', async () => {
    const extra = await buildBundle(options({ redaction: { enabled: true, values: ['bastion'], patterns: [{ name: 'web-pod', regex: 'web-[a-z]{3}' }], env: {}, homeDir: root } }));
    const text = extra.files.map((f) => f.content.toString()).join('\n');
    expect(text).not.toContain('bastion');
    expect(text).not.toContain('web-abc');
    expect(extra.redactions.some((h) => h.rule === 'web-pod')).toBe(true);

    const off = await buildBundle(options({ redaction: { enabled: false, values: [], patterns: [] } }));
    expect(off.redaction).toBe(false);
    expect(off.redactions).toEqual([]);
    expect(off.summary).toContain('**Redaction was turned off for this bundle: it may contain secrets.**');
    const manifest = JSON.parse(off.files.find((f) => f.path === 'manifest.json')!.content.toString()) as { redaction: boolean };
    expect(manifest.redaction).toBe(false);
    expect(off.files.find((f) => f.path === 'steps/02-login.txt')!.content.toString()).toContain(FAKE_PASSWORD);
  }, 60_000);

  test('an unknown session is a usage error that says how to find sessions', async () => {
    const error = await buildBundle(options({ sessionId: 'no-such-session' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/^No session `no-such-session` under .*; `runbook sessions` lists them, newest first$/);
    await expect(buildBundle(options({ home: join(root, 'empty-home'), sessionId: undefined }))).rejects.toThrow(/No sessions under .* to bundle/);
  });

  test('without a session id, bundles the newest session', async () => {
    const built = await buildBundle(options({ sessionId: undefined }));
    expect(built.sessionId).toBe(session);
  });

  test('a stored output that is a link, not a file, is left out rather than followed', async () => {
    const h = join(root, 'home-link');
    const id = await unattendedSession(h, runbookOf('link', ['echo linked']));
    const stored = join(h, 'sessions', id, 'steps', '01-step-1-1.txt');
    rmSync(stored);
    spawnSync('ln', ['-s', '/etc/hostname', stored]);
    chmodSync(join(h, 'sessions', id), 0o700);
    const built = await buildBundle(options({ home: h, sessionId: id }));
    expect(existsSync(stored)).toBe(true);
    expect(built.leftOut).toEqual([{ path: 'steps/01-step-1.txt', source: 'steps/01-step-1-1.txt', reason: 'not a regular file' }]);
  }, 60_000);
});

describe('a manual check marked done', () => {
  test('is journaled as step-done and shown as done, not "not reached", in SUMMARY.md and report.html', async () => {
    const h = join(root, 'home-done');
    const prompter = scriptedPrompter([
      pick('symptoms', ['Pages fail']),
      sel('List pods', 'run'),
      sel('List pods', 'next'),
      sel('Log in', 'skip'),
      type('Why skip', 'not needed'),
      sel('Check the dashboard', 'done'),
      sel('Which cause', NONE_FITS),
      pick('criteria', ['It persists']),
    ]);
    const report = await runInteractive({
      kube: { name: 'prod-eu-1', namespace: 'shop' },
      operator: 'alice',
      host: 'ops-laptop',
      version: '0.0.0-test',
      maxOutputBytes: 1024 * 1024,
      runbook: parseRunbook('web-escalation.md', ESCALATION_RUNBOOK).data as Record<string, unknown>,
      runbookPath: 'runbooks/web-escalation.md',
      runbookText: ESCALATION_RUNBOOK,
      home: h,
      vars: { db_password: 'sample-only' },
      readOnly: false,
      prompter,
      output: new PassThrough(),
      onInterrupt: () => () => undefined,
    });
    expect(report.steps.find((s) => s.id === 'dashboard')?.status).toBe('done');
    const journal = readFileSync(join(h, 'sessions', report.session, 'journal.jsonl'), 'utf8');
    expect(journal).toContain('"type":"step-done"');
    const built = await buildBundle(options({ home: h, sessionId: report.session }));
    expect(built.summary).toMatch(/### 3\. Check the dashboard \(`dashboard`\)\n\nStatus: \*\*done\*\*/);
    expect(built.summary).not.toContain('not reached');
    const html = built.files.find((f) => f.path === 'report.html')!.content.toString();
    expect(html).toContain('<span class="status status-done">done</span>');
  }, 60_000);
});

describe('the incident in the bundle', () => {
  const incident = `---
id: marker-drill
title: Marker drill
summary: A walk that changes something after choosing a cause the evidence did not suggest.
severity: high
owner: test-team
symptoms: [Pages fail]
diagnosis:
  - id: look
    title: Look at the pods
    run: printf 'web-abc OOMKilled\\n'
resolution:
  - cause: oom
    title: Out of memory
    evidence: { step: look, matches: OOMKilled }
    steps: [{ title: Raise the limit, tier: 3 }]
  - cause: stuck
    title: A stuck process
    steps:
      - id: write-marker
        title: Write a marker
        run: touch {{marker}}
variables:
  marker: { description: File to touch }
escalation: { after: 15m, when: [It persists] }
---
# Marker drill
`;

  test('a drill is marked as one; the changes made, with their confirmation, and the cause the evidence suggested are listed', async () => {
    const h = join(root, 'home-incident');
    const marker = join(root, 'marker-file');
    const prompter = scriptedPrompter([
      pick('symptoms', ['Pages fail']),
      sel('Look at the pods', 'run'),
      sel('Look at the pods', 'next'),
      sel('Which cause', 'stuck'),
      sel('Write a marker', 'run'),
      type('Type write-marker', 'write-marker'),
      sel('Write a marker', 'next'),
    ]);
    const report = await runInteractive({
      kube: { name: 'drill-abc123', namespace: 'shop' },
      operator: 'alice',
      host: 'ops-laptop',
      version: '0.0.0-test',
      maxOutputBytes: 1024 * 1024,
      runbook: parseRunbook('marker-drill.md', incident).data as Record<string, unknown>,
      runbookPath: 'runbooks/marker-drill.md',
      runbookText: incident,
      home: h,
      vars: { marker },
      readOnly: false,
      drill: 'runbooks/scenarios/marker-drill.yaml',
      alert: { file: 'runbooks/scenarios/marker-drill.yaml', name: 'KubePodCrashLooping', labels: { alertname: 'KubePodCrashLooping', namespace: 'shop' }, startsAt: '2026-11-22T03:00:00Z', summary: 'web restarts' },
      prompter,
      output: new PassThrough(),
      onInterrupt: () => () => undefined,
    });
    expect(report.outcome).toBe('resolved');
    expect(existsSync(marker)).toBe(true);
    const built = await buildBundle(options({ home: h, sessionId: report.session }));
    const summary = built.summary;
    expect(summary).toMatch(/^# RESOLVED \(DRILL\): Marker drill\n\n\*\*This was a drill\*\*/);
    expect(summary).toContain('## Alert\n\n**KubePodCrashLooping**, firing since 2026-11-22T03:00:00Z: web restarts\n\nLabels: `alertname=KubePodCrashLooping`, `namespace=shop`');
    expect(summary).toContain('The evidence suggested `oom`; the operator chose `stuck` instead.');
    expect(summary).toMatch(/## Changes made to the cluster\n\n- `write-marker` `touch \S+marker-file` \(ok, exit 0\); confirmed by typing `write-marker`\n/);
    const html = built.files.find((f) => f.path === 'report.html')!.content.toString();
    expect(html).toContain('<h2>Changes made to the cluster</h2><ul><li><code>write-marker</code>');
    expect(html).toContain('This was a drill against a simulated cluster');
    expect(html).toContain('<h2>Alert</h2><p><strong>KubePodCrashLooping</strong>, firing since 2026-11-22T03:00:00Z: web restarts</p>');
    expect(html).toContain('The evidence suggested <code>oom</code>; the operator chose <code>stuck</code> instead.');
    const payload = JSON.parse(built.files.find((f) => f.path === 'escalation.json')!.content.toString()) as { summary: string; details: Record<string, unknown> };
    expect(payload.summary).toMatch(/^\[DRILL\] \[high\] Marker drill/);
    expect(payload.details).toMatchObject({
      drill: true,
      alert: { name: 'KubePodCrashLooping', startsAt: '2026-11-22T03:00:00Z', summary: 'web restarts', labels: { alertname: 'KubePodCrashLooping', namespace: 'shop' } },
      changes: [{ id: 'write-marker', status: 'ok', confirmedBy: 'write-marker' }],
    });
  }, 60_000);

  test('a walk that changed nothing says so', async () => {
    const built = await buildBundle(options());
    expect(built.summary).toContain('## Changes made to the cluster\n\nNone: no step that changes the cluster ran.');
  });
});
