import { location } from 'vfile-location';

/** A 1-based line and column, plus the 0-based offset into the file's text. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A range of the file's text, end exclusive. */
export interface Span {
  start: Point;
  end: Point;
}

/** Converts offsets into the text to points, so every diagnostic can say `file:line:col`. */
export interface LineIndex {
  toPoint(offset: number): Point;
  toSpan(start: number, end: number): Span;
}

// Offsets past the end clamp to the end, because a diagnostic must always have a place.
export function createLineIndex(text: string): LineIndex {
  const place = location(text);
  const toPoint = (offset: number): Point => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    const point = place.toPoint(clamped);
    if (point && point.line !== undefined && point.column !== undefined) {
      return { line: point.line, column: point.column, offset: clamped };
    }
    const before = text.slice(0, clamped);
    const lines = before.split('\n');
    return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, offset: clamped };
  };
  return {
    toPoint,
    toSpan: (start, end) => ({ start: toPoint(start), end: toPoint(Math.max(start, end)) }),
  };
}
