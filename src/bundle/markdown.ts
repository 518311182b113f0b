/** Markdown pieces that survive being pasted into GitHub or Jira: table cells, code spans, fenced blocks. */

/** Text for a table cell: one line, pipes escaped, HTML-looking text left inert. */
export function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

/** A code span that holds any text, backticks included; inside a table its pipes are escaped too. */
export function code(text: string, inTable = false): string {
  const flat = text.replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  const span = `${ticks}${pad}${flat}${pad}${ticks}`;
  return inTable ? span.replace(/\|/g, '\\|') : span;
}

/** A fenced block whose fence is longer than any backtick run inside, so output can never close it early. */
export function fence(text: string, lang = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/^\s*(`{3,})/gm)].map((m) => m[1]!.length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${lang}\n${text.endsWith('\n') || text === '' ? text : `${text}\n`}${ticks}`;
}
