import type { RunCommandResult } from './exec.js';
/**
 * What the interactive runner prints: pure functions returning text, coloured only when asked.
 * Safety-relevant facts (a production context, a context the runbook is not written for, an overdue
 * escalation) are spelled out in words as well as in colour, so they survive NO_COLOR and a pasted log.
 */
import type { KubeContext } from '../kube/context.js';
import { looksLikeProduction, matchesContexts } from '../kube/context.js';
import type { PlannedStep } from './plan.js';

type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'green' | 'cyan' | 'inverse';
const CODES: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
  inverse: [7, 27],
};

/** Wraps text in ANSI styles when `color` is on; returns it unchanged otherwise. */
export function paint(text: string, styles: readonly Style[], color: boolean): string {
  if (!color || styles.length === 0) return text;
  return styles.reduce((out, style) => `\u001b[${CODES[style][0]}m${out}\u001b[${CODES[style][1]}m`, text);
}

/** `1h02m`, `4m05s`, `30m`, `12s`: elapsed times for the header. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return m === 0 ? `${h}h` : `${h}h${String(m).padStart(2, '0')}m`;
  if (m > 0) return s === 0 ? `${m}m` : `${m}m${String(s).padStart(2, '0')}s`;
  return `${s}s`;
}

export interface HeaderInput {
  title: string;
  kube: KubeContext;
  /** The runbook's `contexts` patterns, if any. */
  contexts?: readonly string[];
  elapsedMs: number;
  /** `escalation.after` in ms, if the runbook sets one. */
  escalateAfterMs?: number;
  color: boolean;
}

// Shown on every screen: which runbook, which cluster, how long this has been going on.
export function header(input: HeaderInput): string {
  const { kube, color } = input;
  const lines = [paint(`== ${input.title} ==`, ['bold'], color)];
  if (kube.name === undefined) {
    lines.push(paint(`!! NO KUBE CONTEXT: ${kube.problem ?? 'kubectl has no current context'} !!`, ['bold', 'red'], color));
  } else if (looksLikeProduction(kube.name)) {
    lines.push(`${paint(`!! PRODUCTION CONTEXT ${kube.name} !!`, ['bold', 'inverse', 'red'], color)}  namespace ${paint(kube.namespace, ['bold'], color)}`);
  } else {
    lines.push(`context ${paint(kube.name, ['bold'], color)}  namespace ${paint(kube.namespace, ['bold'], color)}`);
  }
  if (kube.name !== undefined && input.contexts && input.contexts.length > 0 && !matchesContexts(kube.name, input.contexts)) {
    lines.push(paint(`!! Context ${kube.name} is outside this runbook's contexts (${input.contexts.join(', ')}): check you are on the right cluster !!`, ['bold', 'yellow'], color));
  }
  const elapsed = formatDuration(input.elapsedMs);
  if (input.escalateAfterMs === undefined) {
    lines.push(paint(`elapsed ${elapsed}`, ['dim'], color));
  } else if (input.elapsedMs >= input.escalateAfterMs) {
    lines.push(paint(`elapsed ${elapsed}: PAST the ${formatDuration(input.escalateAfterMs)} escalation time`, ['bold', 'red'], color));
  } else {
    lines.push(paint(`elapsed ${elapsed} of ${formatDuration(input.escalateAfterMs)} before escalation`, ['dim'], color));
  }
  return `${lines.join('\n')}\n`;
}

/** What a step needs before it runs, in words. */
export function kindLine(step: PlannedStep, readOnly: boolean): string {
  switch (step.kind) {
    case 'manual':
      return 'Manual check: do it, then choose Done.';
    case 'read-only':
      return 'Read-only: runs on Run.';
    case 'tier3':
      return 'Tier 3 only: recorded for the handover, never run here.';
    case 'mutating':
      return readOnly
        ? `CHANGES the cluster (${step.reason ?? 'mutating'}): refused, this walk is read-only.`
        : `CHANGES the cluster (${step.reason ?? 'mutating'}): needs a typed confirmation${step.approval !== undefined ? ' and an approval' : ''}.`;
  }
}

export interface StepScreenInput {
  step: PlannedStep;
  /** 1-based, within its phase. */
  index: number;
  total: number;
  /** The command with values filled in; undefined for a manual step or one still missing a value. */
  command?: string;
  /** Why the command could not be filled in. */
  missing?: string;
  readOnly: boolean;
  color: boolean;
  /** In a drill: what the place the step points to (a dashboard, a console) would show. */
  observation?: string;
  /** Terminal columns: prose wraps at words to fit (default 80). Commands are never wrapped, so they copy whole. */
  width?: number;
  /** Titles of the runbook's steps by id: a step id named in "Look for" is shown with its title. */
  stepTitles?: ReadonlyMap<string, string>;
}

/** The default width of a screen, when the terminal does not say. */
export const SCREEN_WIDTH = 80;

/**
 * Greedy word wrap with a hanging indent: the first line starts with `first`, the others with `rest`. A word longer
 * than a line (a URL) stays whole on its own line rather than being cut.
 */
export function wrapWords(text: string, width: number, first: string, rest: string): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest + word;
    } else line = empty ? line + word : `${line} ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines;
}

// An author who writes "compare with step `restarts`" means a step the operator saw by its title, not its id.
function nameSteps(text: string, titles: ReadonlyMap<string, string> | undefined, self: string): string {
  if (!titles) return text;
  let out = text;
  for (const [id, title] of titles) {
    if (id === self) continue;
    const quoted = new RegExp(`(["'\`])${escapeRegex(id)}\\1`, 'g');
    out = out.replace(quoted, (match) => `${match} ("${title}")`);
    if (id.includes('-')) out = out.replace(new RegExp(`(?<![\\w"'\`-])${escapeRegex(id)}(?![\\w"'\`-])`, 'g'), (match) => `${match} ("${title}")`);
  }
  return out;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// One step: title, the exact command that would run, what to look for.
export function stepScreen(input: StepScreenInput): string {
  const { step, color } = input;
  const phase = step.phase === 'diagnosis' ? 'Diagnosis' : `Resolution (${step.cause ?? ''})`;
  const width = Math.max(40, input.width ?? SCREEN_WIDTH);
  const prose = (text: string, label: string, styles: Parameters<typeof paint>[1] = []): string[] =>
    wrapWords(text, width, `  ${label}`, ' '.repeat(2 + label.length)).map((line) => paint(line, styles, color));
  const lines = ['', ...wrapWords(`${phase} ${input.index}/${input.total}: ${step.title} (${step.id})`, width, '', '  ').map((line) => paint(line, ['bold', 'cyan'], color))];
  if (input.command !== undefined) lines.push(`  $ ${paint(input.command, ['bold'], color)}`);
  else if (step.template !== undefined) lines.push(`  $ ${step.template}`);
  if (input.missing) lines.push(...prose(input.missing, '', ['yellow']));
  const kind = kindLine(step, input.readOnly);
  lines.push(...prose(kind, '', step.kind === 'mutating' || step.kind === 'tier3' ? ['bold', 'yellow'] : ['dim']));
  if (step.sensitive) lines.push(...prose('Sensitive: its output is shown here and never stored.', '', ['dim']));
  if (step.expect) lines.push(...prose(nameSteps(step.expect, input.stepTitles, step.id), 'Look for: '));
  if (step.link) lines.push(`  See: ${step.link}`);
  if (input.observation) lines.push(...prose(input.observation.trim(), 'In this drill, that shows: ', ['cyan']));
  return `${lines.join('\n')}\n`;
}

// Said once when the session passes `escalation.after`: prominent, with the criteria to check.
export function escalationDue(input: { afterMs: number; when: readonly string[]; contact?: string; color: boolean; width?: number }): string {
  const width = Math.max(40, input.width ?? SCREEN_WIDTH);
  const lines = ['', paint(`!! This has taken longer than ${formatDuration(input.afterMs)}: time to consider escalating !!`, ['bold', 'inverse', 'red'], input.color)];
  if (input.when.length > 0) {
    lines.push('Escalate when:');
    for (const criterion of input.when) lines.push(...wrapWords(criterion, width, '  - ', '    '));
  }
  if (input.contact) lines.push(`Contact: ${input.contact}`);
  return `${lines.join('\n')}\n`;
}

/** The typed-confirmation screen for a mutating step. */
export function confirmationScreen(input: { word: string; color: boolean }): string {
  return `${paint(`This changes the cluster. To run it, type ${input.word} exactly (an empty answer goes back).`, ['bold', 'yellow'], input.color)}\n`;
}

/** A finished command in a few words. */
export function describeResult(result: RunCommandResult): string {
  const seconds = `${(result.durationMs / 1000).toFixed(1)}s`;
  if (result.cancelled) return `cancelled (Ctrl-C) after ${seconds}: the command was stopped`;
  if (result.timedOut) return `timed out after ${seconds}: the command was stopped`;
  const truncated = result.truncated ? `; output over the cap, ${result.bytes} bytes, stored head and tail` : '';
  if (result.exitCode === 0) return `ok (${seconds})${truncated}`;
  return `failed: ${result.exitCode === null ? `killed by ${result.signal ?? 'a signal'}` : `exit ${result.exitCode}`} (${seconds})${truncated}`;
}
