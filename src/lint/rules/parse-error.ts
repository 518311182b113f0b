import { defineRule } from '../rule.js';

export const PARSE_ERROR_ID = 'parse-error';

// Reported by the engine, not by a check: a file that cannot be read has nothing for other rules to look at.
export default defineRule({
  meta: {
    id: PARSE_ERROR_ID,
    type: 'problem',
    description: 'The file must be UTF-8 text that starts with a closed `---` front-matter block holding a YAML mapping.',
    severity: 'error',
    messages: {},
  },
});
