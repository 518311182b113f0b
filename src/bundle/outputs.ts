/**
 * The stored outputs a bundle carries (each step attempt's output, each `collected` command's output), how
 * much of each fits under the caps, and reading only the head and tail that are kept.
 */
import { closeSync, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan, SessionEvent } from '../session/events.js';
import { isStoredOutput } from '../session/files.js';
import { plannedSteps } from '../session/state.js';
import { slug } from './names.js';

/** One stored output and where it goes in the bundle. */
export interface OutputSource {
  /** Path inside the bundle's root folder: `steps/NN-<step-id>.txt`, `collected/NN-<slug>.txt`. */
  path: string;
  /** Path relative to the session folder, as the journal recorded it. */
  stored: string;
  kind: 'step' | 'collected';
  stepId?: string;
  attempt?: number;
  /** For collected outputs: the command that wrote it. */
  command?: string;
}

/**
 * Every output the journal records, in bundle order. The last attempt of a step is `steps/NN-<id>.txt`, NN the
 * step's position as its `step-started` recorded it (else the plan's, else the order steps first appear in the
 * journal); earlier attempts are kept beside it as `steps/NN-<id>.attempt-K.txt`, because a rerun is often the story.
 * Only names the runner writes are read (`isStoredOutput`): a journal edited by hand cannot point the bundle at other files.
 */
export function outputSources(events: readonly SessionEvent[], plan: Plan | null): { sources: OutputSource[]; rejected: string[] } {
  const attempts = new Map<string, { stored: string; attempt: number; position: number }[]>();
  const sources: OutputSource[] = [];
  const rejected: string[] = [];
  const position = stepPositions(events, plan);
  let collected = 0;
  for (const event of events) {
    if (event.type === 'step-finished' && event.outputFile !== null) {
      if (!isStoredOutput(event.outputFile, 'steps')) {
        rejected.push(event.outputFile);
        continue;
      }
      const list = attempts.get(event.step) ?? [];
      list.push({ stored: event.outputFile, attempt: event.attempt, position: position(event.step, event.attempt) });
      attempts.set(event.step, list);
    } else if (event.type === 'collected') {
      collected++;
      if (!isStoredOutput(event.outputFile, 'collected')) {
        rejected.push(event.outputFile);
        continue;
      }
      const name = slug(event.command, 40) || 'output';
      sources.push({ path: `collected/${String(collected).padStart(2, '0')}-${name}.txt`, stored: event.outputFile, kind: 'collected', command: event.command });
    }
  }
  const steps: OutputSource[] = [];
  for (const [stepId, list] of attempts) {
    const latest = Math.max(...list.map((a) => a.attempt));
    const seen = new Set<number>();
    for (const entry of list) {
      if (seen.has(entry.attempt)) continue;
      seen.add(entry.attempt);
      const base = `steps/${String(entry.position).padStart(2, '0')}-${slug(stepId) || 'step'}`;
      steps.push({ path: entry.attempt === latest ? `${base}.txt` : `${base}.attempt-${entry.attempt}.txt`, stored: entry.stored, kind: 'step', stepId, attempt: entry.attempt });
    }
  }
  steps.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { sources: [...steps, ...sources], rejected };
}

// A run's position: what its `step-started` recorded, else the step's place in the plan, else (a journal from
// before either was recorded) the order in which steps first appear in the journal.
function stepPositions(events: readonly SessionEvent[], plan: Plan | null): (step: string, attempt: number) => number {
  const recorded = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  for (const event of events) {
    // The events that make a step part of the replayed session (a note or a learned secret does not).
    if (!('step' in event) || event.step === undefined || event.type === 'note' || event.type === 'secrets-learned') continue;
    if (!firstSeen.has(event.step)) firstSeen.set(event.step, firstSeen.size + 1);
    if (event.type === 'step-started' && event.position !== undefined) recorded.set(`${event.step}#${event.attempt}`, event.position);
  }
  const planned = new Map<string, number>();
  for (const step of plan ? plannedSteps(plan) : []) if (!planned.has(step.id)) planned.set(step.id, step.position);
  return (step, attempt) => recorded.get(`${step}#${attempt}`) ?? planned.get(step) ?? firstSeen.get(step) ?? 0;
}

/**
 * How many bytes of each output to keep: each at most `perFile`, all together at most `budget`. When they do
 * not fit, small outputs are kept whole and the large ones share the rest equally. Pure.
 */
export function planCaps(sizes: readonly number[], perFile: number, budget: number): number[] {
  const wanted = sizes.map((size) => Math.min(size, perFile));
  const caps = [...wanted];
  let remaining = Math.max(0, budget);
  let open = wanted.map((_, i) => i).sort((a, b) => wanted[a]! - wanted[b]!);
  while (open.length > 0) {
    const share = Math.floor(remaining / open.length);
    const smallest = open[0]!;
    if (wanted[smallest]! <= share) {
      caps[smallest] = wanted[smallest]!;
      remaining -= wanted[smallest]!;
      open = open.slice(1);
      continue;
    }
    for (const index of open) caps[index] = share;
    break;
  }
  return caps;
}

/** What is kept of one stored output: all of it, or a head and a tail cut at line ends. */
export interface KeptBytes {
  head: Buffer;
  /** Null when nothing was cut. */
  tail: Buffer | null;
  /** Size of the stored file. */
  size: number;
  /** Bytes left out between head and tail. */
  cut: number;
}

/** Why a stored output could not be read as a regular file. */
export class UnreadableOutput extends Error {}

// Reads at most `cap` bytes with positioned reads: a 10 GB output costs what is kept, not what is stored.
export function readKept(sessionFolder: string, stored: string, cap: number): KeptBytes {
  const path = join(sessionFolder, stored);
  let info;
  try {
    info = lstatSync(path);
  } catch (error) {
    throw new UnreadableOutput((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing from the session folder' : `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (!info.isFile()) throw new UnreadableOutput('not a regular file');
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size <= cap) return { head: readAt(fd, 0, size), tail: null, size, cut: 0 };
    const headWindow = readAt(fd, 0, Math.ceil(cap / 2));
    const tailWindow = readAt(fd, size - Math.floor(cap / 2), Math.floor(cap / 2));
    // Cut at line ends, so no line (and no multi-byte character) is split; a window with no newline is kept as is.
    const headEnd = headWindow.lastIndexOf(0x0a);
    const head = headEnd === -1 ? headWindow : headWindow.subarray(0, headEnd + 1);
    const tailStart = tailWindow.indexOf(0x0a);
    const tail = tailStart === -1 || tailStart === tailWindow.length - 1 ? tailWindow : tailWindow.subarray(tailStart + 1);
    return { head, tail, size, cut: size - head.length - tail.length };
  } finally {
    closeSync(fd);
  }
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let read = 0;
  while (read < length) {
    const n = readSync(fd, buffer, read, length - read, position + read);
    if (n === 0) break;
    read += n;
  }
  return read === length ? buffer : buffer.subarray(0, read);
}

/** The line that stands for what was cut. */
export function cutMarker(cut: number): string {
  return `... ${cut} bytes cut ...\n`;
}

/** The kept text with the marker where bytes were cut. */
export function keptText(kept: KeptBytes): string {
  const head = kept.head.toString('utf8');
  if (kept.tail === null) return head;
  return `${head}${head === '' || head.endsWith('\n') ? '' : '\n'}${cutMarker(kept.cut)}${kept.tail.toString('utf8')}`;
}
