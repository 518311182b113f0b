import type { Code, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import { load as loadYaml } from 'js-yaml';
import { stringify } from 'yaml';
import { classifyCommand } from '../kube/index.js';
import { lintSources } from '../lint/lint-sources.js';
import type { LintMessage } from '../lint/result.js';
import { rules } from '../lint/rules/index.js';
import { splitFrontMatter } from '../runbook/front-matter.js';
import type { Path } from '../runbook/locator.js';
import { parseMarkdown } from '../runbook/markdown.js';
import { parseRunbook } from '../runbook/parse.js';

import { commandsInBlock, hasExampleOutput, isInlineCommand, isShellBlock, templatize, type FoundCommand } from './commands.js';
import { splitSections, type Section } from './sections.js';

/** Something the importer could not place, or changed on its own; located in the source file. */
export interface ImportWarning {
  line: number;
  column: number;
  message: string;
}

export interface ImportResult {
  /** The runbook id, from the alert name or the file name; undefined when nothing was converted. */
  id?: string;
  /** The runbook's text; undefined when the file is not a runbook in the common layout. */
  text?: string;
  warnings: ImportWarning[];
  /** Lint findings other than `TODO` markers that the runbook still has (located in the runbook). */
  remaining: LintMessage[];
  /** How many `TODO` markers the author has to fill in. */
  todos: number;
}

interface Origin {
  line: number;
  column: number;
}

interface DraftStep {
  id?: string;
  title: string;
  run?: string;
  expect?: string;
  confirm?: boolean;
  origin: Origin;
  /** The command as the source wrote it, for a step that has to be done by hand. */
  source?: string;
}

interface DraftVariable {
  description: string;
  type?: 'k8s-name';
  default?: string;
}

const ALERT_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const K8S_NAME_VARIABLE = /(^|_)(namespace|pod|node|deployment|service|pvc|statefulset|daemonset|replicaset|job|cronjob|container|secret|configmap|ingress|cluster|vm|vmi)(_name)?$/;
const MAX_REPAIR_ROUNDS = 6;

// A prose runbook (Meaning, Impact, Diagnosis, Mitigation, Escalation) as a runbook of this format: shell blocks under
// Diagnosis become read-only steps, those under Mitigation the steps of one branch, all prose stays in the body.
// Then the result is linted, and what lint refuses is repaired (a namespace added, a command done by hand), each
// change a located warning, until only `TODO` markers are left or nothing more can be repaired.
export function importRunbook(sourcePath: string, source: string, options: { outputPath: (id: string) => string; now?: Date }): ImportResult {
  const now = options.now ?? new Date();
  const warnings: ImportWarning[] = [];
  const split = splitFrontMatter(source);
  const sourceMeta = split.kind === 'present' ? readMeta(split.yaml) : {};
  const tree = parseMarkdown(source, split);
  const { title: heading, sections } = splitSections(tree);
  const hasCommands = (section: Section): boolean => section.children.some((node) => node.type === 'code' && isShellBlock(node.lang, node.value) && commandsInBlock(node.value).length > 0);
  if (!sections.some((s) => s.kind === 'diagnosis' || s.kind === 'resolution')) {
    // No Diagnosis heading, but commands in the text: they are the diagnosis (pages that are only a procedure).
    const procedure = sections.find((s) => s.kind === 'other' && hasCommands(s));
    if (procedure) {
      procedure.kind = 'diagnosis';
      procedure.heading ||= 'the introduction';
      warnings.push({ ...originOf(procedure.node ?? procedure.children[0]!), message: `No Diagnosis section: the commands under ${procedure.heading} became the diagnosis steps` });
    } else if (!sections.some((s) => s.kind === 'summary' || s.kind === 'impact')) {
      return { warnings: [{ line: 1, column: 1, message: 'Not converted: no Meaning, Impact, Diagnosis or Mitigation section (the common runbook layout), and no commands to build steps from' }], remaining: [], todos: 0 };
    }
  }
  const fileName = sourcePath.replace(/^.*[\\/]/, '').replace(/\.(md|markdown)$/i, '');
  // The file name first: pages are named after their alert, and a heading copied from another page is a common slip.
  const alert = [fileName, heading].find((name): name is string => name !== undefined && ALERT_NAME.test(name));
  if (alert && heading && ALERT_NAME.test(heading) && heading !== alert) {
    warnings.push({ ...originOf(tree.children.find((n) => n.type === 'heading')!), message: `The heading names \`${heading}\` but the file is named after \`${alert}\`; the runbook is for \`${alert}\`` });
  }
  const title = typeof sourceMeta.title === 'string' && sourceMeta.title.trim() ? sourceMeta.title.trim() : (heading ?? fileName);
  const id = kebab(alert ?? title ?? fileName);
  if (!id) return { warnings: [{ line: 1, column: 1, message: 'Not converted: no title or file name to make a runbook id from' }], remaining: [], todos: 0 };

  const variables = new Map<string, DraftVariable>();
  const declare = (found: FoundCommand): void => {
    for (const [name, written] of found.variables) {
      if (!variables.has(name)) {
        variables.set(name, { description: `TODO: describe this value (written \`${written}\` in the source)`, ...(K8S_NAME_VARIABLE.test(name) ? { type: 'k8s-name' as const } : {}) });
      }
    }
    const assigned = found.assigns?.default === undefined ? undefined : variables.get(found.assigns.variable);
    if (assigned && assigned.default === undefined) {
      // A default the type refuses would stop every walk: it is left to the author instead.
      if (assigned.type !== 'k8s-name' || /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(found.assigns!.default!)) assigned.default = found.assigns!.default!;
    }
  };
  const diagnosis: DraftStep[] = [];
  const resolution: DraftStep[] = [];
  for (const section of sections) {
    if (section.kind === 'diagnosis') diagnosis.push(...stepsOf(section, 'diagnosis', declare, warnings));
    else if (section.kind === 'resolution') resolution.push(...stepsOf(section, 'resolution', declare, warnings));
    else reportStrayCommands(section, warnings);
  }
  // Diagnosis only reads; a command there that changes something is offered, with confirmation, in the branch.
  for (const step of [...diagnosis]) {
    if (step.run === undefined) continue;
    const safety = classifyCommand(step.run);
    if (safety.safety === 'mutating') {
      diagnosis.splice(diagnosis.indexOf(step), 1);
      resolution.push({ ...step, confirm: true });
      warnings.push({ ...step.origin, message: `Moved to the resolution branch: ${safety.reason}; diagnosis steps must only read` });
    }
  }
  for (const step of resolution) if (step.run !== undefined && classifyCommand(step.run).safety === 'mutating') step.confirm = true;

  const paragraphs = (kind: Section['kind']): string[] => sections.filter((s) => s.kind === kind).flatMap((s) => s.children.filter((n) => n.type === 'paragraph').map((n) => oneLine(toString(n))));
  const escalationItems = sections.filter((s) => s.kind === 'escalation').flatMap((s) => s.children.filter((n) => n.type === 'list').flatMap((list) => (list.type === 'list' ? list.children.map((item) => oneLine(toString(item))) : [])));
  const draft: Draft = {
    id,
    title,
    summary: paragraphs('summary')[0] ?? 'TODO: one or two sentences on what goes wrong and why it matters',
    alert,
    impact: paragraphs('impact').join(' ') || 'TODO: who is affected and how',
    variables,
    diagnosis,
    resolution,
    hasResolution: resolution.length > 0 || sections.some((s) => s.kind === 'resolution'),
    escalationWhen: escalationItems.length ? escalationItems : ['TODO: the situations that call for Tier 3'],
    collect: [],
  };
  draft.collect = diagnosis.filter((s) => s.run !== undefined).map((s) => s.run!).slice(0, 6);

  const bodyStart = split.kind === 'present' ? split.bodyStart : 0;
  let body = source.slice(bodyStart).replace(/^\s*\n/, '');
  // A fence left open would swallow everything appended after it.
  if ((body.match(/^ {0,3}(```|~~~)/gm) ?? []).length % 2 === 1) {
    body = `${body.trimEnd()}\n\`\`\`\n`;
    warnings.push({ line: source.slice(0, source.length).split('\n').length, column: 1, message: 'Closed a code block that was left open at the end of the file' });
  }
  if (!/^#{1,2}\s+[^\p{L}\p{N}]*prevention\b/imu.test(body)) body = `${body.trimEnd()}\n\n## Prevention\n\nTODO: what would keep this from happening again (an earlier alert, a limit, a capacity change).\n`;
  if (heading === undefined) body = `# ${title}\n\n${body}`;

  const outputPath = options.outputPath(id);
  let text = render(draft, body);
  let remaining: LintMessage[] = [];
  for (let round = 0; round < MAX_REPAIR_ROUNDS; round++) {
    const [result] = lintSources([{ filePath: outputPath, content: text }], { rules, severities: {}, now });
    remaining = (result?.messages ?? []).filter((m) => m.ruleId !== 'todo-marker');
    if (remaining.length === 0 || !repair(draft, text, outputPath, remaining, warnings)) break;
    text = render(draft, body);
  }
  const [final] = lintSources([{ filePath: outputPath, content: text }], { rules, severities: {}, now });
  remaining = (final?.messages ?? []).filter((m) => m.ruleId !== 'todo-marker');
  const todos = (final?.messages ?? []).filter((m) => m.ruleId === 'todo-marker').length;
  return { id, text, warnings: warnings.sort((a, b) => a.line - b.line || a.column - b.column), remaining, todos };
}

interface Draft {
  id: string;
  title: string;
  summary: string;
  alert: string | undefined;
  impact: string;
  variables: Map<string, DraftVariable>;
  diagnosis: DraftStep[];
  resolution: DraftStep[];
  hasResolution: boolean;
  escalationWhen: string[];
  collect: string[];
}

// Shell blocks become one step per command, PromQL blocks manual steps, `kubectl …` written inline in a paragraph a
// step too; the paragraph before each names the step. Other blocks stay in the body, with a warning.
function stepsOf(section: Section, phase: 'diagnosis' | 'resolution', declare: (found: FoundCommand) => void, warnings: ImportWarning[]): DraftStep[] {
  const steps: DraftStep[] = [];
  let context = '';
  const root: Root = { type: 'root', children: section.children };
  visit(root, (node: Node) => {
    if (node.type === 'heading') {
      context = oneLine(toString(node));
      return SKIP;
    }
    if (node.type === 'paragraph') {
      const paragraph = node as Paragraph;
      let before = '';
      for (const child of paragraph.children) {
        if (child.type === 'inlineCode' && isInlineCommand(child.value)) {
          const found = templatize(child.value.trim(), 0);
          declare(found);
          const title = titleFrom(before, found.command) ?? titleFrom(context, found.command);
          steps.push({ title: title ?? `Run \`${head(found.command)}\``, run: found.command, source: child.value, origin: originOf(child), expect: 'TODO: what the output shows' });
        }
        before += toString(child);
      }
      context = oneLine(toString(paragraph));
      return SKIP;
    }
    if (node.type !== 'code') return undefined;
    const code = node as Code;
    const origin = originOf(code);
    if (code.lang && /^promql$/i.test(code.lang)) {
      steps.push({ title: titleFrom(context, 'PromQL query') ?? 'Run the PromQL query in Prometheus', expect: `In Prometheus, query: ${oneLine(code.value)}`, origin });
      return SKIP;
    }
    if (!isShellBlock(code.lang, code.value)) {
      warnings.push({ ...origin, message: `Kept in the body only: a ${code.lang ? `\`${code.lang}\`` : 'code'} block under ${section.heading} that is not shell commands` });
      return SKIP;
    }
    const commands = commandsInBlock(code.value);
    if (commands.length === 0) warnings.push({ ...origin, message: `Kept in the body only: a shell block under ${section.heading} with no command in it` });
    const hasOutput = hasExampleOutput(code.value);
    const runnable = commands.filter((found) => {
      declare(found);
      return found.assigns === undefined;
    });
    runnable.forEach((found, k) => {
      const base = titleFrom(context, found.command) ?? `Run \`${head(found.command)}\``;
      steps.push({
        title: runnable.length > 1 ? `${base} (${k + 1} of ${runnable.length})` : base,
        run: found.command,
        source: code.value.split('\n')[found.lineInBlock]?.replace(/^\s*[$%>]\s+/, '').trim() ?? found.command,
        origin: { line: origin.line + 1 + found.lineInBlock, column: 1 },
        expect: hasOutput ? 'Compare with the example output shown in the body' : phase === 'diagnosis' ? 'TODO: what the output shows' : 'TODO: how to tell that it worked',
      });
    });
    return SKIP;
  });
  return steps;
}

function reportStrayCommands(section: Section, warnings: ImportWarning[]): void {
  const root: Root = { type: 'root', children: section.children };
  visit(root, 'code', (code: Code) => {
    if (isShellBlock(code.lang, code.value) && commandsInBlock(code.value).length > 0) {
      warnings.push({ ...originOf(code), message: `Kept in the body only: commands under ${section.heading ? `\`${section.heading}\`` : 'the introduction'}; steps are made from the Diagnosis and Mitigation sections` });
    }
  });
}

function render(draft: Draft, body: string): string {
  const ids = new Set<string>();
  const stepId = (step: DraftStep): string => {
    const base = (step.id ?? slug(step.title)) || 'step';
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    step.id = id;
    return id;
  };
  const stepData = (step: DraftStep) => ({
    id: stepId(step),
    title: step.title,
    ...(step.run !== undefined ? { run: step.run } : {}),
    ...(step.expect !== undefined ? { expect: step.expect } : {}),
    ...(step.confirm ? { confirm: true } : {}),
  });
  const diagnosis = draft.diagnosis.length ? draft.diagnosis : [{ id: 'read-the-diagnosis', title: 'Follow the checks in the Diagnosis section of the body', expect: 'TODO: turn the checks described there into steps with commands', origin: { line: 1, column: 1 } }];
  const resolutionSteps = draft.resolution.length ? draft.resolution : [{ id: 'follow-the-mitigation', title: 'Follow the Mitigation section of the body', expect: 'TODO: turn the mitigation into steps with commands', origin: { line: 1, column: 1 } }];
  const data = {
    id: draft.id,
    title: draft.title,
    summary: draft.summary,
    severity: 'medium',
    owner: 'TODO: the team that maintains this runbook',
    ...(draft.alert ? { alerts: [draft.alert] } : {}),
    ...(draft.variables.size ? { variables: Object.fromEntries(draft.variables) } : {}),
    symptoms: draft.alert ? [`The alert ${draft.alert} fires`] : ['TODO: what the operator sees'],
    impact: draft.impact,
    diagnosis: diagnosis.map(stepData),
    ...(draft.hasResolution
      ? { resolution: [{ cause: 'documented-mitigation', title: 'Apply the documented mitigation', when: 'TODO: how the operator recognises that this mitigation applies', steps: resolutionSteps.map(stepData) }] }
      : {}),
    escalation: { after: '30m', when: draft.escalationWhen, contact: 'TODO: who to escalate to', ...(draft.collect.length ? { collect: draft.collect } : {}) },
  };
  const yaml = stringify(data, { lineWidth: 0 })
    .replace(/^severity: medium$/m, 'severity: medium # TODO: the source does not say how bad this is')
    .replace(/^ {2}after: 30m$/m, '  after: 30m # TODO: how long Tier 2 works on it before escalating');
  return `---\n${yaml}---\n\n${body.replace(/^\n+/, '')}`;
}

// Applies the repair lint asks for to each finding it can; false when none could be repaired.
function repair(draft: Draft, text: string, outputPath: string, findings: LintMessage[], warnings: ImportWarning[]): boolean {
  const parsed = parseRunbook(outputPath, text);
  const within = (path: Path, m: LintMessage): boolean => {
    const span = parsed.locate.value(path);
    return span !== undefined && (m.line > span.start.line || (m.line === span.start.line && m.column >= span.start.column)) && (m.line < span.end.line || (m.line === span.end.line && m.column <= span.end.column));
  };
  let changed = false;
  const demoted = new Set<DraftStep>();
  for (const m of findings) {
    const diagnosisStep = draft.diagnosis.find((_, i) => within(['diagnosis', i], m));
    const resolutionStep = draft.resolution.find((_, i) => within(['resolution', 0, 'steps', i], m));
    const step = diagnosisStep ?? resolutionStep;
    if (step && step.run !== undefined && !demoted.has(step)) {
      if (m.ruleId === 'require-namespace' && !step.run.includes('-n {{namespace}}') && /\b(kubectl|oc)\s/.test(step.run)) {
        step.run = step.run.replace(/\b(kubectl|oc)\s/, '$1 -n {{namespace}} ');
        if (!draft.variables.has('namespace')) draft.variables.set('namespace', { description: 'TODO: the namespace to look in (the source named none)', type: 'k8s-name' });
        warnings.push({ ...step.origin, message: 'Added `-n {{namespace}}`: the command named no namespace, and would use whatever the kube context has' });
      } else if (m.ruleId === 'read-only-commands' && diagnosisStep) {
        draft.diagnosis.splice(draft.diagnosis.indexOf(step), 1);
        draft.resolution.push({ ...step, confirm: true });
        draft.hasResolution = true;
        warnings.push({ ...step.origin, message: `Moved to the resolution branch: ${m.message.replace(/; a command that changes.*$/, '')}` });
      } else {
        // A namespace added in an earlier round is moot now that the command is not run.
        const added = warnings.findIndex((w) => w.line === step.origin.line && w.column === step.origin.column && w.message.startsWith('Added `-n'));
        if (added >= 0) warnings.splice(added, 1);
        warnings.push({ ...step.origin, message: `Made a manual step (the command is kept in its \`expect\`): ${m.message}` });
        step.expect = `Run by hand, after checking it: ${step.source ?? step.run}`;
        delete step.run;
        delete step.confirm;
      }
      demoted.add(step);
      changed = true;
      continue;
    }
    const collected = draft.collect.findIndex((_, k) => within(['escalation', 'collect', k], m));
    if (collected >= 0) {
      draft.collect.splice(collected, 1);
      changed = true;
      continue;
    }
    const variable = [...draft.variables.keys()].find((name) => within(['variables', name], m) || parsed.locate.key(['variables', name])?.start.line === m.line);
    if (variable && m.ruleId === 'no-unused-variable') {
      draft.variables.delete(variable);
      changed = true;
    }
  }
  // Commands that became manual steps are collected no more either.
  draft.collect = draft.collect.filter((command) => draft.diagnosis.some((step) => step.run === command));
  return changed;
}

function readMeta(yaml: string): Record<string, unknown> {
  try {
    const data = loadYaml(yaml);
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function originOf(node: Node): Origin {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// The first sentence of the text before a command, as an instruction: "Check pod events via" → "Check pod events".
function titleFrom(text: string, command: string): string | undefined {
  let title = oneLine(text).split(/(?<=[.!?])\s/)[0] ?? '';
  title = title.replace(/[\s:,.;-]+$/, '').replace(/\s+(via|with|using|by running|by|run|running|the following( command)?|this( command)?|below|as follows)$/i, '').replace(/[\s:,;-]+$/, '');
  if (title.length < 4 || title === command) return undefined;
  if (title.length > 100) title = `${title.slice(0, 99).replace(/\s+\S*$/, '')}…`;
  return title;
}

function head(command: string): string {
  return command.split(/\s+/).slice(0, 4).join(' ');
}

/** `KubePodCrashLooping` → `kube-pod-crash-looping`, `etcdGRPCRequestsSlow` → `etcd-grpc-requests-slow`. */
export function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}

// At most 50 characters, cut at a word.
function slug(title: string): string {
  const words = kebab(title.normalize('NFKD').replace(/[A-Z]/g, (c) => c.toLowerCase()));
  return words.length <= 50 ? words : words.slice(0, 51).replace(/-[^-]*$/, '');
}

