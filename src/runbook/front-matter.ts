/** Where the YAML front-matter sits in the file's text. */
export type FrontMatterSplit =
  | { kind: 'present'; yaml: string; yamlStart: number; yamlEnd: number; bodyStart: number }
  | { kind: 'missing' }
  | { kind: 'unterminated'; openEnd: number };

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

// Splits by lines rather than by regex over the whole text, so very large files stay linear.
export function splitFrontMatter(text: string): FrontMatterSplit {
  const open = OPEN.exec(text);
  if (!open) return text.startsWith('---') && text.slice(0, 4).trimEnd() === '---' && text.length <= 4 ? { kind: 'unterminated', openEnd: 3 } : { kind: 'missing' };
  const yamlStart = open[0].length;
  let lineStart = yamlStart;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (CLOSE.test(line)) {
      return { kind: 'present', yaml: text.slice(yamlStart, lineStart), yamlStart, yamlEnd: lineStart, bodyStart: Math.min(lineEnd + 1, text.length) };
    }
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
  }
  return { kind: 'unterminated', openEnd: 3 };
}
