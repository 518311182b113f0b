import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { KubeContext } from '../kube/context.js';
import { matchesContexts } from '../kube/context.js';
import { isRecord, type LooseRunbook } from '../runbook/model.js';
import { suggestedCauses } from './evidence.js';
import { runCommand, type RunCommandResult } from './exec.js';
import { Journal, STEPS_DIR, stepOutputFile, type Phase, type SessionOutcome } from './journal.js';
import { planRunbook, type PlannedStep } from './plan.js';
import { ensurePrivateDir, newSessionId } from './session-home.js';
import { applyCapture, fillCommand, resolveVariables, validateValue } from './variables.js';

/** Everything `runbook run --yes` needs, already parsed by the CLI layer. */
export interface UnattendedOptions {
  runbook: LooseRunbook;
  runbookPath: string;
  runbookText: string;
  home: string;
  vars: Record<string, string>;
  alert?: { file: string; labels: Record<string, string> };
  readOnly: boolean;
  confirmMutating: boolean;
  cause?: string;
  maxOutputBytes: number;
  kube: KubeContext;
  env?: Record<string, string>;
  operator: string;
  host: string;
  version: string;
  signal?: AbortSignal;
  onOutput?: (chunk: Uint8Array, stream: 'stdout' | 'stderr') => void;
}

export type StepStatus = 'ok' | 'failed' | 'timed-out' | 'skipped' | 'refused' | 'needs-confirmation' | 'tier3' | 'interrupted' | 'cancelled';

/** One step in the `--json` report. */
export interface StepReport {
  id: string;
  phase: Phase;
  title: string;
  command: string | null;
  status: StepStatus;
  exitCode: number | null;
  durationMs: number | null;
  /** Relative to the session folder; null when nothing was stored (not run, or `sensitive`). */
  outputFile: string | null;
  truncated: boolean;
}

/** What `runbook run --yes --json` prints. */
export interface RunReport {
  session: string;
  runbook: string;
  outcome: SessionOutcome;
  cause: string | null;
  steps: StepReport[];
}

// The walk without a human: read-only steps run, mutating ones only with --confirm-mutating, nothing is asked.
export async function runUnattended(options: UnattendedOptions): Promise<RunReport> {
  const runbookId = typeof options.runbook.id === 'string' ? options.runbook.id : 'runbook';
  const plan = planRunbook(options.runbook);
  if (options.readOnly && options.confirmMutating) throw new UsageError('--confirm-mutating cannot be combined with --read-only');
  if (options.cause !== undefined && !plan.branches.some((b) => b.cause === options.cause)) {
    throw new UsageError(`Unknown cause \`${options.cause}\`; this runbook's causes are ${plan.branches.map((b) => `\`${b.cause}\``).join(', ') || 'none'}`);
  }
  const resolved = resolveVariables(options.runbook, { flags: options.vars, ...(options.alert ? { alert: options.alert.labels } : {}) });
  const captured = new Set([...plan.diagnosis, ...plan.branches.flatMap((b) => b.steps)].flatMap((step) => Object.keys(step.capture ?? {})));
  const missing = resolved.missing.filter((name) => !captured.has(name));
  if (missing.length > 0) throw new UsageError(`No value for ${missing.map((n) => `\`${n}\``).join(', ')}; pass --var name=value (nothing is prompted for with --yes)`);
  const variables = isRecord(options.runbook.variables) ? options.runbook.variables : {};
  for (const [name, value] of Object.entries(resolved.values)) {
    const problem = validateValue(name, isRecord(variables[name]) ? variables[name] : {}, value);
    if (problem) throw new UsageError(`${problem} (got \`${value}\` from ${resolved.sources[name]})`);
  }

  const sessionId = newSessionId();
  const journal = Journal.create(options.home, sessionId);
  const steps: StepReport[] = [];
  const values = { ...resolved.values };
  const outputs = new Map<string, string>();
  const evidenceSteps = new Set(plan.branches.flatMap((branch) => (branch.evidence ? [branch.evidence.step] : [])));
  let position = 0;
  let cancelled = false;
  try {
    journal.append({
      type: 'session-started',
      sessionId,
      runbook: { id: runbookId, path: options.runbookPath, sha256: createHash('sha256').update(options.runbookText).digest('hex'), title: String(options.runbook.title ?? runbookId) },
      operator: options.operator,
      host: options.host,
      kube: {
        context: options.kube.name ?? null,
        namespace: options.kube.namespace,
        contextMatches: matchesContexts(options.kube.name, Array.isArray(options.runbook.contexts) ? options.runbook.contexts.map(String) : undefined),
      },
      version: options.version,
      options: { readOnly: options.readOnly, yes: true, confirmMutating: options.confirmMutating, maxOutput: options.maxOutputBytes, ...(options.cause ? { cause: options.cause } : {}), ...(options.alert ? { alertFile: options.alert.file } : {}) },
    });
    journal.append({ type: 'variables-set', values: { ...resolved.values }, sources: { ...resolved.sources } });

    const walk = async (step: PlannedStep): Promise<void> => {
      position++;
      const report: StepReport = { id: step.id, phase: step.phase, title: step.title, command: null, status: 'skipped', exitCode: null, durationMs: null, outputFile: null, truncated: false };
      steps.push(report);
      if (cancelled) {
        report.status = 'cancelled';
        return;
      }
      if (step.kind === 'tier3') {
        report.status = 'tier3';
        journal.append({ type: 'step-tier3', step: step.id, title: step.title });
        return;
      }
      if (step.kind === 'manual' || step.template === undefined) {
        journal.append({ type: 'step-skipped', step: step.id, reason: 'a manual check: nobody is there to do it with --yes' });
        return;
      }
      let command: string;
      try {
        command = fillCommand(step.template, values);
      } catch (error) {
        journal.append({ type: 'step-skipped', step: step.id, reason: `${(error as Error).message}: no earlier step captured it` });
        return;
      }
      report.command = command;
      if (step.kind === 'mutating') {
        if (options.readOnly) {
          report.status = 'refused';
          journal.append({ type: 'step-refused', step: step.id, reason: `--read-only: ${step.reason ?? 'changes something'}` });
          return;
        }
        if (!options.confirmMutating) {
          report.status = 'needs-confirmation';
          journal.append({ type: 'step-needs-confirmation', step: step.id });
          return;
        }
        journal.append({ type: 'confirmation', step: step.id, typed: '--confirm-mutating' });
      }
      const relative = stepOutputFile(position, step.id, 1);
      journal.append({ type: 'step-started', step: step.id, phase: step.phase, title: step.title, command, attempt: 1 });
      const result = await runCommand({
        command,
        timeoutMs: step.timeoutMs,
        outputFile: join(journal.dir, relative),
        maxOutputBytes: options.maxOutputBytes,
        ...(options.env ? { env: options.env } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.onOutput ? { onOutput: options.onOutput } : {}),
      });
      // Output is read back only for what needs it (evidence, captures): a step may have printed gigabytes.
      const output = step.capture || evidenceSteps.has(step.id) ? readFileSync(result.outputFile, 'utf8') : '';
      // A sensitive step's output feeds evidence and captures in memory, and is never kept.
      if (step.sensitive) rmSync(result.outputFile, { force: true });
      if (evidenceSteps.has(step.id)) outputs.set(step.id, output);
      const found = applyCapture(step.capture, output);
      report.status = statusOf(result);
      report.exitCode = result.exitCode;
      report.durationMs = Math.round(result.durationMs);
      report.outputFile = step.sensitive ? null : relative;
      report.truncated = result.truncated;
      journal.append({
        type: 'step-finished',
        step: step.id,
        attempt: 1,
        status: report.status === 'ok' ? 'ok' : (report.status as 'failed' | 'timed-out' | 'cancelled'),
        exitCode: result.exitCode,
        signal: result.signal,
        durationMs: report.durationMs,
        outputFile: report.outputFile,
        bytes: result.bytes,
        truncated: result.truncated,
      });
      if (Object.keys(found).length > 0) {
        Object.assign(values, found);
        journal.append({ type: 'variables-set', values: found, sources: Object.fromEntries(Object.keys(found).map((name) => [name, 'capture' as const])) });
      }
      if (result.cancelled) cancelled = true;
    };

    ensurePrivateDir(join(journal.dir, STEPS_DIR));
    for (const step of plan.diagnosis) await walk(step);

    const suggested = suggestedCauses(plan.branches, outputs);
    const cause = options.cause ?? (suggested.length === 1 ? suggested[0] : undefined);
    let outcome: SessionOutcome = 'abandoned';
    if (cause !== undefined && !cancelled) {
      journal.append({ type: 'cause-chosen', cause, suggested });
      for (const step of plan.branches.find((b) => b.cause === cause)?.steps ?? []) await walk(step);
      outcome = steps.every((s) => s.phase !== 'resolution' || ['ok', 'tier3', 'skipped'].includes(s.status)) ? 'resolved' : 'abandoned';
    } else if (!cancelled) {
      const why = suggested.length === 0 ? 'no branch\'s evidence matched' : `the evidence matched several branches (${suggested.join(', ')})`;
      journal.append({ type: 'note', text: `No cause chosen: ${why}; pass --cause to pick one` });
    }
    journal.append({ type: 'session-ended', outcome });
    return { session: sessionId, runbook: runbookId, outcome, cause: cause ?? null, steps };
  } finally {
    journal.close();
  }
}

function statusOf(result: RunCommandResult): StepStatus {
  if (result.cancelled) return 'cancelled';
  if (result.timedOut) return 'timed-out';
  return result.exitCode === 0 ? 'ok' : 'failed';
}

/** The exit code for a finished run: 0 when every step that ran succeeded, 1 when one failed, 130 when cancelled. */
export function exitCodeOf(report: RunReport): number {
  if (report.steps.some((s) => s.status === 'cancelled')) return 130;
  return report.steps.some((s) => s.status === 'failed' || s.status === 'timed-out') ? 1 : 0;
}
