// `runbook run --yes` through the real CLI: the runner's own cost per step, and a step that prints 1 GiB,
// each against what a user would otherwise run (a shell loop; `head > file`), in the same run.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare, printTable, verdict } from './measure.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');
const NODE = process.execPath;
const STEPS = 100;
const GIB = 1024 * 1024 * 1024;

function runbook(id, steps) {
  return [
    '---',
    `id: ${id}`,
    'title: Benchmark',
    'summary: Measures the runner.',
    'severity: low',
    'owner: bench',
    'symptoms: [none]',
    'diagnosis:',
    ...steps.flatMap((run, i) => [`  - id: step-${i + 1}`, `    title: Step ${i + 1}`, `    run: ${run}`, '    timeout: 10m']),
    'escalation: { after: 15m, when: [never] }',
    '---',
    '# Benchmark',
    '',
    '## Prevention',
    '',
    'None.',
    '',
  ].join('\n');
}

export async function run() {
  const work = mkdtempSync(join(tmpdir(), 'runbook-bench-run-'));
  const env = { RUNBOOK_HOME: join(work, 'home'), KUBECONFIG: join(work, 'no-kubeconfig') };
  try {
    mkdirSync(join(work, 'runbooks'));
    writeFileSync(join(work, 'runbooks', 'many-steps.md'), runbook('many-steps', Array(STEPS).fill('"true"')));
    writeFileSync(join(work, 'runbooks', 'big-output.md'), runbook('big-output', [`head -c ${GIB} /dev/zero`]));

    const loop = `for i in $(seq ${STEPS}); do bash -c true; done`;
    const steps = await compare(
      [
        { name: `runbook run --yes (${STEPS} \`true\` steps)`, command: NODE, args: [CLI, 'run', 'many-steps', '--yes', '--json'], cwd: work, env, expectCodes: [0] },
        { name: 'runbook --version (start-up alone)', command: NODE, args: [CLI, '--version'], cwd: work, env, expectCodes: [0] },
        { name: `bash loop: ${STEPS} × bash -c true`, command: 'bash', args: ['-c', loop], cwd: work, expectCodes: [0] },
      ],
      5,
    );
    const perStep = (steps[0].ms - steps[1].ms - steps[2].ms) / STEPS;
    printTable(`Runner overhead (median of 5); per step beyond the commands and start-up: ${perStep.toFixed(1)} ms`, steps);
    let ok = verdict('runner overhead per step / 15 ms', perStep / 15, 1);

    const big = await compare(
      [
        { name: 'runbook run --yes: one step printing 1 GiB', command: NODE, args: [CLI, 'run', 'big-output', '--yes', '--json'], cwd: work, env, expectCodes: [0] },
        { name: 'head -c 1GiB /dev/zero > file', command: 'sh', args: ['-c', `head -c ${GIB} /dev/zero > ${join(work, 'out')}`], expectCodes: [0] },
      ],
      3,
    );
    printTable('A step that prints 1 GiB, stored capped to 16 MiB (median of 3)', big);
    ok = verdict('runner time / head > file time', big[0].ms / big[1].ms, 2) && ok;
    ok = verdict('runner peak memory / 150 MiB', big[0].mib / 150, 1) && ok;
    return ok;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
