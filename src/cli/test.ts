import { formatJunit } from '../drill/report-junit.js';
import { formatTap } from '../drill/report-tap.js';
import { testRunbooks } from '../drill/test-runbooks.js';
import { UsageError } from '../errors.js';
import { findOnPath, KUBECTL_MISSING } from '../kube/on-path.js';
import { VERSION } from '../version.js';
import { resolve } from 'node:path';
import { writeFileAtomic } from './write-file.js';

export interface TestFlags {
  format?: 'tap' | 'junit';
  outputFile?: string;
  scenario?: string;
  concurrency?: string;
}

/** `runbook test [paths]`: every runbook with a scenario, run against it; exit 0 all pass, 1 a failure, 2 usage. */
export async function testCommand(paths: string[], flags: TestFlags, io: { cwd: string; stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }): Promise<number> {
  const concurrency = flags.concurrency === undefined ? undefined : Number(flags.concurrency);
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1)) throw new UsageError(`--concurrency: expected a whole number from 1, got \`${flags.concurrency}\``);
  if (!findOnPath('kubectl')) throw new UsageError(KUBECTL_MISSING);
  const { loadConfig } = await import('../config/load.js');
  const config = loadConfig(io.cwd);
  const results = await testRunbooks({
    paths: paths.length > 0 ? paths : [resolve(config.dir, config.config.runbooksDir ?? 'runbooks')],
    cwd: io.cwd,
    ...(config.config.ignore ? { ignore: config.config.ignore, ignoreBase: config.dir } : {}),
    ...(flags.scenario !== undefined ? { scenario: flags.scenario } : {}),
    ...(concurrency !== undefined ? { concurrency } : {}),
    version: VERSION,
  });
  const report = flags.format === 'junit' ? formatJunit(results, io.cwd) : formatTap(results, io.cwd);
  if (flags.outputFile) writeFileAtomic(resolve(io.cwd, flags.outputFile), report);
  else io.stdout.write(report);
  if (flags.outputFile && flags.format === 'junit') io.stdout.write(formatTap(results, io.cwd));
  return results.some((r) => r.status === 'failed') ? 1 : 0;
}
