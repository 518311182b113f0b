/**
 * SUMMARY.md: the first screen answers what a Tier 3 engineer asks first (what, where, who, since when, what
 * was found, why it is theirs now, what they are asked to do); then the timeline and every step. Pure.
 */
import { formatDuration, formatOffset, formatUtc, SENSITIVE_OUTPUT, type CauseEvidence, type Facts, type StepFact } from './facts.js';
import { cell, code, fence } from './markdown.js';

/** Lines of output shown per step; the full output is in the step's file. */
export const EXCERPT_LINES = 20;
/** Characters of output shown per step at most, keeping the end. */
export const EXCERPT_CHARS = 4096;

export interface SummaryExtras {
  redaction: boolean;
  leftOut: { path: string; reason: string }[];
}

export function renderSummary(facts: Facts, extras: SummaryExtras): string {
  const out: string[] = [];
  const push = (...lines: string[]): void => {
    out.push(...lines);
  };
  const severity = facts.runbook.severity ?? 'unknown';
  const verdict = facts.escalated ? 'ESCALATED' : facts.status.toUpperCase();
  push(`# ${verdict}${facts.drill ? ' (DRILL)' : ''}: ${facts.runbook.title}`, '');
  if (facts.drill) push('**This was a drill** against a simulated cluster: nothing here happened on a real cluster.', '');
  const context = facts.context
    ? `${code(facts.context, true)}${facts.production ? ' **PRODUCTION**' : ''}${facts.contextMatches ? '' : ' (outside the runbook’s contexts)'}`
    : 'none set';
  const elapsed = `${formatDuration(facts.elapsedMs)}${facts.escalateAfterMs !== null ? ` (runbook says escalate after ${formatDuration(facts.escalateAfterMs)})` : ''}`;
  push(
    '| | |',
    '| --- | --- |',
    `| Runbook | ${code(facts.runbook.id, true)} ${cell(facts.runbook.title)} |`,
    `| Severity | **${severity}**${facts.runbook.owner ? ` (owner ${cell(facts.runbook.owner)})` : ''} |`,
    `| Context | ${context} |`,
    `| Namespace | ${facts.namespace ? code(facts.namespace, true) : 'default'} |`,
    `| Operator | ${cell(facts.operator)} on ${cell(facts.host)} |`,
    `| Started | ${formatUtc(facts.started)}, elapsed ${elapsed} |`,
    `| Outcome | **${facts.escalated ? 'escalated' : facts.status}**${facts.escalated && facts.contact ? ` to ${cell(facts.contact)}` : ''} |`,
    `| Session | ${code(facts.sessionId, true)}${facts.drill ? ` (a drill on the simulated cluster: ${cell(facts.drill)})` : ''} |`,
    '',
  );

  if (facts.alert) {
    push('## Alert', '');
    push(
      `**${facts.alert.name ?? 'unnamed alert'}**${facts.alert.startsAt ? `, firing since ${facts.alert.startsAt}` : ''}${facts.alert.summary ? `: ${facts.alert.summary}` : ''}`,
      '',
      `Labels: ${Object.entries(facts.alert.labels).map(([name, value]) => code(`${name}=${value}`)).join(', ') || 'none'}`,
      '',
    );
  }

  push('## Suspected cause', '');
  if (facts.causes.length === 0) {
    push(
      facts.planRecorded
        ? 'None identified: no branch was chosen and no branch’s evidence matched the output.'
        : 'None identified: no branch was chosen, and this session was recorded before the runner kept its plan and its judgement of the evidence.',
      '',
    );
  }
  for (const cause of facts.causes) {
    push(`**${cause.title ?? cause.id}** (${code(cause.id)}), ${cause.chosen ? 'chosen by the operator' : 'suggested by its evidence, not confirmed'}${cause.when ? `: ${cause.when}` : ''}`, '');
    if (cause.evidence) push(...evidenceLines(cause.evidence), '');
  }

  if (facts.overruled.length > 0) {
    push(`The evidence suggested ${facts.overruled.map((id) => code(id)).join(', ')}; the operator chose ${code(facts.causes[0]?.id ?? '')} instead.`, '');
  }

  push('## Changes made to the cluster', '');
  if (facts.changes.length === 0) push('None: no step that changes the cluster ran.');
  for (const change of facts.changes) {
    const result = change.exitCode !== null ? `${change.status}, exit ${change.exitCode}` : change.status;
    push(`- ${code(change.id)} ${change.command ? code(change.command) : ''} (${result}); confirmed by typing ${code(change.typed)}${change.dryRun ? `; dry run: ${change.dryRun}` : ''}`);
  }
  push('');

  push('## Escalation', '');
  if (facts.escalated) {
    push(facts.criteria.length > 0 ? 'Criteria met:' : 'No criterion was ticked.', ...facts.criteria.map((c) => `- ${c}`));
    if (facts.escalationReason) push('', `Why escalate anyway: ${facts.escalationReason}`);
  } else {
    push(`Not escalated in the session (it is ${facts.status}).${facts.runbookCriteria.length > 0 ? ' The runbook escalates when:' : ''}`, ...facts.runbookCriteria.map((c) => `- ${c}`));
  }
  push('', `Contact: ${facts.contact ?? 'not named in the runbook'}`, '');

  push('## Tier 3 actions requested', '');
  if (facts.tier3.length === 0) push('None recorded.');
  for (const step of facts.tier3) push(`- **${step.title}** (${code(step.id)})${step.template ? `: ${code(step.template)}` : ''}`);
  push('');

  const attention = [...facts.failed, ...facts.notDone];
  push('## Failed, skipped or not run', '');
  if (attention.length === 0) push('Every step that was reached ran and succeeded.');
  for (const step of attention) push(`- ${code(step.id)} **${step.status}**${describeOutcome(step)}`);
  push('');
  if (facts.symptoms.length > 0) push(`Symptoms seen: ${facts.symptoms.join('; ')}`, '');

  push('## Timeline', '', '| Time | Event |', '| --- | --- |');
  for (const entry of facts.timeline) push(`| ${formatOffset(entry.offsetMs)} | ${cell(entry.text)} |`);
  push('', `Times are from the session start, ${formatUtc(facts.started)}.`, '');

  push('## Steps', '');
  for (const [index, step] of facts.steps.entries()) push(...renderStep(step, index + 1), '');

  if (facts.variables.length > 0) {
    push('## Values', '', '| Name | Value | From |', '| --- | --- | --- |');
    for (const v of facts.variables) push(`| ${code(v.name, true)} | ${v.value === '' ? '(empty)' : code(v.value, true)} | ${v.source} |`);
    push('');
  }
  if (facts.collected.length > 0) {
    push('## Collected for escalation', '');
    for (const c of facts.collected) push(`- ${code(c.command)}${c.exitCode !== null && c.exitCode !== 0 ? ` (exit ${c.exitCode})` : ''}: ${c.output ? c.output.path : 'no output stored'}`);
    push('');
  }
  const general = facts.notes.filter((n) => n.step === null);
  if (general.length > 0) {
    push('## Notes', '');
    for (const note of general) push(`- ${formatUtc(note.at)}: ${note.text.replace(/\r?\n/g, ' ')}`);
    push('');
  }
  if (facts.links.length > 0) {
    push('## Links', '');
    for (const link of facts.links) push(`- [${link.text.replace(/[[\]]/g, '')}](${link.href})`);
    push('');
  }

  push('## About this bundle', '');
  push(`- Written by runbook ${facts.toolVersion}; the session was recorded by runbook ${facts.sessionVersion}.`);
  push(
    facts.runbook.source === 'missing'
      ? `- The exact runbook version used (sha256 ${facts.runbook.sha256.slice(0, 12)}) is missing: the session predates stored copies and ${facts.runbook.path} has changed or is gone.`
      : `- runbook.md is the exact version walked (sha256 ${facts.runbook.sha256.slice(0, 12)})${facts.runbook.source === 'runbook-file' ? `, read from ${facts.runbook.path}` : ''}.`,
  );
  push(extras.redaction ? '- Secrets are redacted (`[REDACTED:<rule>:<n>]`; the same secret has the same placeholder everywhere); redactions.json says where.' : '- **Redaction was turned off for this bundle: it may contain secrets.**');
  for (const file of extras.leftOut) push(`- Left out: ${file.path} (${file.reason}).`);
  for (const problem of facts.journalProblems) push(`- Journal problem: ${problem}`);
  push('');
  return out.join('\n');
}

// What the record says of a cause's evidence: the line it matched (from the bundled output), or why there is none.
function evidenceLines(evidence: CauseEvidence): string[] {
  const pattern = evidence.pattern !== null ? code(evidence.pattern) : 'its pattern';
  const subject = `Evidence: step ${code(evidence.step)}`;
  if (evidence.judged === 'not-judged') return [`${subject} should match ${pattern}; the session recorded no judgement of it.`];
  if (evidence.judged === 'unmatched') return [`${subject} should match ${pattern}; its output did not.`];
  if (evidence.lineNumber === null) return [`${subject} matched ${pattern}; its output was not stored (a sensitive step).`];
  if (evidence.line === null) {
    return [`${subject} matched ${pattern} at line ${evidence.lineNumber} of its output, a line this bundle does not keep${evidence.file ? ` (see ${evidence.file})` : ''}.`];
  }
  return [`${subject} matched ${pattern} (${evidence.file ?? 'its output'}, line ${evidence.lineNumber}):`, '', fence(evidence.line.slice(0, 500), 'text')];
}

function describeOutcome(step: StepFact): string {
  if (step.status === 'failed' || step.status === 'timed-out') return `${step.exitCode !== null ? `, exit ${step.exitCode}` : ''}${step.command ? `: ${code(step.command)}` : ''}`;
  return step.reason ? `: ${step.reason.replace(/\r?\n/g, ' ')}` : '';
}

function renderStep(step: StepFact, index: number): string[] {
  const lines = [`### ${index}. ${step.title} (${code(step.id)})`, ''];
  const facts = [`Status: **${step.status}**`];
  if (step.exitCode !== null) facts.push(`exit code ${step.exitCode}`);
  if (step.signal) facts.push(`signal ${step.signal}`);
  if (step.durationMs !== null) facts.push(`took ${formatDuration(step.durationMs)}`);
  if (step.attempts > 1) facts.push(`${step.attempts} attempts`);
  lines.push(facts.join(', '), '');
  if (step.reason) lines.push(`Reason: ${step.reason.replace(/\r?\n/g, ' ')}`, '');
  if (step.approval) lines.push(`Approved by ${step.approval.approver}: ${step.approval.reason.replace(/\r?\n/g, ' ')}`, '');
  const command = step.command ?? step.template;
  if (command) lines.push(fence(command, 'sh'), '');
  if (step.output) {
    if (step.output.text === null) {
      lines.push(`Output left out of the bundle: ${step.output.leftOut ?? 'could not be scanned'}.`, '');
    } else {
      const excerpt = tailOf(step.output.text);
      const cut = [step.runnerTruncated ? `the command printed ${step.bytes ?? '?'} bytes, the session stored its head and tail` : '', step.output.truncated ? 'the bundle keeps the head and tail of the stored output' : '']
        .filter(Boolean)
        .join('; ');
      lines.push(`Last ${EXCERPT_LINES} lines of output (all of it in ${step.output.path}${cut ? `; ${cut}` : ''}):`, '', fence(excerpt, 'text'), '');
    }
  } else if (step.sensitive && step.attempts > 0) {
    lines.push(SENSITIVE_OUTPUT, '');
  }
  for (const note of step.notes) lines.push(`> Note: ${note.replace(/\r?\n/g, ' ')}`, '');
  return lines.slice(0, -1);
}

/** The last lines of an output, at most `EXCERPT_CHARS` characters. */
export function tailOf(text: string, lines = EXCERPT_LINES, chars = EXCERPT_CHARS): string {
  const all = text.replace(/\n$/, '').split('\n');
  let excerpt = all.slice(-lines).join('\n');
  if (excerpt.length > chars) excerpt = `…${excerpt.slice(excerpt.length - chars)}`;
  return excerpt;
}
