import { defineRule } from '../rule.js';

// Upper case only, as a word: `TODO`, `TODO:`, `(TODO)`; not `todos` or `mastodon`.
const MARKER = /\bTODO\b/g;
/** How much of the line after the marker the message quotes. */
const QUOTED = 60;

export default defineRule({
  meta: {
    id: 'todo-marker',
    type: 'suggestion',
    description: 'A `TODO` marker left by `runbook new` or `runbook import` is a part the author still has to write.',
    severity: 'warn',
    messages: {
      marker: 'Unfinished `TODO`{text}; write this part before the runbook is reviewed',
    },
  },
  check(context) {
    const source = context.source;
    const text = source.text;
    // Most finished runbooks have no marker at all: one search decides.
    if (!text.includes('TODO')) return;
    MARKER.lastIndex = 0;
    for (let match = MARKER.exec(text); match !== null; match = MARKER.exec(text)) {
      const start = match.index;
      const lineEnd = text.indexOf('\n', start);
      const rest = text.slice(start + 4, lineEnd === -1 ? text.length : lineEnd).replace(/^[\s:,.-]+/, '').replace(/["']?\s*$/, '');
      const quoted = rest.length > QUOTED ? `${rest.slice(0, QUOTED - 1)}…` : rest;
      context.report({ messageId: 'marker', data: { text: quoted ? ` (${quoted})` : '' }, span: source.index.toSpan(start, start + 4) });
    }
  },
});
