import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extract, FAKE_PASSWORD, filesUnder, tempDir } from '../bundle/fixtures.js';
import { runCli } from '../helpers/cli.js';

const work = tempDir('cli');
afterAll(() => rmSync(work, { recursive: true, force: true }));
const env = { RUNBOOK_HOME: join(work, 'home'), KUBECONFIG: join(work, 'no-kubeconfig') };
let session = '';

const runbook = `---
id: cli-drill
title: CLI drill
summary: Exercises runbook bundle.
severity: medium
owner: test-team
symptoms: [Something]
variables:
  db_password: { description: Database password }
diagnosis:
  - id: connect
    title: Connect
    run: echo connecting with {{db_password}}
  - id: unclear
    title: Look for the cause
    run: printf 'nothing conclusive\\n'
resolution:
  - cause: oom
    title: Out of memory
    evidence: { step: unclear, matches: OOMKilled }
    steps: [{ title: Raise the limit, tier: 3 }]
escalation: { after: 15m, when: [It persists] }
---
# CLI drill

## Prevention

Nothing.
`;

const archives = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.tar.gz'));

beforeAll(() => {
  mkdirSync(join(work, 'runbooks'));
  writeFileSync(join(work, 'runbooks', 'cli-drill.md'), runbook);
});

describe('runbook bundle', () => {
  test('an unattended run that does not resolve prints the bundle command to run', () => {
    const run = runCli(['run', 'cli-drill', '--yes', '--var', `db_password=${FAKE_PASSWORD}`], { cwd: work, env });
    expect(run.code, run.stderr).toBe(0);
    session = /session (\S+): abandoned/.exec(run.stderr)?.[1] ?? '';
    expect(session).not.toBe('');
    expect(run.stderr).toContain(`To hand this over to Tier 3, write the escalation bundle: runbook bundle ${session}`);
  }, 60_000);

  test('writes the newest session’s bundle in the current folder and prints its name', () => {
    const bundle = runCli(['bundle'], { cwd: work, env });
    expect(bundle.code, bundle.stderr).toBe(0);
    const [name] = archives(work);
    expect(bundle.stdout).toBe(`${name}\n`);
    expect(name).toMatch(new RegExp(`^escalation-cli-drill-\\d{8}T\\d{6}Z-${session.split('-').at(-1)}\\.tar\\.gz$`));
    expect(bundle.stderr).toMatch(/^Wrote the escalation bundle for session \S+ \([\d.]+ KiB\): \d+ values? redacted\n$/);
    const dir = extract(join(work, name!), join(work, 'x1'));
    expect(filesUnder(dir)).toContain('steps/01-connect.txt');
    for (const file of filesUnder(dir)) expect(readFileSync(join(dir, file), 'utf8'), file).not.toContain(FAKE_PASSWORD);
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  test('-o takes a file or a folder', () => {
    const file = join(work, 'ticket-1234.tar.gz');
    expect(runCli(['bundle', session, '-o', file], { cwd: work, env }).code).toBe(0);
    expect(spawnSync('tar', ['tzf', file], { encoding: 'utf8' }).stdout).toMatch(/\/SUMMARY\.md\n/);
    mkdirSync(join(work, 'out'));
    const inFolder = runCli(['bundle', session, '-o', 'out'], { cwd: work, env });
    expect(inFolder.code, inFolder.stderr).toBe(0);
    expect(archives(join(work, 'out'))).toHaveLength(1);
    expect(readFileSync(join(work, 'out', archives(join(work, 'out'))[0]!)).equals(readFileSync(file))).toBe(true);
    const missing = runCli(['bundle', session, '-o', 'nowhere/x.tar.gz'], { cwd: work, env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^runbook: -o nowhere\/x\.tar\.gz: the folder .* does not exist\n$/);
  }, 60_000);

  test('--print writes the redacted SUMMARY.md to stdout and no archive', () => {
    const before = archives(work);
    const print = runCli(['bundle', session, '--print'], { cwd: work, env });
    expect(print.code, print.stderr).toBe(0);
    expect(print.stdout).toMatch(/^# ABANDONED: CLI drill\n/);
    expect(print.stdout).toContain('## Timeline');
    expect(print.stdout).toContain('[REDACTED:');
    expect(print.stdout).not.toContain(FAKE_PASSWORD);
    expect(archives(work)).toEqual(before);
  }, 60_000);

  test('--no-redact is refused without its confirmation flag, and recorded when given', () => {
    const refused = runCli(['bundle', session, '--no-redact', '-o', join(work, 'leak.tar.gz')], { cwd: work, env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('add --i-understand-this-leaks-secrets');
    expect(existsSync(join(work, 'leak.tar.gz'))).toBe(false);
    const leak = runCli(['bundle', session, '--no-redact', '--i-understand-this-leaks-secrets', '-o', join(work, 'leak.tar.gz')], { cwd: work, env });
    expect(leak.code, leak.stderr).toBe(0);
    expect(leak.stderr).toContain('NOT REDACTED');
    const dir = extract(join(work, 'leak.tar.gz'), join(work, 'x2'));
    expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))).toMatchObject({ redaction: false });
    expect(readFileSync(join(dir, 'steps/01-connect.txt'), 'utf8')).toContain(FAKE_PASSWORD);
  }, 60_000);

  test('redacts --redact-value and the config’s redact.values, and locates a bad pattern in the config', () => {
    writeFileSync(join(work, 'runbook.config.yaml'), 'redact:\n  values: [conclusive]\n');
    const print = runCli(['bundle', session, '--print', '--redact-value', 'connecting'], { cwd: work, env });
    expect(print.code, print.stderr).toBe(0);
    expect(print.stdout).not.toMatch(/conclusive|connecting/);
    writeFileSync(join(work, 'runbook.config.yaml'), 'redact:\n  patterns:\n    - name: broken\n      regex: "a(b"\n');
    const bad = runCli(['bundle', session, '--print'], { cwd: work, env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/runbook\.config\.yaml:4:14: `redact\.patterns\[0\]\.regex` is not a valid regular expression/);
    rmSync(join(work, 'runbook.config.yaml'));
  }, 60_000);

  test('an unknown session is one line saying how to find sessions', () => {
    const unknown = runCli(['bundle', 'nope'], { cwd: work, env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^runbook: No session `nope` under .*; `runbook sessions` lists them, newest first\n$/);
  });

  test('--max-file-size and --max-size are sizes', () => {
    const bad = runCli(['bundle', session, '--max-size', 'lots'], { cwd: work, env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-size expects a size such as 16MiB');
    // A size it takes, but one that cannot hold this session: said in the flag's terms from the bundle's thread.
    const tooSmall = runCli(['bundle', session, '--max-size', '1KiB'], { cwd: work, env });
    expect(tooSmall.code).toBe(2);
    expect(tooSmall.stderr).toMatch(/^runbook: --max-size 1KiB is too small for this session: its summary, record, report and 2 outputs need at least \d+KiB\n$/);
  });
});
