import { commandsOf, isRecord, stepsOf, variablesOf } from '../../runbook/model.js';
import { findPlaceholders } from '../../runbook/placeholders.js';
import { defineRule } from '../rule.js';
import { closest } from '../suggest.js';

/** The schema's pattern for variable names: a placeholder with any other name can never be declared. */
const VARIABLE_NAME = /^[a-z][a-z0-9_]*$/;

export default defineRule({
  meta: {
    id: 'no-undeclared-variable',
    type: 'problem',
    description: 'Every `{{placeholder}}` in a command and every `capture` target must be a variable declared under `variables`.',
    severity: 'error',
    messages: {
      undeclared: '`{placeholder}` is not a declared variable; declare it under `variables`',
      undeclaredTypo: '`{placeholder}` is not a declared variable; did you mean `{suggestion}`?',
      invalidName: 'Unexpected placeholder `{placeholder}`, expected a variable name of lower-case letters, digits and `_` between `{{` and `}}`',
      undeclaredCapture: 'Capture target `{name}` is not a declared variable; declare it under `variables`',
      undeclaredCaptureTypo: 'Capture target `{name}` is not a declared variable; did you mean `{suggestion}`?',
    },
  },
  check(context) {
    const runbook = context.runbook;
    if (!runbook) return;
    const declared = [...variablesOf(runbook).keys()];
    const isDeclared = new Set(declared);
    for (const { command, path } of commandsOf(runbook)) {
      for (const placeholder of findPlaceholders(command)) {
        const range: [number, number] = [placeholder.start, placeholder.end];
        const text = command.slice(placeholder.start, placeholder.end);
        if (!VARIABLE_NAME.test(placeholder.name)) {
          context.report({ messageId: 'invalidName', data: { placeholder: text }, path, range });
          continue;
        }
        if (isDeclared.has(placeholder.name)) continue;
        const suggestion = closest(placeholder.name, declared);
        context.report(
          suggestion === undefined
            ? { messageId: 'undeclared', data: { placeholder: text }, path, range }
            : { messageId: 'undeclaredTypo', data: { placeholder: text, suggestion: `{{${suggestion}}}` }, path, range },
        );
      }
    }
    for (const entry of stepsOf(runbook)) {
      const capture = entry.step.capture as unknown;
      if (!isRecord(capture)) continue;
      for (const name of Object.keys(capture)) {
        if (isDeclared.has(name)) continue;
        const path = [...entry.path, 'capture', name];
        const suggestion = closest(name, declared);
        context.report(
          suggestion === undefined
            ? { messageId: 'undeclaredCapture', data: { name }, path, part: 'key' }
            : { messageId: 'undeclaredCaptureTypo', data: { name, suggestion }, path, part: 'key' },
        );
      }
    }
  },
});
