/** A JSON string literal holding escaped JSON, such as the last-applied-configuration annotation in `-o json`. */
export interface EscapedJson {
  /** The literal's content, between its quotes. */
  start: number;
  end: number;
  decoded: string;
}

/**
 * Every string literal that contains `{\"`: its content is decoded so that the structural rules see the
 * manifest inside as JSON, and what they find is located again in its escaped form.
 */
export function escapedJsonStrings(text: string): EscapedJson[] {
  const found: EscapedJson[] = [];
  const opening = new OpeningQuotes(text);
  // The search resumes after the hit, or after the string or line already read: it always moves forward.
  let next = 0;
  for (let at = text.indexOf('{\\"'); at !== -1; at = text.indexOf('{\\"', next)) {
    next = at + 1;
    const start = opening.before(at);
    if (start === -1) continue;
    const end = closingQuote(text, start);
    if (end === -1) {
      // No closing quote on this line after `start`: every later hit on the line has the same opening quote.
      next = Math.max(next, lineEndAfter(text, at));
      continue;
    }
    next = Math.max(next, end + 1);
    try {
      found.push({ start, end, decoded: JSON.parse(`"${text.slice(start, end)}"`) as string });
    } catch {
      // Not a well-formed string after all; the text rules still see it as it is.
    }
  }
  return found;
}

/**
 * The offset just after the unescaped `"` that opens the string holding an offset, on the same line. Asked for
 * growing offsets, it reads each character once: what lies before the previous answer's offset is known.
 */
class OpeningQuotes {
  private readFrom = 0;
  private answer = -1;

  constructor(private readonly text: string) {}

  before(at: number): number {
    const { text } = this;
    for (let i = at - 1; i >= this.readFrom; i--) {
      const c = text[i];
      if (c === '\n') return this.remember(at, -1);
      if (c === '"' && !escaped(text, i)) return this.remember(at, i + 1);
    }
    return this.remember(at, this.answer);
  }

  private remember(at: number, answer: number): number {
    this.readFrom = at;
    this.answer = answer;
    return answer;
  }
}

function lineEndAfter(text: string, at: number): number {
  const newline = text.indexOf('\n', at);
  return newline === -1 ? text.length : newline;
}

function closingQuote(text: string, start: number): number {
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') return -1;
    if (c === '\\') i++;
    else if (c === '"') return i;
  }
  return -1;
}

function escaped(text: string, at: number): boolean {
  let backslashes = 0;
  while (text[at - 1 - backslashes] === '\\') backslashes++;
  return backslashes % 2 === 1;
}
