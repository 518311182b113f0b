import type { Rule } from '../rule.js';
import uniqueId from './unique-id.js';

/** The rules that look across files; the main thread loads only these, never the per-file rules' dependencies. */
export const projectRules: readonly Rule[] = [uniqueId];
