import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import { formatScore } from '../drill/score.js';
import { UsageError } from '../errors.js';
import { findOnPath, KUBECTL_MISSING } from '../kube/on-path.js';
import { runbookHome } from '../session/home.js';
import { parseVarFlags } from './var-flags.js';
import { loadScenario, scenarioPathFor } from '../sim/scenario.js';
import { paint } from '../runner/screen.js';
import { shippedRunbooksDir } from '../package-root.js';
import { VERSION } from '../version.js';
import { offerBundle } from './bundle-offer.js';
import { parseSize } from './size.js';
import { DEFAULT_MAX_OUTPUT, loadWalkableRunbook, operatorName, walkScreen, type WalkIO } from './walk.js';

export interface DrillFlags {
  scenario?: string;
  var?: string[];
  readOnly?: boolean;
  maxOutput?: string;
  port?: string;
}

/** `runbook drill <id|path>`: the walk-through against the simulated cluster, scored at the end. */
export async function drillCommand(idOrPath: string, flags: DrillFlags, io: WalkIO): Promise<number> {
  const port = flags.port === undefined ? undefined : parsePort(flags.port);
  if (!findOnPath('kubectl')) throw new UsageError(KUBECTL_MISSING);
  // The shipped runbooks and their scenarios are the embedded default: a drill works from any folder.
  const shippedDir = shippedRunbooksDir();
  const { found, runbookData } = await loadWalkableRunbook(idOrPath, io, shippedDir === undefined ? {} : { shippedDir });
  const id = typeof runbookData.id === 'string' ? runbookData.id : idOrPath;
  const scenarioPath = flags.scenario !== undefined ? resolve(io.cwd, flags.scenario) : scenarioPathFor(dirname(found.path), id);
  if (!existsSync(scenarioPath)) {
    const shown = relative(io.cwd, scenarioPath) || scenarioPath;
    throw new UsageError(`No scenario for \`${id}\`: expected ${shown} (docs/simulated-cluster.md says how to write one), or pass --scenario FILE`);
  }
  const scenario = loadScenario(scenarioPath);
  if (scenario.runbook !== id) throw new UsageError(`${relative(io.cwd, scenarioPath) || scenarioPath} is a scenario for \`${scenario.runbook}\`, not \`${id}\``);

  // Checked after the runbook and its scenario, so CI can still tell a broken drill from a missing terminal.
  if (!process.stdin.isTTY) throw new UsageError('a drill is a walk-through for a person at a terminal; in CI, `runbook test` runs runbooks against their scenarios');
  const { runDrill } = await import('../drill/drill.js');
  const screen = await walkScreen({}, io);
  const { report, score } = await runDrill({
    ...screen,
    scenario,
    ...(port !== undefined ? { port } : {}),
    runbook: runbookData,
    runbookPath: found.path,
    runbookText: found.text,
    home: runbookHome(),
    vars: parseVarFlags(flags.var ?? []),
    readOnly: flags.readOnly === true,
    maxOutputBytes: flags.maxOutput === undefined ? DEFAULT_MAX_OUTPUT : parseSize('--max-output', flags.maxOutput),
    operator: operatorName(),
    host: hostname(),
    version: VERSION,
  });
  const style = (styles: Parameters<typeof paint>[1]) => (text: string) => paint(text, styles, screen.color);
  screen.output.write(formatScore(score, { good: style(['green']), bad: style(['red']), bold: style(['bold']) }));
  // Handing over is part of the drill: the bundle is what Tier 3 would get.
  await offerBundle({ report, prompter: screen.prompter, io });
  if (report.open) return 130;
  return score.passed ? 0 : 1;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) throw new UsageError(`--port: expected a port number from 1 to 65535, got \`${value}\``);
  return port;
}
