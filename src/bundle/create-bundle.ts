/**
 * `runbook bundle`: reads a recorded session, redacts every piece, cuts outputs to the caps, renders the
 * summary, report and payload, and writes one deterministic `.tar.gz`. Builds in memory, writes once.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CancelledError, InputError } from '../errors.js';
import { escalationPayload } from './escalation-payload.js';
import { gatherFacts, type BundledOutput } from './facts.js';
import { placeHit, stringifyRedacted, type JsonPath, type LeafRule } from './json-redact.js';
import { loadSession, pickSession, type LoadedSession } from './load-session.js';
import { valuesOf } from '../session/state.js';
import { bundleBaseName } from './names.js';
import { keptText, outputSources, planCaps, readKept, UnreadableOutput } from './outputs.js';
import { prepareRedaction, type BundleRedactor, type RedactionRecord, type RedactionSettings } from './redaction.js';
import { HTML_EXCERPT_CHARS, renderReportHtml } from './report-html.js';
import { EXCERPT_CHARS, renderSummary } from './summary.js';
import type { TarEntry } from './tar.js';
import { writeArchive } from './write-archive.js';

const MIB = 1024 * 1024;
/** Per file: big enough for a long `kubectl describe`, small enough for a ticket. */
export const DEFAULT_MAX_FILE_BYTES = 5 * MIB;
/** In total, uncompressed: text gzips several times over, so the archive stays well under a 25 MB attachment. */
export const DEFAULT_MAX_TOTAL_BYTES = 20 * MIB;
/** The smallest share of the total an output may get: a head and a tail worth reading. */
const MIN_OUTPUT_BYTES = 2048;

export const SESSION_FORMAT = 'runbook-bundle-session/1';
export const MANIFEST_FORMAT = 'runbook-bundle-manifest/1';

export interface BundleOptions {
  home: string;
  /** Default: the newest session. */
  sessionId?: string;
  cwd: string;
  /** A file to write, or a folder to write the default name in; default: the current folder. */
  output?: string;
  redaction: RedactionSettings;
  maxTotalBytes?: number;
  maxFileBytes?: number;
  toolVersion: string;
  signal?: AbortSignal;
}

/** One file of the bundle, as listed in manifest.json. */
export interface ManifestFile {
  path: string;
  size: number;
  sha256: string;
  truncated: boolean;
  /** For a cut output: the size of the stored file. */
  originalSize?: number;
  /** For an output: where it is in the session folder. */
  source?: string;
}

export interface LeftOutFile {
  path: string;
  source: string;
  reason: string;
}

/** A bundle assembled in memory, before it is written. */
export interface BuiltBundle {
  /** `escalation-<runbook>-<time>-<id>`: the root folder, and the archive's name without `.tar.gz`. */
  name: string;
  sessionId: string;
  /** Seconds since the epoch: the session's start, every entry's mtime. */
  mtimeSeconds: number;
  /** Relative to the root folder, sorted. */
  files: { path: string; content: Buffer }[];
  manifest: ManifestFile[];
  summary: string;
  leftOut: LeftOutFile[];
  redactions: RedactionRecord[];
  redaction: boolean;
}

export interface BundleResult {
  path: string;
  name: string;
  sessionId: string;
  /** Size of the archive on disk. */
  bytes: number;
  files: ManifestFile[];
  leftOut: LeftOutFile[];
  /** Values redacted, over all files. */
  redacted: number;
  redaction: boolean;
}

// The session's ids, times and enums are kept as they are; a variable's value is redacted knowing its name.
const KEPT_KEYS = new Set(['type', 'at', 'seq', 'sessionId', 'step', 'phase', 'status', 'outcome', 'started', 'lastEventAt', 'id', 'outputFile', 'sha256', 'signal', 'source', 'format', 'suggested', 'version']);

function sessionLeafRule(path: JsonPath): LeafRule {
  const keys = path.filter((p): p is string => typeof p === 'string');
  const last = keys.at(-1);
  const parent = keys.at(-2);
  if (parent === 'sources') return { kind: 'keep' };
  if (parent === 'values' && last !== undefined) return { kind: 'variable', name: last };
  if (keys.length >= 2 && keys.at(-3) === 'variables' && last === 'value' && parent !== undefined) return { kind: 'variable', name: parent };
  if (last !== undefined && KEPT_KEYS.has(last)) return { kind: 'keep' };
  return { kind: 'text' };
}

// Builds every file of the bundle in memory; reads only the kept head and tail of each stored output.
export async function buildBundle(options: BundleOptions): Promise<BuiltBundle> {
  const maxFile = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const maxTotal = options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES;
  const sessionId = pickSession(options.home, options.sessionId);
  const session = loadSession(options.home, sessionId);
  const { state, events } = session;
  const name = bundleBaseName(state.runbook.id, state.started, sessionId);
  const variables = valuesOf(state);
  // What steps reading Secret data printed is scrubbed like a `--redact-value`, from every file.
  const learned = events.flatMap((event) => (event.type === 'secrets-learned' ? event.values : []));
  const { redactor, scan } = await prepareRedaction({ ...options.redaction, values: [...options.redaction.values, ...learned] }, variables);
  const files = new Map<string, Buffer>();

  const runbookMd = session.runbookText === null ? null : redactor.redactText(session.runbookText, 'runbook.md');
  if (runbookMd !== null) files.set('runbook.md', Buffer.from(runbookMd, 'utf8'));

  const sessionJson = stringifyRedacted({ format: SESSION_FORMAT, session: state, events }, 'session.json', redactor, sessionLeafRule);
  files.set('session.json', Buffer.from(sessionJson.text, 'utf8'));
  const redactedState = sessionJson.value.session;
  const redactedEvents = sessionJson.value.events;

  const { outputs, leftOut, manifestExtras } = readOutputs(session, redactor, scan.isScannable, {
    maxFile,
    // What the other files take is known (runbook, session) or bounded (excerpts, timeline): outputs get the rest.
    budget: maxTotal - reserveFor(files, sessionJson.text.length, outputSources(events, state.plan).sources.length),
    maxTotal,
    signal: options.signal,
  });
  for (const output of outputs) if (output.text !== null) files.set(output.path, Buffer.from(output.text, 'utf8'));

  const facts = gatherFacts({
    state: redactedState,
    events: redactedEvents,
    runbookText: runbookMd,
    runbookSource: session.runbookSource,
    outputs,
    toolVersion: options.toolVersion,
    journalProblems: session.journalProblems,
  });
  const enabled = options.redaction.enabled;
  const summary = redactor.redactText(renderSummary(facts, { redaction: enabled, leftOut }), 'SUMMARY.md');
  files.set('SUMMARY.md', Buffer.from(summary, 'utf8'));
  const payload = stringifyRedacted(escalationPayload(facts, `${name}.tar.gz`), 'escalation.json', redactor, () => ({ kind: 'text' }));
  files.set('escalation.json', Buffer.from(payload.text, 'utf8'));
  files.set('report.html', Buffer.from(renderReportHtml(facts, { redaction: enabled }), 'utf8'));

  const redactions = redactor
    .hits()
    .map(placeHit)
    .sort((a, b) => compare(a.file, b.file) || a.line - b.line || compare(a.rule, b.rule));
  const redactionsJson = {
    redaction: enabled,
    hits: redactions,
    leftOut: leftOut.map(({ path, reason }) => ({ file: path, reason })),
  };
  files.set('redactions.json', Buffer.from(`${JSON.stringify(redactionsJson, null, 2)}\n`, 'utf8'));

  const manifest = [...files.entries()]
    .map(([path, content]): ManifestFile => ({ path, size: content.length, sha256: sha256(content), truncated: false, ...manifestExtras.get(path) }))
    .sort((a, b) => compare(a.path, b.path));
  const manifestJson = {
    format: MANIFEST_FORMAT,
    tool: { name: 'runbook', version: options.toolVersion },
    session: sessionId,
    runbook: { id: state.runbook.id, sha256: state.runbook.sha256, exactVersion: session.runbookSource !== 'missing' },
    redaction: enabled,
    limits: { maxFileSize: maxFile, maxTotalSize: maxTotal },
    totalSize: manifest.reduce((sum, f) => sum + f.size, 0),
    files: manifest,
    leftOut,
  };
  files.set('manifest.json', Buffer.from(`${JSON.stringify(manifestJson, null, 2)}\n`, 'utf8'));

  return {
    name,
    sessionId,
    mtimeSeconds: Math.floor(Date.parse(state.started) / 1000),
    files: [...files.entries()].map(([path, content]) => ({ path, content })).sort((a, b) => compare(a.path, b.path)),
    manifest,
    summary,
    leftOut,
    redactions,
    redaction: enabled,
  };
}

/** Writes the bundle as `<name>.tar.gz` (or where `output` says), atomically. */
export async function writeBundle(options: BundleOptions): Promise<BundleResult> {
  const built = await buildBundle(options);
  const path = archivePath(options.cwd, options.output, built.name);
  const bytes = await writeArchive({ path, entries: tarEntries(built), mtimeSeconds: built.mtimeSeconds, ...(options.signal ? { signal: options.signal } : {}) });
  return {
    path,
    name: built.name,
    sessionId: built.sessionId,
    bytes,
    files: built.manifest,
    leftOut: built.leftOut,
    redacted: built.redactions.reduce((sum, hit) => sum + hit.count, 0),
    redaction: built.redaction,
  };
}

/** The archive's entries: the root folder, its sub-folders, then the files, in byte order of their paths. */
export function tarEntries(built: Pick<BuiltBundle, 'name' | 'files'>): TarEntry[] {
  const entries: TarEntry[] = [{ path: `${built.name}/` }];
  const folders = new Set(built.files.flatMap((f) => (f.path.includes('/') ? [f.path.slice(0, f.path.lastIndexOf('/') + 1)] : [])));
  for (const folder of folders) entries.push({ path: `${built.name}/${folder}` });
  for (const file of built.files) entries.push({ path: `${built.name}/${file.path}`, content: file.content });
  return entries.sort((a, b) => compare(a.path, b.path));
}

/** Where the archive goes: `output` as a file, or `<name>.tar.gz` in `output` (a folder) or in `cwd`. */
export function archivePath(cwd: string, output: string | undefined, name: string): string {
  const fileName = `${name}.tar.gz`;
  if (output === undefined) return join(cwd, fileName);
  const target = resolve(cwd, output);
  if (isDirectory(target) || output.endsWith('/')) {
    if (!isDirectory(target)) throw new InputError({ kind: 'archive-folder-missing', output });
    return join(target, fileName);
  }
  if (!isDirectory(dirname(target))) throw new InputError({ kind: 'archive-parent-missing', output, folder: dirname(target) });
  if (basename(target).startsWith('.')) throw new InputError({ kind: 'archive-name-hidden', output, example: fileName });
  return target;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

// An upper bound for what SUMMARY.md, report.html, escalation.json, redactions.json and manifest.json take:
// per output an excerpt in each, per event a timeline line in each, and a fixed allowance.
function reserveFor(files: ReadonlyMap<string, Buffer>, sessionJsonChars: number, outputCount: number): number {
  const known = [...files.values()].reduce((sum, content) => sum + content.length, 0);
  return known + 2 * sessionJsonChars + outputCount * (EXCERPT_CHARS * 2 + HTML_EXCERPT_CHARS + 4096) + 512 * 1024;
}

interface ReadLimits {
  maxFile: number;
  budget: number;
  maxTotal: number;
  signal: AbortSignal | undefined;
}

function readOutputs(
  session: LoadedSession,
  redactor: BundleRedactor,
  isScannable: (bytes: Uint8Array) => boolean,
  limits: ReadLimits,
): { outputs: BundledOutput[]; leftOut: LeftOutFile[]; manifestExtras: Map<string, Partial<ManifestFile>> } {
  const { sources, rejected } = outputSources(session.events, session.state.plan);
  const leftOut: LeftOutFile[] = rejected.map((stored) => ({ path: stored, source: stored, reason: 'not a file name the runner writes' }));
  if (sources.length > 0 && limits.budget < sources.length * MIN_OUTPUT_BYTES) {
    const needed = limits.maxTotal - limits.budget + sources.length * MIN_OUTPUT_BYTES;
    throw new InputError({ kind: 'bundle-limit-too-small', limitBytes: limits.maxTotal, neededBytes: needed, outputs: sources.length });
  }
  const sizes = sources.map((source) => {
    try {
      const info = statSync(join(session.dir, source.stored));
      return info.isFile() ? info.size : 0;
    } catch {
      return 0;
    }
  });
  const caps = planCaps(sizes, limits.maxFile, limits.budget).map((cap) => Math.max(cap, MIN_OUTPUT_BYTES));
  const outputs: BundledOutput[] = [];
  const extras = new Map<string, Partial<ManifestFile>>();
  for (const [index, source] of sources.entries()) {
    if (limits.signal?.aborted) throw new CancelledError('Cancelled; no bundle was written');
    const base = { path: source.path, kind: source.kind, ...(source.stepId !== undefined ? { stepId: source.stepId, attempt: source.attempt } : {}), ...(source.command !== undefined ? { command: source.command } : {}) };
    let kept;
    try {
      kept = readKept(session.dir, source.stored, caps[index]!);
    } catch (error) {
      if (!(error instanceof UnreadableOutput)) throw error;
      leftOut.push({ path: source.path, source: source.stored, reason: error.message });
      outputs.push({ ...base, text: null, leftOut: error.message, originalSize: 0, truncated: false });
      continue;
    }
    const bytes = kept.tail === null ? kept.head : Buffer.concat([kept.head, kept.tail]);
    if (!isScannable(bytes)) {
      const reason = 'not UTF-8 text (or has NUL bytes), so it cannot be scanned for secrets';
      leftOut.push({ path: source.path, source: source.stored, reason });
      outputs.push({ ...base, text: null, leftOut: reason, originalSize: kept.size, truncated: false });
      continue;
    }
    const text = redactor.redactText(keptText(kept), source.path);
    const headLines = kept.tail === null ? {} : { headLines: countLines(kept.head) };
    outputs.push({ ...base, text, originalSize: kept.size, truncated: kept.tail !== null, ...headLines });
    extras.set(source.path, { source: source.stored, ...(kept.tail !== null ? { truncated: true, originalSize: kept.size } : {}) });
  }
  return { outputs, leftOut, manifestExtras: extras };
}

function countLines(bytes: Buffer): number {
  let lines = 0;
  for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) lines++;
  return lines;
}

function sha256(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
