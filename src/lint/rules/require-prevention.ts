import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Span } from '../../runbook/position.js';
import type { ParsedRunbook } from '../../runbook/parse.js';
import { defineRule } from '../rule.js';

// "Prevention", "Prevention and follow-up", "🛡 Prevention": the word starts the heading's text.
const PREVENTION = /^[^\p{L}\p{N}]*prevention\b/iu;

export default defineRule({
  meta: {
    id: 'require-prevention',
    type: 'suggestion',
    description: 'The Markdown body must have a `## Prevention` section saying how to keep the incident from happening again.',
    severity: 'warn',
    messages: {
      missing: 'Missing `## Prevention` section; add one at the end of the body saying how to keep this from happening again',
      level: 'Unexpected level {depth} heading `{text}`, expected a level 2 heading (`## {text}`)',
    },
  },
  check(context) {
    const source = context.source;
    // Without the word there can be no such heading, and the Markdown need not be parsed to say so.
    if (!/prevention/i.test(source.bodyText)) {
      context.report({ messageId: 'missing', span: lastLine(source) });
      return;
    }
    const body = source.body;
    if (!body) return;
    // Sections are top-level headings; a heading quoted or inside a list does not open one.
    const headings = body.children.filter((node): node is Heading => node.type === 'heading');
    const prevention = headings.filter((heading) => PREVENTION.test(toString(heading)));
    if (prevention.some((heading) => heading.depth === 2)) return;
    const misplaced = prevention[0];
    if (misplaced) {
      context.report({ messageId: 'level', data: { depth: misplaced.depth, text: toString(misplaced).trim() }, span: spanOf(source, misplaced) });
      return;
    }
    context.report({ messageId: 'missing', span: lastLine(source) });
  },
});

function spanOf(source: ParsedRunbook, heading: Heading): Span {
  const position = heading.position;
  if (!position || position.start.offset === undefined || position.end.offset === undefined) return lastLine(source);
  return source.index.toSpan(position.start.offset, position.end.offset);
}

// The last line with text on it: where the missing section belongs.
function lastLine(source: ParsedRunbook): Span {
  const text = source.text.trimEnd();
  const start = text.lastIndexOf('\n') + 1;
  return source.index.toSpan(start, text.length);
}
