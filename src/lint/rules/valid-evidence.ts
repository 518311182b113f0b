import { branchesOf, diagnosisOf, isRecord, stepIdOf, stepsOf } from '../../runbook/model.js';
import { defineRule } from '../rule.js';
import { closest } from '../suggest.js';
import { compileRegex } from '../../runbook/regex.js';

export default defineRule({
  meta: {
    id: 'valid-evidence',
    type: 'problem',
    description: '`evidence.step` must name a diagnosis step, and `evidence.matches` must be a JavaScript regular expression.',
    severity: 'error',
    messages: {
      unknownStep: '`{step}` is not a diagnosis step id; expected one of {expected}',
      unknownStepTypo: '`{step}` is not a diagnosis step id; did you mean `{suggestion}`?',
      resolutionStep: '`{step}` is a resolution step; evidence can only match the output of a diagnosis step',
      noDiagnosis: '`{step}` is not a diagnosis step id; add diagnosis steps before pointing evidence at one',
      invalidRegex: '`matches` is not a valid regular expression: {error}',
    },
  },
  check(context) {
    const runbook = context.runbook;
    if (!runbook) return;
    const diagnosisIds = [...new Set(diagnosisOf(runbook).flatMap((entry) => stepIdOf(entry.step) ?? []))];
    const resolutionIds = new Set(stepsOf(runbook).flatMap((entry) => (entry.phase === 'resolution' ? (stepIdOf(entry.step) ?? []) : [])));
    for (const [branch, b] of branchesOf(runbook)) {
      const evidence = branch.evidence as unknown;
      if (!isRecord(evidence)) continue;
      const { step, matches } = evidence;
      if (typeof step === 'string' && !diagnosisIds.includes(step)) {
        const path = ['resolution', b, 'evidence', 'step'];
        const suggestion = closest(step, diagnosisIds);
        if (resolutionIds.has(step)) context.report({ messageId: 'resolutionStep', data: { step }, path });
        else if (diagnosisIds.length === 0) context.report({ messageId: 'noDiagnosis', data: { step }, path });
        else if (suggestion !== undefined) context.report({ messageId: 'unknownStepTypo', data: { step, suggestion }, path });
        else context.report({ messageId: 'unknownStep', data: { step, expected: diagnosisIds.map((id) => `\`${id}\``).join(', ') }, path });
      }
      if (typeof matches === 'string') {
        const error = compileRegex(matches);
        if (typeof error === 'string') context.report({ messageId: 'invalidRegex', data: { error }, path: ['resolution', b, 'evidence', 'matches'] });
      }
    }
  },
});
