/**
 * What stands between an operator and a change: the approval a step asks for, the server's dry run of the
 * command, and the name of what changes typed back. Each is journaled before the change runs.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { classifyCommand, withServerDryRun } from '../kube/index.js';
import type { PlannedStep } from '../session/events.js';
import { dryRunOutputFile } from '../session/files.js';
import type { SessionRecord } from '../session/record.js';
import { stepStateOf } from '../session/state.js';
import type { RunCommandResult } from './exec.js';
import { notEmpty, type Prompter } from './prompts.js';
import { confirmationScreen, describeResult } from './screen.js';
import { statusOf } from './step-run.js';

const DRY_RUN_SUMMARY_CHARS = 500;

/** What the confirmation needs from the walk that asks it. */
export interface ChangeConfirmationHost {
  record: SessionRecord;
  prompter: Prompter;
  /** The namespace commands run in, typed to confirm a change that names no object. */
  namespace: string;
  color: boolean;
  write(text: string): void;
  runOne(command: string, outputFile: string, timeoutMs: number, showOutput: boolean): Promise<RunCommandResult>;
}

// Approval, then the server's dry run, then the operator types the name of what changes; false: not confirmed.
export async function confirmChange(host: ChangeConfirmationHost, step: PlannedStep, command: string, attempt: number): Promise<boolean> {
  if (step.approval !== undefined && !stepStateOf(host.record.state, step.id)?.approval) {
    host.write(`This step needs an approval${typeof step.approval === 'string' ? ` (${step.approval})` : ''}.\n`);
    const approver = await host.prompter.input('Who approved this change?', { validate: notEmpty('The approver') });
    const reason = await host.prompter.input('Why was it approved?', { validate: notEmpty('The reason') });
    host.record.append({ type: 'approval', step: step.id, approver, reason });
  }
  let dryRun: string | undefined;
  const preview = withServerDryRun(command);
  if (preview !== undefined) {
    host.write(`\nServer-side dry run first (nothing changes):\n$ ${preview}\n`);
    const file = join(host.record.dir, dryRunOutputFile(step.position, step.id, attempt));
    const result = await host.runOne(preview, file, step.timeoutMs, true);
    const text = readFileSync(file, 'utf8');
    if (step.sensitive) rmSync(file, { force: true });
    host.write(`\n-> dry run: ${describeResult(result)}\n`);
    if (statusOf(result) !== 'ok') host.write('The dry run did not succeed: the change itself will probably fail too.\n');
    const tail = step.sensitive ? '' : `: ${text.trim().split('\n').slice(-3).join(' | ')}`;
    dryRun = `${preview} -> ${describeResult(result)}${tail}`.slice(0, DRY_RUN_SUMMARY_CHARS);
  }
  const word = confirmationWord(command, host.namespace, step.id);
  host.write(confirmationScreen({ word, color: host.color }));
  const typed = await host.prompter.input(`Type ${word} to run this change`, {
    validate: (value) => (value === '' || value === word ? undefined : `That is not \`${word}\`: type ${word} exactly, or nothing to go back`),
  });
  if (typed === '') return false;
  host.record.append({ type: 'confirmation', step: step.id, typed, ...(dryRun !== undefined ? { dryRun } : {}) });
  return true;
}

/**
 * What the operator types to confirm a change: the name of the object it changes (`deployment/web` → `web`),
 * else its namespace, else (not kubectl) the step's id.
 */
export function confirmationWord(command: string, namespace: string, stepId: string): string {
  const culprit = classifyCommand(command).commands.find((c) => c.safety === 'mutating');
  const kubectl = culprit?.kubectl;
  if (!kubectl) return stepId;
  const [first, second] = kubectl.positionals;
  let name: string | undefined;
  if (first?.includes('/')) name = first.slice(first.lastIndexOf('/') + 1);
  else if (second !== undefined && !second.includes('=')) name = second;
  else if (first !== undefined && kubectl.resources.length === 0) name = first;
  if (name && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) return name;
  return kubectl.namespace ?? namespace;
}
