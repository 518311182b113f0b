import { isMap, isPair, isScalar, isSeq, Scalar, type Document, type Node, type Pair } from 'yaml';
import type { LineIndex, Span } from './position.js';

/** A path into the front-matter: property names and array indexes, as in JSON Pointer. */
export type Path = readonly (string | number)[];

/** Finds the source span of any key or value of the front-matter. */
export interface Locator {
  /** The key of the property at `path` (the item itself for an array index). */
  key(path: Path): Span | undefined;
  /** The value at `path`. */
  value(path: Path): Span | undefined;
  /** Characters `start`..`end` of the string value at `path`, mapped through quoting and block indentation. */
  within(path: Path, start: number, end: number): Span | undefined;
  /** The closest span that exists, walking up the path: a diagnostic always gets a place. */
  nearest(path: Path, part?: 'key' | 'value'): Span;
}

interface Found {
  node: Node | null | undefined;
  pair: Pair | undefined;
}

// `offset` is where the YAML text starts in the file, so spans are file positions, not YAML positions.
export function createLocator(doc: Document | undefined, yamlSource: string, offset: number, index: LineIndex, fallback: Span): Locator {
  const find = (path: Path): Found | undefined => {
    // The root's span is the whole front-matter: callers fall back to the opening `---` instead.
    if (!doc || path.length === 0) return undefined;
    let node: Node | null | undefined = doc.contents as Node | null;
    let pair: Pair | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        pair = node.items.find((item) => keyText(item) === String(segment));
        if (!pair) return undefined;
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment] as Node | null | undefined;
        pair = undefined;
        if (node === undefined) return undefined;
      } else {
        return undefined;
      }
    }
    return { node, pair };
  };
  const span = (node: Node | null | undefined): Span | undefined => {
    const range = node?.range;
    if (!range) return undefined;
    return index.toSpan(offset + range[0], offset + range[1]);
  };
  const key = (path: Path): Span | undefined => {
    const found = find(path);
    if (!found) return undefined;
    if (found.pair) return span(found.pair.key as Node) ?? span(found.node);
    return span(found.node);
  };
  const value = (path: Path): Span | undefined => {
    const found = find(path);
    if (!found) return undefined;
    return span(found.node) ?? (found.pair ? span(found.pair.key as Node) : undefined);
  };
  const within = (path: Path, start: number, end: number): Span | undefined => {
    const found = find(path);
    const node = found?.node;
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return value(path);
    const mapped = mapScalarOffsets(node, yamlSource, start, end);
    if (!mapped) return value(path);
    return index.toSpan(offset + mapped[0], offset + mapped[1]);
  };
  const nearest = (path: Path, part: 'key' | 'value' = 'value'): Span => {
    for (let length = path.length; length > 0; length--) {
      const sub = path.slice(0, length);
      const found = length === path.length && part === 'value' ? value(sub) : key(sub);
      if (found) return found;
    }
    return fallback;
  };
  return { key, value, within, nearest };
}

function keyText(pair: Pair): string | undefined {
  const k = pair.key as unknown;
  if (isScalar(k)) return String(k.value);
  return undefined;
}

// Maps offsets in a scalar's value to offsets in the YAML source; undefined when escapes or folding make that ambiguous.
function mapScalarOffsets(node: Scalar, source: string, start: number, end: number): [number, number] | undefined {
  const value = node.value as string;
  const [from, to] = node.range!;
  const raw = source.slice(from, to);
  switch (node.type) {
    case Scalar.PLAIN:
      return raw.startsWith(value) ? [from + start, from + end] : undefined;
    case Scalar.QUOTE_SINGLE:
    case Scalar.QUOTE_DOUBLE:
      return raw.slice(1, 1 + value.length) === value ? [from + 1 + start, from + 1 + end] : undefined;
    case Scalar.BLOCK_LITERAL:
      return mapBlock(value, raw, from, start, end);
    default:
      return undefined;
  }
}

function mapBlock(value: string, raw: string, from: number, start: number, end: number): [number, number] | undefined {
  const sourceLines = raw.split('\n');
  // Content lines keep indentation beyond the block's own, so only the block's indentation is skipped.
  const header = sourceLines[0] ?? '';
  const explicit = /[|>][+-]?([1-9])/.exec(header)?.[1];
  const firstContent = sourceLines.slice(1).find((line) => line.trim() !== '') ?? '';
  const blockIndent = explicit ? Number(explicit) : firstContent.length - firstContent.trimStart().length;
  const lineStarts: number[] = [];
  let position = 0;
  for (const line of sourceLines) {
    lineStarts.push(position);
    position += line.length + 1;
  }
  const map = (offset: number): number | undefined => {
    const before = value.slice(0, offset);
    const lineNumber = before.split('\n').length - 1;
    const column = offset - (before.lastIndexOf('\n') + 1);
    const lineStart = lineStarts[lineNumber + 1];
    return lineStart === undefined ? undefined : from + lineStart + blockIndent + column;
  };
  const a = map(start);
  const b = map(end);
  return a === undefined || b === undefined ? undefined : [a, b];
}
