/**
 * `escalation.collect`: the read-only commands whose output Tier 3 wants with an escalation, run at the end of a
 * walk that escalates (or, unattended, ends unresolved). A command that is not read-only, or lacks a value, is
 * noted in the journal instead of run.
 */
import { join } from 'node:path';
import { classifyCommand } from '../kube/index.js';
import { collectedOutputFile, COLLECTED_DIR } from '../session/files.js';
import { ensurePrivateDir } from '../session/home.js';
import type { SessionRecord } from '../session/record.js';
import { valuesOf } from '../session/state.js';
import { runCommand, type RunCommandResult } from './exec.js';
import { DEFAULT_TIMEOUT_MS } from './plan.js';
import { fillCommand } from './variables.js';

export interface CollectOptions {
  record: SessionRecord;
  commands: readonly string[];
  maxOutputBytes: number;
  env?: Record<string, string>;
  signal?: AbortSignal;
  /** Each command as it starts, and how it ended, for a screen to show. */
  onStart?: (command: string) => void;
  onEnd?: (result: RunCommandResult) => void;
  onOutput?: (chunk: Uint8Array) => void;
}

export async function collectForEscalation(options: CollectOptions): Promise<void> {
  const { record } = options;
  if (options.commands.length === 0) return;
  ensurePrivateDir(join(record.dir, COLLECTED_DIR));
  const values = valuesOf(record.state);
  for (const [n, template] of options.commands.entries()) {
    if (options.signal?.aborted) return;
    let command: string;
    try {
      command = fillCommand(template, values);
    } catch (error) {
      record.append({ type: 'note', text: `Not collected: \`${template}\`: ${(error as Error).message}` });
      continue;
    }
    const classification = classifyCommand(command);
    if (classification.safety !== 'read-only') {
      record.append({ type: 'note', text: `Not collected: \`${command}\` is not read-only (${classification.reason})` });
      continue;
    }
    const relative = collectedOutputFile(n + 1);
    options.onStart?.(command);
    const result = await runCommand({
      command,
      timeoutMs: DEFAULT_TIMEOUT_MS,
      outputFile: join(record.dir, relative),
      maxOutputBytes: options.maxOutputBytes,
      ...(options.env ? { env: options.env } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onOutput ? { onOutput: options.onOutput } : {}),
    });
    options.onEnd?.(result);
    record.append({ type: 'collected', command, outputFile: relative, exitCode: result.exitCode });
  }
}
