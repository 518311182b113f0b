/**
 * Line navigation by offset, without indexing the whole text: a structural rule walks only the few lines
 * around what it found. A line is named by the offset it starts at.
 */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Where the line's content ends: before its `\n` and any `\r`. */
export function lineEnd(text: string, start: number): number {
  const newline = text.indexOf('\n', start);
  const end = newline === -1 ? text.length : newline;
  return end > start && text[end - 1] === '\r' ? end - 1 : end;
}

/** The next line's start, or -1 after the last line. */
export function nextLine(text: string, start: number): number {
  const newline = text.indexOf('\n', start);
  return newline === -1 ? -1 : newline + 1;
}

/** The previous line's start, or -1 before the first line. */
export function previousLine(text: string, start: number): number {
  return start === 0 ? -1 : text.lastIndexOf('\n', start - 2) + 1;
}

export function lineContent(text: string, start: number): string {
  return text.slice(start, lineEnd(text, start));
}

export function indentOf(line: string): number {
  let i = 0;
  while (line[i] === ' ') i++;
  return i;
}

export function isBlank(line: string): boolean {
  return line.trim() === '' || /^\s*#/.test(line);
}
