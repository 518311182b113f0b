import { shellQuote } from '../kube/index.js';
import { InputError, UsageError } from '../errors.js';
import { closest } from '../lint/suggest.js';
import { variablesOf, type LooseRunbook, type Variable } from '../runbook/model.js';
import { findPlaceholders } from '../runbook/placeholders.js';
import { matchBounded, regexTimeoutMessage } from './bounded-regex.js';
import type { VariableSource } from '../session/events.js';

export type { VariableSource } from '../session/events.js';

/** Values found so far and where each came from; `missing` still needs a prompt (or is an error with `--yes`). */
export interface ResolvedVariables {
  values: Record<string, string>;
  sources: Record<string, VariableSource>;
  missing: string[];
}

/** DNS-1123 subdomain: what most Kubernetes object names must be. */
const K8S_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

// `--var` beats the alert, the alert beats a capture, a capture beats the context's namespace, which beats the
// default; what is left is prompted for.
export function resolveVariables(
  runbook: LooseRunbook,
  inputs: { flags?: Record<string, string>; alert?: Record<string, string>; captured?: Record<string, string>; contextNamespace?: string },
): ResolvedVariables {
  const resolved: ResolvedVariables = { values: {}, sources: {}, missing: [] };
  const declared = variablesOf(runbook);
  checkFlagNames(Object.keys(inputs.flags ?? {}), [...declared.keys()]);
  for (const [name, variable] of declared) {
    const candidates: [VariableSource, string | undefined][] = [
      ['flag', inputs.flags?.[name]],
      ['alert', inputs.alert?.[name]],
      ['capture', inputs.captured?.[name]],
      // The namespace the operator's context is set to is where they are working; the runbook's is a guess.
      ['context', name === 'namespace' ? inputs.contextNamespace : undefined],
      ['default', variable.default === undefined ? undefined : String(variable.default)],
    ];
    const found = candidates.find(([, value]) => value !== undefined);
    if (found) {
      resolved.values[name] = found[1]!;
      resolved.sources[name] = found[0];
    } else {
      resolved.missing.push(name);
    }
  }
  return resolved;
}

// A misspelt `--var` would otherwise be ignored while the default it meant to replace is used.
function checkFlagNames(names: readonly string[], declared: readonly string[]): void {
  const unknown = names.find((name) => !declared.includes(name));
  if (unknown === undefined) return;
  const near = closest(unknown, declared);
  throw new InputError({ kind: 'unknown-variable', name: unknown, ...(near ? { near } : {}), declared: [...declared] });
}

/** Why `value` is not acceptable for `variable`, or undefined when it is. */
export function validateValue(name: string, variable: Partial<Variable>, value: string): string | undefined {
  switch (variable.type ?? 'string') {
    case 'k8s-name':
      if (value.length > 253 || !K8S_NAME.test(value)) {
        return `\`${name}\` must be a Kubernetes name: lower-case letters, digits, '-' and '.', starting and ending with a letter or digit`;
      }
      return undefined;
    case 'integer':
      return /^-?\d+$/.test(value) ? undefined : `\`${name}\` must be a whole number`;
    case 'enum': {
      const choices = (variable.choices ?? []).map(String);
      return choices.includes(value) ? undefined : `\`${name}\` must be one of ${choices.map((c) => `\`${c}\``).join(', ')}`;
    }
    default:
      return value.includes('\0') ? `\`${name}\` must not contain a NUL character` : undefined;
  }
}

/** Refuses the first supplied value its variable's type rejects, saying where the value came from. */
export function checkValues(runbook: LooseRunbook, values: Record<string, string>, sources: Record<string, VariableSource>): void {
  const declared = variablesOf(runbook);
  for (const [name, value] of Object.entries(values)) {
    const problem = validateValue(name, declared.get(name) ?? {}, value);
    if (problem) throw new UsageError(`${problem} (got \`${value}\` from ${sources[name] ?? 'the session'})`);
  }
}

// One pass over the template: a value that itself contains `{{...}}` is inserted literally, never expanded again.
export function fillCommand(template: string, values: Record<string, string>): string {
  let out = '';
  let at = 0;
  for (const placeholder of findPlaceholders(template)) {
    const value = values[placeholder.name];
    if (value === undefined) throw new UsageError(`No value for \`{{${placeholder.name}}}\``);
    out += template.slice(at, placeholder.start) + shellQuote(value);
    at = placeholder.end;
  }
  return out + template.slice(at);
}

// Alertmanager sends a webhook payload (`alerts[]`, `commonLabels`) or, from amtool and the API, one alert.
export function labelsFromAlert(payload: unknown, source: string): Record<string, string> {
  const record = (value: unknown): Record<string, unknown> | undefined => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined);
  const root = record(payload);
  const alerts = Array.isArray(root?.alerts) ? root.alerts : Array.isArray(payload) ? payload : undefined;
  const first = record(alerts?.[0]);
  const labels = { ...record(root?.commonLabels), ...record(first?.labels ?? root?.labels) };
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(labels)) if (typeof value === 'string') out[name] = value;
  if (Object.keys(out).length === 0) throw new UsageError(`${source}: no alert labels found; expected an Alertmanager webhook payload or a single alert with \`labels\``);
  return out;
}

/**
 * Values a step's `capture` patterns find in its output: the first match's first group, per variable. A pattern
 * that runs out of time captures nothing and is reported to `problems`.
 */
export function applyCapture(capture: unknown, output: string, problems?: string[]): Record<string, string> {
  const found: Record<string, string> = {};
  if (typeof capture !== 'object' || capture === null) return found;
  for (const [name, pattern] of Object.entries(capture)) {
    if (typeof pattern !== 'string') continue;
    // An invalid pattern is lint's to report; a run does not stop for it.
    const match = matchBounded(pattern, output);
    if (match.kind === 'timeout') problems?.push(`${regexTimeoutMessage(`capture of \`${name}\``, pattern, match.ms, output)}; \`${name}\` not captured`);
    const group = match.kind === 'match' ? match.groups[1] : undefined;
    if (group !== undefined && group !== '') found[name] = group;
  }
  return found;
}
