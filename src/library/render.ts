import { classifyCommand } from '../kube/index.js';
import { branchesOf, collectOf, diagnosisOf, isRecord, variablesOf, type LooseRunbook, type StepEntry } from '../runbook/model.js';
import { paint } from '../runner/screen.js';

export interface RenderOptions {
  color: boolean;
  /** Where the file is, for the header. */
  path?: string;
  /** Overdue reviews are called out. */
  overdue?: boolean;
}

// A runbook as an operator reads it before walking it: what it is for, what they will run, which branch fits
// what, and when to hand over. Everything that matters is in words, so it survives NO_COLOR and a pasted log.
export function renderRunbook(runbook: LooseRunbook, options: RenderOptions): string {
  const { color } = options;
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  const heading = (title: string): string => `\n${paint(title.toUpperCase(), ['bold'], color)}`;
  const out: string[] = [];

  out.push(paint(text(runbook.title) ?? text(runbook.id) ?? '(untitled runbook)', ['bold'], color));
  const facts = [
    `id ${text(runbook.id) ?? '?'}`,
    `severity ${text(runbook.severity) ?? '?'}`,
    `owner ${text(runbook.owner) ?? '?'}`,
    typeof runbook.reviewed === 'string' ? `reviewed ${runbook.reviewed}${options.overdue ? ' (REVIEW OVERDUE)' : ''}` : 'never reviewed',
  ];
  out.push(paint(facts.join(' · '), ['dim'], color));
  if (options.overdue) out[out.length - 1] = out[out.length - 1]!.replace('(REVIEW OVERDUE)', paint('(REVIEW OVERDUE)', ['yellow'], color));
  const alerts = Array.isArray(runbook.alerts) ? runbook.alerts.filter((a) => typeof a === 'string') : [];
  if (alerts.length) out.push(`alerts: ${alerts.join(', ')}`);
  if (options.path) out.push(paint(options.path, ['dim'], color));
  if (text(runbook.summary)) out.push('', wrap(text(runbook.summary)!, 0));

  const symptoms = Array.isArray(runbook.symptoms) ? runbook.symptoms.filter((s): s is string => typeof s === 'string') : [];
  if (symptoms.length) out.push(heading('Symptoms'), ...symptoms.map((s) => wrap(`- ${s}`, 2)));
  if (text(runbook.impact)) out.push(heading('Impact'), wrap(text(runbook.impact)!, 0));

  const variables = [...variablesOf(runbook)];
  if (variables.length) {
    out.push(heading('Variables'));
    for (const [name, variable] of variables) {
      const kind = [variable.type && variable.type !== 'string' ? variable.type : undefined, variable.default !== undefined ? `default ${String(variable.default)}` : undefined]
        .filter(Boolean)
        .join(', ');
      const line = wrap(`${name}${kind ? ` (${kind})` : ''}${text(variable.description) ? `: ${text(variable.description)}` : ''}`, 2, 6);
      out.push(line.replace(name, paint(name, ['cyan'], color)));
      if (text(variable.choices_from)) out.push(paint(`      choices from: ${text(variable.choices_from)}`, ['dim'], color));
    }
  }

  const diagnosis = diagnosisOf(runbook);
  if (diagnosis.length) {
    out.push(heading('Diagnosis'));
    diagnosis.forEach((entry, i) => out.push(...renderStep(entry, `${i + 1}.`, color)));
  }

  const branches = branchesOf(runbook);
  if (branches.length) {
    out.push(heading('Resolution'));
    for (const [branch, b] of branches) {
      out.push(`  ${paint(`[${text(branch.cause) ?? '?'}]`, ['bold'], color)} ${text(branch.title) ?? ''}`);
      if (text(branch.when)) out.push(wrap(`when: ${text(branch.when)}`, 4));
      if (isRecord(branch.evidence) && typeof branch.evidence.step === 'string' && typeof branch.evidence.matches === 'string') {
        out.push(`    suggested when the output of step "${branch.evidence.step}" matches /${branch.evidence.matches}/`);
      }
      const steps = Array.isArray(branch.steps) ? branch.steps.filter(isRecord) : [];
      steps.forEach((step, i) => out.push(...renderStep({ phase: 'resolution', step, path: ['resolution', b, 'steps', i], branch }, `${i + 1}.`, color, 4)));
    }
  }

  const escalation = isRecord(runbook.escalation) ? runbook.escalation : undefined;
  if (escalation) {
    out.push(heading('Escalation'));
    if (text(escalation.after)) out.push(`  after ${text(escalation.after)} without a fix`);
    const when = Array.isArray(escalation.when) ? escalation.when.filter((w): w is string => typeof w === 'string') : [];
    if (when.length) out.push('  when:', ...when.map((w) => wrap(`- ${w}`, 4)));
    if (text(escalation.contact)) out.push(`  contact: ${text(escalation.contact)}`);
    const collect = collectOf(runbook);
    if (collect.length) out.push('  collected into the bundle:', ...collect.map(([command]) => `    $ ${command}`));
  }
  return `${out.join('\n')}\n`;
}

function renderStep(entry: StepEntry, number: string, color: boolean, indent = 2): string[] {
  const step = entry.step;
  const pad = ' '.repeat(indent);
  const marks: string[] = [];
  if (step.tier === 3) marks.push(paint('TIER 3: shown and recorded, not run', ['yellow'], color));
  const run = typeof step.run === 'string' ? step.run : undefined;
  if (run && step.tier !== 3) {
    const safety = classifyCommand(run).safety;
    if (safety === 'mutating' || step.confirm === true) marks.push(paint('CHANGES THINGS: asks for typed confirmation', ['red'], color));
  }
  if (step.approval) marks.push(`needs approval${typeof step.approval === 'string' ? ` (${step.approval})` : ''}`);
  if (step.sensitive === true) marks.push('output not stored');
  const id = typeof step.id === 'string' ? paint(` [${step.id}]`, ['dim'], color) : '';
  const lines = [`${pad}${number} ${typeof step.title === 'string' ? step.title : '(no title)'}${id}`];
  for (const mark of marks) lines.push(`${pad}   ${mark}`);
  if (run) lines.push(`${pad}   ${paint(`$ ${run}`, ['cyan'], color)}`);
  if (typeof step.link === 'string') lines.push(`${pad}   open: ${step.link}`);
  if (typeof step.expect === 'string' && step.expect.trim()) lines.push(wrap(`expect: ${step.expect.trim()}`, indent + 3));
  return lines;
}

const WIDTH = 100;

// Folds prose at word boundaries for a terminal, continuation lines at `hang`; commands are never folded, they
// must stay copyable. A list item's continuation lines up with its text.
function wrap(text: string, indent: number, hang = text.startsWith('- ') ? indent + 2 : indent): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').split(' ')) {
    const pad = lines.length === 0 ? indent : hang;
    if (line && pad + line.length + 1 + word.length > WIDTH) {
      lines.push(' '.repeat(pad) + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(' '.repeat(lines.length === 0 ? indent : hang) + line);
  return lines.join('\n');
}
