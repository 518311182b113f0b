import { constructFromEvents, EVENT_ID, parseEvents, SCALAR_STYLE, type Event } from 'js-yaml';
import { isRecord } from './model.js';

/** The front-matter's data, read by js-yaml's event parser, and where its top-level `id` value is. */
export interface PlainFrontMatter {
  data: Record<string, unknown>;
  /** Offsets of the top-level `id` value in the YAML text, quotes included; undefined when it is not on one line. */
  idRange: [number, number] | undefined;
}

// Keys that YAML's core schema reads as null, a boolean or a number, not a string (or an empty key).
const NON_STRING_PLAIN = /^(?:|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|\.(?:inf|Inf|INF))|\.(?:nan|NaN|NAN))$/;

/**
 * Where js-yaml and `yaml` part ways: a carriage return on its own ends a line for `yaml` only; and `yaml` misreads a
 * comment line between a key and its value on the next lines (then it reports an error where js-yaml reads the value).
 */
const DIVERGENT = /\r(?!\n)|:[ \t]*\r?\n[ \t]*#/;
/** The first of those only: where `yaml` only errs (the comment line), a whole file is still read the same. */
const LONE_CR = /\r(?!\n)/;

/**
 * Reads front-matter that is plain YAML: one mapping, no anchors, aliases, tags, directives or non-string keys.
 * That is nearly every runbook, and js-yaml reads it several times faster than `yaml`, whose document model
 * (with every node's position) is then built only when a finding needs a place (see `parse.ts`). Anything else,
 * errors included, is left to `yaml`: undefined. For plain YAML both give the same data under the YAML 1.2 core
 * schema, which the parser's tests check on thousands of generated runbooks.
 */
export function readPlainFrontMatter(text: string): PlainFrontMatter | undefined {
  const read = readPlain(text, false);
  return read && { data: read.data, idRange: topLevelIdRange(read.events, text) };
}

/** Aliases a file read with anchors may expand, as a bound against a file built to explode in memory. */
const MAX_ALIASES = 10_000;

/**
 * Reads a YAML file of one mapping that may use anchors and aliases (a scenario repeats a pod's containers), with
 * js-yaml when both libraries read it the same, as `readPlainFrontMatter` does (a comment line between a key and
 * its value included, where `yaml` may err on valid YAML): undefined leaves it to `yaml`. A
 * merge key (`<<`) is left to `yaml` too: js-yaml merges it, YAML 1.2's core schema keeps it as a key.
 */
export function readPlainYamlWithAliases(text: string): Record<string, unknown> | undefined {
  return readPlain(text, true)?.data;
}

function readPlain(text: string, aliases: boolean): { data: Record<string, unknown>; events: Event[] } | undefined {
  if ((aliases ? LONE_CR : DIVERGENT).test(text)) return undefined;
  let events: Event[];
  let documents: unknown[];
  try {
    events = parseEvents(text, {});
    if (!isPlain(events, text, aliases)) return undefined;
    documents = constructFromEvents(events, { source: text, maxAliases: aliases ? MAX_ALIASES : 0 });
  } catch {
    return undefined;
  }
  const data = documents[0];
  if (documents.length !== 1 || !isRecord(data)) return undefined;
  return { data, events };
}

interface Frame {
  isMapping: boolean;
  /** Nodes seen so far in this collection: in a mapping, even counts are keys. */
  count: number;
}

function isPlain(events: Event[], text: string, aliases: boolean): boolean {
  const stack: Frame[] = [];
  let documents = 0;
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        if (++documents > 1 || event.directives.length > 0) return false;
        break;
      case EVENT_ID.ALIAS:
        if (!aliases || isKeyPosition(stack)) return false;
        countNode(stack);
        break;
      case EVENT_ID.POP:
        stack.pop();
        countNode(stack);
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        if ((event.anchorStart !== -1 && !aliases) || event.tagStart !== -1 || isKeyPosition(stack)) return false;
        stack.push({ isMapping: event.type === EVENT_ID.MAPPING, count: 0 });
        break;
      case EVENT_ID.SCALAR:
        if ((event.anchorStart !== -1 && !aliases) || event.tagStart !== -1) return false;
        if (isKeyPosition(stack) && event.style === SCALAR_STYLE.PLAIN && (NON_STRING_PLAIN.test(scalarSource(event, text)) || scalarSource(event, text) === '<<')) return false;
        countNode(stack);
        break;
    }
  }
  return documents === 1;
}

function isKeyPosition(stack: Frame[]): boolean {
  const parent = stack.at(-1);
  return parent !== undefined && parent.isMapping && parent.count % 2 === 0;
}

function countNode(stack: Frame[]): void {
  const parent = stack.at(-1);
  if (parent) parent.count++;
}

function scalarSource(event: Extract<Event, { type: typeof EVENT_ID.SCALAR }>, text: string): string {
  return event.valueStart === -1 ? '' : text.slice(event.valueStart, event.valueEnd);
}

// The root mapping's events are [DOCUMENT, MAPPING, key, value, key, value, ..., POP, POP]; nested values are skipped.
function topLevelIdRange(events: Event[], text: string): [number, number] | undefined {
  let depth = 0;
  let isKey = true;
  let idIsNext = false;
  for (const event of events.slice(2)) {
    if (event.type === EVENT_ID.POP) {
      if (depth === 0) return undefined;
      if (--depth === 0) isKey = !isKey;
      continue;
    }
    if (depth > 0) {
      if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) depth++;
      continue;
    }
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      if (idIsNext) return undefined;
      depth = 1;
      continue;
    }
    if (event.type !== EVENT_ID.SCALAR) return undefined;
    if (idIsNext) return scalarRange(event, text);
    if (isKey && scalarSource(event, text) === 'id') idIsNext = true;
    isKey = !isKey;
  }
  return undefined;
}

// Where `yaml` puts a one-line scalar: quotes included. Block scalars and multi-line values are left to `yaml`.
function scalarRange(event: Extract<Event, { type: typeof EVENT_ID.SCALAR }>, text: string): [number, number] | undefined {
  if (event.valueStart === -1 || text.slice(event.valueStart, event.valueEnd).includes('\n')) return undefined;
  switch (event.style) {
    case SCALAR_STYLE.PLAIN:
      return [event.valueStart, event.valueEnd];
    case SCALAR_STYLE.SINGLE_QUOTED:
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return [event.valueStart - 1, event.valueEnd + 1];
    default:
      return undefined;
  }
}
