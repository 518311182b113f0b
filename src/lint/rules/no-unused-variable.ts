import { isRecord, stepsOf, variablesOf, type LooseRunbook } from '../../runbook/model.js';
import { findPlaceholders } from '../../runbook/placeholders.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'no-unused-variable',
    type: 'suggestion',
    description: 'Every declared variable should be used by a `{{placeholder}}`; an unused one makes the operator type a value for nothing.',
    severity: 'warn',
    messages: {
      unused: 'Variable `{name}` is declared but never used; remove it or use `{placeholder}` in a command',
      capturedOnly: 'Variable `{name}` is filled by `capture` but never used; remove it and its `capture`, or use `{placeholder}` in a later step',
    },
  },
  check(context) {
    const runbook = context.runbook;
    if (!runbook) return;
    const variables = variablesOf(runbook);
    if (variables.size === 0) return;
    const used = usedNames(runbook);
    const captured = new Set<string>();
    for (const entry of stepsOf(runbook)) {
      const capture = entry.step.capture as unknown;
      if (isRecord(capture)) for (const name of Object.keys(capture)) captured.add(name);
    }
    for (const name of variables.keys()) {
      if (used.has(name)) continue;
      const messageId = captured.has(name) ? 'capturedOnly' : 'unused';
      context.report({ messageId, data: { name, placeholder: `{{${name}}}` }, path: ['variables', name], part: 'key' });
    }
  },
});

/**
 * Names of every placeholder in any string of the front-matter: commands, and also text such as `expect` or
 * `link`, so a warning is never wrong about a use. Regexes under `capture` are not text, and a variable's own
 * declaration (`choices_from: ... {{self}}`) does not count as a use of itself.
 */
function usedNames(runbook: LooseRunbook): Set<string> {
  const used = new Set<string>();
  const seen = new Set<object>();
  // An explicit stack, not recursion: a mutated file may nest deeply, and aliases may share objects.
  // `section` is the top-level field holding the value, `self` the variable whose declaration holds it.
  const stack: Visit[] = [{ value: runbook, key: undefined, section: undefined, self: undefined }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const { value, key, section, self } = visit;
    if (typeof value === 'string') {
      for (const placeholder of findPlaceholders(value)) if (placeholder.name !== self) used.add(placeholder.name);
      continue;
    }
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (key === 'capture' && section !== 'variables') continue;
    const children: [string | number, unknown][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value);
    for (const [childKey, child] of children) {
      if (section === undefined) stack.push({ value: child, key: childKey, section: childKey, self: undefined });
      else stack.push({ value: child, key: childKey, section, self: self ?? (section === 'variables' ? String(childKey) : undefined) });
    }
  }
  return used;
}

interface Visit {
  value: unknown;
  key: string | number | undefined;
  section: string | number | undefined;
  self: string | undefined;
}
