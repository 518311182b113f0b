import { defineRule } from '../rule.js';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export default defineRule({
  meta: {
    id: 'id-matches-filename',
    type: 'problem',
    description: 'The `id` must equal the file name without `.md`, so `runbook run <id>` and links find the file.',
    severity: 'error',
    messages: {
      mismatch: 'Unexpected `id: {id}` in `{file}`; rename the file to `{id}.md` or change `id` to `{base}`',
      renameFile: 'Unexpected file name `{file}` for `id: {id}`; rename the file to `{id}.md`',
      changeId: 'Unexpected `id: {id}` in `{file}`, expected `{base}`',
    },
  },
  check(context) {
    const id = context.runbook?.id;
    if (typeof id !== 'string') return;
    const file = baseName(context.filePath);
    const base = file.replace(/\.md$/i, '');
    if (id === base) return;
    const idValid = KEBAB.test(id);
    const baseValid = KEBAB.test(base);
    // Only suggest a change that leads to a valid name: the `schema` rule reports an invalid `id` on its own.
    const messageId = idValid === baseValid ? 'mismatch' : idValid ? 'renameFile' : 'changeId';
    context.report({ messageId, data: { id, file, base }, path: ['id'] });
  },
});

// Accepts both separators: paths come from the CLI as the operating system spells them.
function baseName(filePath: string): string {
  return filePath.split(/[\\/]/).pop() ?? filePath;
}
