/**
 * A JSON reader that keeps where each string is, which `JSON.parse` does not: structural rules need the
 * offsets of the values they mask. It reads one value and stops; text around it is not its business.
 */
export type JsonNode =
  | { type: 'object'; entries: [string, JsonNode][] }
  | { type: 'array'; items: JsonNode[] }
  | { type: 'string'; start: number; end: number }
  | { type: 'other' };

class NotJson extends Error {}

/** The JSON value starting at `at` (a `{` or `[`) and the offset after it, or undefined when it is not valid JSON. */
export function readJsonAt(text: string, at: number): { node: JsonNode; end: number } | undefined {
  const reader = new Reader(text, at);
  try {
    const node = reader.value(0);
    return { node, end: reader.at };
  } catch (error) {
    if (error instanceof NotJson) return undefined;
    throw error;
  }
}

/** The string's content, unescaped. */
export function stringValue(text: string, node: { start: number; end: number }): string {
  const raw = text.slice(node.start, node.end);
  return raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
}

const MAX_DEPTH = 200;

class Reader {
  /** The first line break at or after the string being read, found again only once a string passes it. */
  private nextBreak = -2;

  constructor(
    private readonly text: string,
    public at: number,
  ) {}

  value(depth: number): JsonNode {
    if (depth > MAX_DEPTH) throw new NotJson();
    this.blanks();
    const c = this.text.charCodeAt(this.at);
    if (c === 0x7b /* { */) return this.object(depth);
    if (c === 0x5b /* [ */) return this.array(depth);
    if (c === 0x22 /* " */) return this.string();
    const literal = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
    literal.lastIndex = this.at;
    if (!literal.test(this.text)) throw new NotJson();
    this.at = literal.lastIndex;
    return { type: 'other' };
  }

  private object(depth: number): JsonNode {
    this.at++;
    const entries: [string, JsonNode][] = [];
    this.blanks();
    if (this.text[this.at] === '}') {
      this.at++;
      return { type: 'object', entries };
    }
    for (;;) {
      this.blanks();
      if (this.text[this.at] !== '"') throw new NotJson();
      const key = this.string();
      this.blanks();
      if (this.text[this.at] !== ':') throw new NotJson();
      this.at++;
      entries.push([stringValue(this.text, key), this.value(depth + 1)]);
      this.blanks();
      const next = this.text[this.at++];
      if (next === '}') return { type: 'object', entries };
      if (next !== ',') throw new NotJson();
    }
  }

  private array(depth: number): JsonNode {
    this.at++;
    const items: JsonNode[] = [];
    this.blanks();
    if (this.text[this.at] === ']') {
      this.at++;
      return { type: 'array', items };
    }
    for (;;) {
      items.push(this.value(depth + 1));
      this.blanks();
      const next = this.text[this.at++];
      if (next === ']') return { type: 'array', items };
      if (next !== ',') throw new NotJson();
    }
  }

  private string(): { type: 'string'; start: number; end: number } {
    const start = this.at + 1;
    let at = start;
    // Searched again only past the last one found: a long line of strings or of `\"` stays linear.
    if (this.nextBreak !== -1 && this.nextBreak < start) this.nextBreak = this.text.indexOf('\n', start);
    const newline = this.nextBreak;
    for (;;) {
      const close = this.text.indexOf('"', at);
      if (close === -1 || (newline !== -1 && newline < close)) throw new NotJson();
      let backslashes = 0;
      while (this.text[close - 1 - backslashes] === '\\') backslashes++;
      if (backslashes % 2 === 0) {
        this.at = close + 1;
        const node = { type: 'string' as const, start, end: close };
        // An escape JSON does not know (`\-`) or a raw control character: not JSON, so `stringValue` never throws.
        if (this.text.includes('\\', start) && this.text.lastIndexOf('\\', close) >= start) {
          try {
            stringValue(this.text, node);
          } catch {
            throw new NotJson();
          }
        }
        return node;
      }
      at = close + 1;
    }
  }

  private blanks(): void {
    for (;;) {
      const c = this.text.charCodeAt(this.at);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) this.at++;
      else return;
    }
  }
}
