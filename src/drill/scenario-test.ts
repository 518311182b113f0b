import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { InputError, RunbookError } from '../errors.js';
import type { LintMessage } from '../lint/result.js';
import { closest } from '../lint/suggest.js';
import { isRecord } from '../runbook/model.js';
import { parseRunbook } from '../runbook/parse.js';
import { matchBounded, regexTimeoutMessage } from '../runner/bounded-regex.js';
import { checkRunbook } from '../runner/check-runbook.js';
import { runCommand } from '../runner/exec.js';
import type { SessionEvent } from '../session/events.js';
import { JOURNAL_FILE, sessionDir } from '../session/files.js';
import { readJournal } from '../session/journal.js';
import { planRunbook } from '../runner/plan.js';
import { replay, valuesOf, type SessionState } from '../session/state.js';
import { runUnattended, type RunReport } from '../runner/unattended.js';
import { fillCommand } from '../runner/variables.js';
import { loadScenario, placeInScenario, scenarioPathFor, type Scenario } from '../sim/scenario.js';
import { startSimServer } from '../sim/server.js';

/** One thing `runbook test` checked: a step ran, an output matched, the evidence chose the expected cause. */
export interface ScenarioCheck {
  name: string;
  ok: boolean;
  /** Why it failed, with the output that shows it. */
  detail?: string;
}

export interface ScenarioTestResult {
  runbookPath: string;
  runbookId: string;
  scenarioPath: string;
  /** `skipped`: the runbook has no scenario. */
  status: 'passed' | 'failed' | 'skipped';
  checks: ScenarioCheck[];
  durationMs: number;
}

export interface ScenarioTestOptions {
  runbookPath: string;
  /** Default: `scenarios/<id>.yaml` beside the runbook. */
  scenarioPath?: string;
  version: string;
  /** Stored output per step; outputs past it keep head and tail, as in a walk. */
  maxOutputBytes?: number;
}

const DEFAULT_MAX_OUTPUT = 4 * 1024 * 1024;
const CHOICES_TIMEOUT_MS = 30_000;
const TAIL_LINES = 15;

// Runs a runbook unattended against its scenario: every diagnosis step, then the read-only steps of the expected
// cause (mutating ones are refused, as with --read-only). Checks what CI must know before an operator relies on
// the runbook: every command works, each pick list lists something, the expected outputs appear, and the evidence
// leads to the expected cause. Sessions go to a throwaway home; nothing is left behind.
export async function testRunbook(options: ScenarioTestOptions): Promise<ScenarioTestResult> {
  const started = Date.now();
  const runbookText = readFileSync(options.runbookPath, 'utf8');
  const runbook = parseRunbook(options.runbookPath, runbookText).data;
  const runbookId = isRecord(runbook) && typeof runbook.id === 'string' ? runbook.id : basename(options.runbookPath, '.md');
  const scenarioPath = options.scenarioPath ?? scenarioPathFor(dirname(options.runbookPath), runbookId);
  const result = (status: ScenarioTestResult['status'], checks: ScenarioCheck[]): ScenarioTestResult => ({
    runbookPath: options.runbookPath,
    runbookId,
    scenarioPath,
    status,
    checks,
    durationMs: Date.now() - started,
  });

  if (options.scenarioPath === undefined && !existsSync(scenarioPath)) return result('skipped', []);
  let scenario: Scenario;
  try {
    scenario = loadScenario(scenarioPath);
  } catch (error) {
    if (error instanceof RunbookError) return result('failed', [{ name: 'scenario loads', ok: false, detail: error.message }]);
    throw error;
  }
  const check = checkRunbook(options.runbookPath, runbookText);
  if (check.blocking.length > 0) {
    return result('failed', [{ name: 'runbook can be walked', ok: false, detail: check.blocking.map((m) => located(options.runbookPath, m)).join('\n') }]);
  }
  if (scenario.runbook !== runbookId) {
    return result('failed', [{ name: 'scenario belongs to the runbook', ok: false, detail: `${scenarioPath} drills \`${scenario.runbook}\`, not \`${runbookId}\`` }]);
  }
  const causes = planRunbook(runbook as Record<string, unknown>).branches.map((branch) => branch.cause);
  const expected = scenario.expect.cause;
  if (expected !== undefined && !causes.includes(expected)) {
    const near = closest(expected, causes);
    const detail = `${placeInScenario(scenarioPath, ['expect', 'cause'])}: expect.cause \`${expected}\` is not a cause of ${runbookId}${near ? `; did you mean \`${near}\`?` : ''} (its causes: ${causes.map((c) => `\`${c}\``).join(', ') || 'none'})`;
    return result('failed', [{ name: 'expect.cause names a branch of the runbook', ok: false, detail }]);
  }

  const home = mkdtempSync(join(tmpdir(), 'runbook-test-'));
  const server = await startSimServer({ scenario });
  try {
    let report: RunReport;
    try {
      report = await runUnattended({
        runbook: runbook as Record<string, unknown>,
        runbookPath: options.runbookPath,
        runbookText,
        home,
        vars: scenario.variables,
        ...(scenario.alert ? { alert: { file: scenarioPath, labels: scenario.alert.labels } } : {}),
        readOnly: true,
        ...(scenario.expect.cause ? { cause: scenario.expect.cause } : {}),
        maxOutputBytes: options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT,
        kube: { name: server.context, namespace: server.namespace },
        env: server.env,
        drill: scenarioPath,
        testing: true,
        operator: 'runbook test',
        host: hostname(),
        version: options.version,
      });
    } catch (error) {
      if (error instanceof RunbookError) return result('failed', [{ name: 'runbook starts against the scenario', ok: false, detail: startProblem(error) }]);
      throw error;
    }
    const folder = sessionDir(home, report.session);
    const events = readJournal(join(folder, JOURNAL_FILE)).events;
    const state = replay(events);
    const checks = [...stepChecks(report, state, folder), ...expectChecks(report, scenario, folder), evidenceCheck(report, scenario, events), ...observationChecks(runbook, scenario)];
    checks.push(...(await choicesChecks(runbook, state, folder, server.env)));
    return result(checks.every((c) => c.ok) ? 'passed' : 'failed', checks);
  } finally {
    await server.close();
    rmSync(home, { recursive: true, force: true });
  }
}

// In a test the values come from the scenario, not from flags: the problem is worded in its terms.
function startProblem(error: RunbookError): string {
  const problem = error instanceof InputError ? error.problem : undefined;
  const list = (names: readonly string[]): string => names.map((n) => `\`${n}\``).join(', ');
  if (problem?.kind === 'values-missing') return `No value for ${list(problem.names)}: a scenario sets such values under \`variables\``;
  if (problem?.kind === 'unknown-variable') {
    return `The scenario's \`variables\` set \`${problem.name}\`, which the runbook does not declare${problem.near ? `; did you mean \`${problem.near}\`?` : ''} (it declares ${list(problem.declared) || 'none'})`;
  }
  return `${error.message} (a scenario sets such values under \`variables\`)`;
}

function located(file: string, message: LintMessage): string {
  return `${file}:${message.line}:${message.column}: ${message.message}  ${message.ruleId}`;
}

/** Every step with a command must have run and succeeded; a step left out because a capture found nothing fails too. */
function stepChecks(report: RunReport, state: SessionState, folder: string): ScenarioCheck[] {
  const reasons = new Map(state.steps.map((step) => [step.id, step.reason]));
  const checks: ScenarioCheck[] = [];
  for (const step of report.steps) {
    const name = `${step.phase} step ${step.id}`;
    if (step.status === 'ok') checks.push({ name: `${name} exits 0`, ok: true });
    else if (step.status === 'failed' || step.status === 'timed-out') {
      const how = step.status === 'timed-out' ? 'timed out' : `exited ${step.exitCode}`;
      checks.push({ name: `${name} exits 0`, ok: false, detail: `\`${step.command}\` ${how}\n${tail(folder, step.outputFile)}` });
    } else if (step.status === 'skipped' && step.command === null && /no earlier step captured it/.test(reasons.get(step.id) ?? '')) {
      checks.push({ name: `${name} runs`, ok: false, detail: `${reasons.get(step.id)}: check that step's \`capture\` pattern against its output` });
    }
  }
  return checks;
}

/** The scenario's `expect.steps`: each named step ran and its output matches. */
function expectChecks(report: RunReport, scenario: Scenario, folder: string): ScenarioCheck[] {
  return Object.entries(scenario.expect.steps).map(([id, pattern]) => {
    const name = `output of ${id} matches /${pattern}/`;
    const step = report.steps.find((s) => s.id === id);
    if (!step) return { name, ok: false, detail: `the runbook has no step \`${id}\` on the walk to the expected cause` };
    if (!step.outputFile) return { name, ok: false, detail: `step \`${id}\` did not run (${step.status})` };
    const output = readFileSync(join(folder, step.outputFile), 'utf8');
    const match = matchBounded(pattern, output);
    if (match.kind === 'invalid') return { name, ok: false, detail: `not a valid regular expression: ${match.reason}` };
    if (match.kind === 'timeout') return { name, ok: false, detail: regexTimeoutMessage(`expect of step \`${id}\``, pattern, match.ms, output) };
    return match.kind === 'match' ? { name, ok: true } : { name, ok: false, detail: `the output does not match:\n${tail(folder, step.outputFile)}` };
  });
}

/** The evidence alone must lead to the expected cause: exactly that branch matches, or none when none is expected. */
function evidenceCheck(report: RunReport, scenario: Scenario, events: readonly SessionEvent[]): ScenarioCheck {
  const chosen = events.find((event) => event.type === 'cause-chosen');
  const suggested = chosen?.type === 'cause-chosen' ? chosen.suggested : report.cause ? [report.cause] : [];
  const expected = scenario.expect.cause;
  const name = expected ? `evidence selects ${expected}` : 'evidence selects no cause';
  const got = suggested.length === 0 ? 'none' : suggested.join(', ');
  if (expected ? suggested.length === 1 && suggested[0] === expected : suggested.length === 0) return { name, ok: true };
  return { name, ok: false, detail: `evidence selects ${got}` };
}

/** A drill shows an observation under its step: one for a step the runbook does not have would never be seen. */
function observationChecks(runbook: unknown, scenario: Scenario): ScenarioCheck[] {
  const names = Object.keys(scenario.observations);
  if (names.length === 0) return [];
  const plan = planRunbook(isRecord(runbook) ? runbook : {});
  const ids = new Set([...plan.diagnosis, ...plan.branches.flatMap((branch) => branch.steps)].map((step) => step.id));
  const unknown = names.filter((name) => !ids.has(name));
  const name = 'observations name steps of the runbook';
  return [unknown.length === 0 ? { name, ok: true } : { name, ok: false, detail: `no step ${unknown.map((id) => `\`${id}\``).join(', ')} in the runbook` }];
}

/** Each `choices_from` command, filled with the values the walk ended with, runs and lists at least one choice. */
async function choicesChecks(runbook: unknown, state: SessionState, folder: string, env: Record<string, string>): Promise<ScenarioCheck[]> {
  const variables = isRecord(runbook) && isRecord(runbook.variables) ? runbook.variables : {};
  const values = valuesOf(state);
  const checks: ScenarioCheck[] = [];
  let index = 0;
  for (const [name, variable] of Object.entries(variables)) {
    if (!isRecord(variable) || typeof variable.choices_from !== 'string') continue;
    const check = `choices_from of ${name} lists choices`;
    let command: string;
    try {
      command = fillCommand(variable.choices_from, values);
    } catch (error) {
      checks.push({ name: check, ok: false, detail: `${(error as Error).message}` });
      continue;
    }
    const outputFile = join(folder, `choices-${++index}.txt`);
    const ran = await runCommand({ command, env, timeoutMs: CHOICES_TIMEOUT_MS, outputFile, maxOutputBytes: 64 * 1024 });
    const output = readFileSync(outputFile, 'utf8');
    if (ran.exitCode !== 0) checks.push({ name: check, ok: false, detail: `\`${command}\` exited ${ran.exitCode ?? ran.signal}\n${lastLines(output)}` });
    else if (output.trim() === '') checks.push({ name: check, ok: false, detail: `\`${command}\` listed nothing` });
    else checks.push({ name: check, ok: true });
  }
  return checks;
}

function tail(folder: string, outputFile: string | null): string {
  if (!outputFile) return '(no output stored)';
  return lastLines(readFileSync(join(folder, outputFile), 'utf8'));
}

function lastLines(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  return lines.slice(-TAIL_LINES).join('\n') || '(no output)';
}
