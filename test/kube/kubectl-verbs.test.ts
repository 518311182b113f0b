/**
 * The classifier's kubectl table, tested row by row: every command × every `--dry-run` spelling × every flag
 * that bypasses the dry run, plus the flags that keep a command off the server or make its output sensitive.
 * The flags of each kubectl row are checked against the real kubectl's `--help`, so the table cannot drift
 * from the binary the runner runs.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { classifyCommand } from '../../src/kube/classify.js';
import { type DryRunMode, KUBECTL_COMMANDS, type KubectlCommandRow } from '../../src/kube/kubectl-verbs.js';

/** The spellings of `--dry-run` and the mode kubectl reads from each (cmdutil.GetDryRunStrategy). */
const DRY_RUN_SPELLINGS: readonly [string, DryRunMode | 'none'][] = [
  ['--dry-run', 'client'],
  ['--dry-run=client', 'client'],
  ['--dry-run=true', 'client'],
  ['--dry-run=server', 'server'],
  ['--dry-run=none', 'none'],
  ['--dry-run=false', 'none'],
];

/** A value for each flag that bypasses the dry run. */
const BYPASS_SPELLINGS: Readonly<Record<string, string>> = {
  raw: '--raw /api/v1/namespaces/shop/pods/web-1 -f pod.json',
  edit: '--edit -f pod.json',
};

/** Which programs a row speaks for: oc's own rows stand in for kubectl's of the same name (`oc debug`). */
function programsOf(row: KubectlCommandRow): string[] {
  if (row.program === 'oc') return ['oc'];
  return KUBECTL_COMMANDS.some((other) => other.program === 'oc' && other.command === row.command) ? ['kubectl'] : ['kubectl', 'oc'];
}

/** A line for the row, with an operand where the command needs one (never one that names a subcommand). */
function lineFor(program: string, row: KubectlCommandRow, extra = ''): string {
  return `${program} ${row.command} -n shop${extra === '' ? '' : ` ${extra}`}`;
}

const ROWS = KUBECTL_COMMANDS.flatMap((row) => programsOf(row).map((program) => ({ program, row, name: `${program} ${row.command}` })));

describe('kubectl table: each command as written', () => {
  it.each(ROWS)('$name', ({ program, row }) => {
    const result = classifyCommand(lineFor(program, row));
    const expected = row.effect === 'reads' || row.readsWithoutOperands === true ? 'read-only' : 'mutating';
    expect({ safety: result.safety, errors: result.errors }).toEqual({ safety: expected, errors: [] });
  });
});

describe('kubectl table: × every --dry-run spelling', () => {
  const cases = ROWS.filter(({ row }) => row.effect !== 'reads').flatMap((r) => DRY_RUN_SPELLINGS.map(([flag, mode]) => ({ ...r, flag, mode })));
  it.each(cases)('$name $flag', ({ program, row, flag, mode }) => {
    const result = classifyCommand(lineFor(program, row, flag));
    const honoured = mode !== 'none' && row.dryRun?.includes(mode) === true;
    expect(result.safety).toBe(honoured ? 'read-only' : 'mutating');
  });
});

describe('kubectl table: × every flag that bypasses the dry run', () => {
  const cases = ROWS.flatMap((r) =>
    (r.row.bypassDryRun ?? []).flatMap((bypass) => DRY_RUN_SPELLINGS.map(([flag]) => ({ ...r, flag, bypass }))),
  );
  it.each(cases)('$name --$bypass $flag', ({ program, row, flag, bypass }) => {
    const result = classifyCommand(lineFor(program, row, `${BYPASS_SPELLINGS[bypass] ?? `--${bypass}`} ${flag}`));
    expect(result.safety).toBe('mutating');
  });
  it('covers the bypasses found in the source: --raw on create, replace and delete, and create --edit', () => {
    const bypasses = KUBECTL_COMMANDS.flatMap((row) => (row.bypassDryRun ?? []).map((flag) => `${row.command} --${flag}`));
    expect(bypasses.sort()).toEqual(['create --edit', 'create --raw', 'delete --raw', 'replace --raw']);
  });
});

describe('kubectl table: flags that keep a command off the server, and sensitive output', () => {
  const offServer = ROWS.flatMap((r) => (r.row.offServer ?? []).map((flag) => ({ ...r, flag })));
  it.each(offServer)('$name --$flag only prints, --$flag=false changes', ({ program, row, flag }) => {
    expect(classifyCommand(lineFor(program, row, `--${flag} -f x.yaml`)).safety).toBe('read-only');
    expect(classifyCommand(lineFor(program, row, `--${flag}=false -f x.yaml`)).safety).toBe('mutating');
  });
  const sensitive = ROWS.flatMap((r) => (r.row.sensitiveWith ?? []).map((flag) => ({ ...r, flag })));
  it.each(sensitive)('$name --$flag is read-only but sensitive', ({ program, row, flag }) => {
    const plain = classifyCommand(lineFor(program, row));
    const withFlag = classifyCommand(lineFor(program, row, `--${flag}`));
    expect([plain.safety, plain.sensitive]).toEqual(['read-only', undefined]);
    expect(withFlag.safety).toBe('read-only');
    expect(withFlag.sensitive).toMatch(/credentials/);
  });
});

describe('kubectl table: a flag no row lists makes any command mutating', () => {
  it.each(ROWS)('$name --not-a-kubectl-flag', ({ program, row }) => {
    expect(classifyCommand(lineFor(program, row, '--not-a-kubectl-flag')).safety).toBe('mutating');
  });
});

/** `kubectl <command> --help`'s flags, as the table spells them. */
async function helpFlags(command: string): Promise<string> {
  const { stdout: help } = await promisify(execFile)('kubectl', [...command.split(' '), '--help'], { encoding: 'utf8' });
  const options = help.slice(help.indexOf('Options:'), help.indexOf('Usage:'));
  const names = [...options.matchAll(/^\s+(?:-[A-Za-z], )?--([a-z0-9-]+)/gm)].map((m) => m[1] ?? '');
  return [...new Set(names)].sort().join(' ');
}

/** The table was read from kubectl v1.32; another minor version has other flags, and needs a new reading. */
const TABLE_VERSION = '1.32';

function kubectlMinor(): string | undefined {
  try {
    const { clientVersion } = JSON.parse(execFileSync('kubectl', ['version', '--client', '-o', 'json'], { encoding: 'utf8' })) as { clientVersion: { major: string; minor: string } };
    return `${clientVersion.major}.${clientVersion.minor.replace(/\D+$/, '')}`;
  } catch {
    return undefined;
  }
}

const minor = kubectlMinor();
if (minor !== TABLE_VERSION) console.warn(`kubectl flag check skipped: the table is read from kubectl ${TABLE_VERSION}, and the kubectl on PATH is ${minor ?? 'missing'}`);

describe.skipIf(minor !== TABLE_VERSION)(`kubectl table: flags match kubectl ${TABLE_VERSION} on PATH (skipped for another version or without kubectl)`, () => {
  const rows = KUBECTL_COMMANDS.filter((row) => row.program === undefined && row.command !== 'help');
  it('lists every flag of every command, and no other', async () => {
    const actual = await Promise.all(rows.map((row) => helpFlags(row.command)));
    const mismatches = rows.flatMap((row, i) => (actual[i] === row.flags ? [] : [{ command: row.command, table: row.flags, kubectl: actual[i] }]));
    expect(mismatches).toEqual([]);
  }, 60_000);
});

describe('the case that opened the hole', () => {
  it('`kubectl delete --raw … --dry-run=client` is mutating, and says why', () => {
    const result = classifyCommand('kubectl delete --raw /api/v1/namespaces/shop/pods/web-1 --dry-run=client');
    expect(result.safety).toBe('mutating');
    expect(result.reason).toContain('with `--raw` kubectl sends the request whatever `--dry-run` says');
  });
  it.each([
    'kubectl get --raw /api/v1/namespaces/shop/pods',
    'kubectl get --raw=/readyz',
  ])('%s only reads (a GET)', (line) => {
    expect(classifyCommand(line).safety).toBe('read-only');
  });
  it.each([
    'kubectl create --raw /api/v1/namespaces/shop/pods -f pod.json --dry-run=server',
    'kubectl replace --raw=/api/v1/namespaces/shop/pods/web-1 -f pod.json --dry-run=client',
    'kubectl delete $ARGS --dry-run=client',
    'kubectl delete {{target}} --dry-run=server',
    'kubectl create -f pod.json --edit --dry-run=client',
  ])('%s is mutating', (line) => {
    expect(classifyCommand(line).safety).toBe('mutating');
  });
});
