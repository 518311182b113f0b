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
  let readUntil = 0;
  for (let at = text.indexOf('{\\"'); at !== -1; at = text.indexOf('{\\"', Math.max(at + 1, readUntil))) {
    if (at < readUntil) continue;
    const start = openingQuote(text, at);
    if (start === -1) continue;
    const end = closingQuote(text, start);
    if (end === -1) continue;
    readUntil = end + 1;
    try {
      found.push({ start, end, decoded: JSON.parse(`"${text.slice(start, end)}"`) as string });
    } catch {
      // Not a well-formed string after all; the text rules still see it as it is.
    }
  }
  return found;
}

/** The offset just after the unescaped `"` that opens the string holding `at`, on the same line. */
function openingQuote(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n') return -1;
    if (c === '"' && !escaped(text, i)) return i + 1;
  }
  return -1;
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
