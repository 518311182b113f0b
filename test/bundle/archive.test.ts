import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { PASS_THROUGH, type BundleRedactor } from '../../src/bundle/redaction.js';
import { placeHit, stringifyRedacted } from '../../src/bundle/json-redact.js';
import { outputSources, planCaps } from '../../src/bundle/outputs.js';
import type { Plan, SessionEvent } from '../../src/session/events.js';
import type { TarEntry } from '../../src/bundle/tar.js';
import { writeArchive } from '../../src/bundle/write-archive.js';
import { CancelledError } from '../../src/errors.js';
import { tempDir } from './fixtures.js';

const root = tempDir('archive');
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;
const folder = (): string => {
  const dir = join(root, `out-${++folders}`);
  mkdirSync(dir);
  return dir;
};

describe('writeArchive', () => {
  test('writes a ustar archive the system tar extracts, with long paths and the given mtime', async () => {
    const dir = folder();
    const long = `escalation-${'x'.repeat(80)}/steps/${'y'.repeat(90)}.txt`;
    const entries: TarEntry[] = [
      { path: `escalation-${'x'.repeat(80)}/` },
      { path: `escalation-${'x'.repeat(80)}/steps/` },
      { path: long, content: Buffer.from('héllo\n') },
      { path: `escalation-${'x'.repeat(80)}/empty.txt`, content: Buffer.alloc(0) },
    ];
    const path = join(dir, 'a.tar.gz');
    await writeArchive({ path, entries, mtimeSeconds: Date.UTC(2026, 10, 22, 16, 34, 48) / 1000 });
    const listing = spawnSync('tar', ['--utc', '-tzvf', path], { encoding: 'utf8' });
    expect(listing.status, listing.stderr).toBe(0);
    expect(listing.stdout).toContain('2026-11-22 16:34');
    mkdirSync(join(dir, 'x'));
    expect(spawnSync('tar', ['xzf', path, '-C', join(dir, 'x')]).status).toBe(0);
    expect(readFileSync(join(dir, 'x', long), 'utf8')).toBe('héllo\n');
    // gzip header: no file name flag, no time (bytes 4-7 are zero).
    const gz = readFileSync(path);
    expect(gz[3]! & 0x08).toBe(0);
    expect(gz.readUInt32LE(4)).toBe(0);
  });

  test('leaves no file behind when building the content fails half way', async () => {
    const dir = folder();
    function* failing(): Generator<TarEntry> {
      yield { path: 'a/', content: undefined };
      yield { path: 'a/one.txt', content: Buffer.alloc(300_000, 'a') };
      throw new Error('disk on fire');
    }
    await expect(writeArchive({ path: join(dir, 'b.tar.gz'), entries: failing(), mtimeSeconds: 0 })).rejects.toThrow('disk on fire');
    expect(readdirSync(dir)).toEqual([]);
  });

  test('leaves no file behind when cancelled, and says so', async () => {
    const dir = folder();
    const controller = new AbortController();
    function* entries(): Generator<TarEntry> {
      yield { path: 'a/one.txt', content: Buffer.alloc(100_000, 'a') };
      controller.abort();
      yield { path: 'a/two.txt', content: Buffer.alloc(100_000, 'b') };
    }
    await expect(writeArchive({ path: join(dir, 'c.tar.gz'), entries: entries(), mtimeSeconds: 0, signal: controller.signal })).rejects.toBeInstanceOf(CancelledError);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('replaces an older archive of the same name whole', async () => {
    const dir = folder();
    const path = join(dir, 'd.tar.gz');
    writeFileSync(path, 'old');
    await writeArchive({ path, entries: [{ path: 'd/x.txt', content: Buffer.from('new') }], mtimeSeconds: 0 });
    expect(readdirSync(dir)).toEqual(['d.tar.gz']);
    expect(spawnSync('tar', ['tzf', path], { encoding: 'utf8' }).stdout).toBe('d/x.txt\n');
  });
});

describe('stringifyRedacted', () => {
  const value = { a: 'one', list: ['two', { b: 'three\nlines', n: 1, t: true, z: null }], empty: {}, none: [], skipped: undefined };

  test('writes exactly what JSON.stringify(value, null, 2) writes', () => {
    expect(stringifyRedacted(value, 'f.json', PASS_THROUGH, () => ({ kind: 'text' })).text).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  test('redacts each string by its rule and reports the line it is on', () => {
    const calls: { text: string; file: string }[] = [];
    const recorder: BundleRedactor = {
      redactText: (text, file) => {
        calls.push({ text, file });
        return text === 'three\nlines' ? '[REDACTED:x:1]' : text;
      },
      redactVariable: (name, v) => `${name}=${v}`,
      hits: () => [],
    };
    const out = stringifyRedacted(value, 'f.json', recorder, (path) => (path.at(-1) === 'a' ? { kind: 'variable', name: 'a' } : path.includes('list') ? { kind: 'text' } : { kind: 'keep' }));
    expect(out.value).toEqual({ a: 'a=one', list: ['two', { b: '[REDACTED:x:1]', n: 1, t: true, z: null }], empty: {}, none: [] });
    const lines = out.text.split('\n');
    for (const call of calls) {
      const line = Number(/#L(\d+)$/.exec(call.file)![1]);
      expect(lines[line - 1]).toContain(call.text === 'two' ? '"two"' : '[REDACTED:x:1]');
    }
    expect(placeHit({ file: 'f.json#L7', line: 1, rule: 'x', count: 1 })).toEqual({ file: 'f.json', line: 7, rule: 'x', count: 1 });
  });
});

describe('planCaps', () => {
  test('keeps everything that fits, each under the per-file cap', () => {
    expect(planCaps([10, 20, 500], 100, 1000)).toEqual([10, 20, 100]);
  });
  test('keeps small outputs whole and shares the rest of the total among the large ones', () => {
    expect(planCaps([10, 1000, 5000, 20], 4000, 1030)).toEqual([10, 500, 500, 20]);
  });
});

describe('outputSources', () => {
  const at = '2026-11-22T15:30:12.000Z';
  let seq = 0;
  const run = (step: string, attempt: number, outputFile: string, position?: number): SessionEvent[] => [
    { type: 'step-started', seq: ++seq, at, step, phase: 'diagnosis', title: step, command: `echo ${step}`, attempt, ...(position !== undefined ? { position } : {}) },
    { type: 'step-finished', seq: ++seq, at, step, attempt, status: 'ok', exitCode: 0, signal: null, durationMs: 1, outputFile, bytes: 1, truncated: false },
  ];
  const planned = (id: string, position: number): Plan['diagnosis'][number] => ({ id, phase: 'diagnosis', title: id, position, kind: 'read-only', timeoutMs: 1000, sensitive: false });
  const plan: Plan = { diagnosis: [planned('a', 1), planned('b', 2), planned('c', 3)], branches: [], symptoms: [], collect: [] };

  test('names a run after the position its step-started recorded, else the plan’s, never after the stored name', () => {
    const events = [...run('a', 1, 'steps/99-a-1.txt', 4), ...run('b', 1, 'steps/b.txt'), ...run('a', 2, 'steps/99-a-2.txt', 6)];
    expect(outputSources(events, plan).sources.map((s) => [s.path, s.stored])).toEqual([
      ['steps/02-b.txt', 'steps/b.txt'],
      ['steps/04-a.attempt-1.txt', 'steps/99-a-1.txt'],
      ['steps/06-a.txt', 'steps/99-a-2.txt'],
    ]);
  });

  test('without positions or a plan (an older journal), numbers steps in the order they first appear', () => {
    const events: SessionEvent[] = [{ type: 'step-skipped', seq: ++seq, at, step: 'skipped-first', reason: 'x' }, { type: 'note', seq: ++seq, at, step: 'noted', text: 'x' }, ...run('c', 1, 'steps/07-c-1.txt'), ...run('a', 1, 'steps/03-a-1.txt')];
    expect(outputSources(events, null).sources.map((s) => s.path)).toEqual(['steps/02-c.txt', 'steps/03-a.txt']);
  });

  test('reads only the names the runner writes, each in its own folder', () => {
    const events: SessionEvent[] = [
      ...run('a', 1, '../journal.jsonl', 1),
      ...run('b', 1, 'collected/01.txt', 2),
      { type: 'collected', seq: ++seq, at, command: 'kubectl get events', outputFile: 'steps/01-a-1.txt', exitCode: 0 },
      { type: 'collected', seq: ++seq, at, command: 'kubectl get events', outputFile: 'collected/02.txt', exitCode: 0 },
    ];
    const { sources, rejected } = outputSources(events, plan);
    expect(rejected).toEqual(['../journal.jsonl', 'collected/01.txt', 'steps/01-a-1.txt']);
    expect(sources.map((s) => [s.path, s.stored])).toEqual([['collected/02-kubectl-get-events.txt', 'collected/02.txt']]);
  });
});
