import { RunbookError } from '../errors.js';
import type { Prompter } from '../runner/prompts.js';
import type { RunReport } from '../runner/unattended.js';
import { knownErrorText } from './exit.js';

export interface BundleOfferOptions {
  report: RunReport & { open?: boolean };
  /** A walk-through asks; an unattended run (`--yes`) only says what to run. */
  prompter?: Prompter;
  io: { cwd: string; stderr: NodeJS.WritableStream };
  /** Writes the bundle for the session and returns where; default: `runbook bundle <session>` in `io.cwd`. */
  write?: (sessionId: string) => Promise<string>;
}

/** Whether a finished walk is one to hand over: escalated, or (unattended) ended without resolving it. */
export function wantsBundle(report: BundleOfferOptions['report'], unattended: boolean): boolean {
  if (report.open) return false;
  return report.outcome === 'escalated' || (unattended && report.outcome === 'abandoned');
}

// At the end of an escalated walk, the bundle is one keypress away (default yes); without a human, the command
// to run is printed instead. `run`, `resume` and `drill` end the same way.
export async function offerBundle(options: BundleOfferOptions): Promise<string | undefined> {
  const { report } = options;
  const { stderr, cwd } = options.io;
  const command = `runbook bundle ${report.session}`;
  if (!options.prompter) {
    if (wantsBundle(report, true)) stderr.write(`To hand this over to Tier 3, write the escalation bundle: ${command}\n`);
    return undefined;
  }
  if (!wantsBundle(report, false)) return undefined;
  if (!(await options.prompter.confirm('Write the escalation bundle for Tier 3 now?', { default: true }))) {
    stderr.write(`Write it later with: ${command}\n`);
    return undefined;
  }
  try {
    const write = options.write ?? (async (id: string) => (await import('./bundle.js')).bundleSession(id, cwd));
    const path = await write(report.session);
    stderr.write(`Escalation bundle written: ${path}\nAttach it to the ticket; SUMMARY.md inside reads well pasted into it.\n`);
    return path;
  } catch (error) {
    // The walk itself is saved: a failed bundle must not turn it into a failure, only say how to retry.
    stderr.write(`Could not write the escalation bundle: ${error instanceof RunbookError ? knownErrorText(error) : error instanceof Error ? error.message : String(error)}\nTry again with: ${command}\n`);
    return undefined;
  }
}
