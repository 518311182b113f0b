import { dirname, relative, sep } from 'node:path';
import type { Span } from '../../runbook/position.js';
import { defineRule } from '../rule.js';

const FILE_START: Span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

export default defineRule({
  meta: {
    id: 'unique-id',
    type: 'problem',
    description: 'No two runbooks may share an `id`: sessions, bundles and `runbook run <id>` name a runbook by it.',
    severity: 'error',
    scope: 'project',
    messages: {
      duplicate: 'Duplicate `id: {id}`, already used by `{other}`; give this runbook its own id',
    },
  },
  checkProject(facts, report) {
    const byId = new Map<string, { filePath: string; idSpan?: Span }[]>();
    for (const fact of facts) {
      if (typeof fact.id !== 'string') continue;
      const list = byId.get(fact.id) ?? [];
      list.push(fact);
      byId.set(fact.id, list);
    }
    for (const [id, list] of byId) {
      if (list.length < 2) continue;
      // Sorted by path, not by lint order, so the parallel and single-thread runs blame the same files.
      const sorted = [...list].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
      const first = sorted[0]!;
      for (const fact of sorted.slice(1)) {
        // Named relative to the reporting file, so the message reads the same wherever the lint ran from.
        const other = relative(dirname(fact.filePath), first.filePath).split(sep).join('/');
        report({ messageId: 'duplicate', data: { id, other }, filePath: fact.filePath, span: fact.idSpan ?? FILE_START });
      }
    }
  },
});
