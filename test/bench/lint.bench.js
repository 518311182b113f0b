// `runbook lint` against markdownlint-cli2 on the same files, in the same run: throughput, memory, the cache, start-up.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare, printTable, verdict } from './measure.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');
const MARKDOWNLINT = join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'prometheus-operator__runbooks', 'content');
const NODE = process.execPath;
const COPIES = 10;

export async function run() {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const work = mkdtempSync(join(tmpdir(), 'runbook-bench-'));
  try {
    // The shared corpus, or (in a clone without it) the shipped runbooks, replicated past 1,000 files.
    const sources = existsSync(CORPUS) ? [CORPUS] : [join(ROOT, 'runbooks')];
    if (!existsSync(CORPUS)) console.log(`note: ${CORPUS} is not beside this clone; replicating the shipped runbooks instead`);
    const perCopy = sources.reduce((n, dir) => n + readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.md')).length, 0);
    const copies = Math.max(COPIES, Math.ceil(1000 / perCopy));
    for (let i = 0; i < copies; i++) for (const source of sources) cpSync(source, join(work, 'runbooks', `copy-${i}`, String(sources.indexOf(source))), { recursive: true });
    mkdirSync(join(work, 'runbooks'), { recursive: true });
    const files = perCopy * copies;

    const lintArgs = [CLI, 'lint', '--format', 'json', 'runbooks'];
    const cold = await compare(
      [
        { name: 'runbook lint (cold)', command: NODE, args: lintArgs, cwd: work, expectCodes: [0, 1] },
        { name: 'markdownlint-cli2', command: NODE, args: [MARKDOWNLINT, 'runbooks/**/*.md'], cwd: work, expectCodes: [0, 1] },
      ],
      5,
    );
    printTable(`Lint ${files} files (median of 5)`, cold.map((row) => ({ ...row, 'files/s': (files / row.ms) * 1000 })), ['files/s']);
    let ok = verdict('runbook lint time / markdownlint-cli2 time', cold[0].ms / cold[1].ms, 0.5);
    ok = verdict('runbook lint peak memory / 150 MiB', cold[0].mib / 150, 1) && ok;

    const cacheLocation = join(work, '.runbook-lint-cache');
    await compare([{ name: 'fill the cache', command: NODE, args: [...lintArgs, '--cache'], cwd: work, expectCodes: [0, 1] }], 1);
    const cached = await compare(
      [
        { name: 'runbook lint (cold)', command: NODE, args: lintArgs, cwd: work, expectCodes: [0, 1] },
        { name: 'runbook lint --cache (unchanged tree)', command: NODE, args: [...lintArgs, '--cache'], cwd: work, expectCodes: [0, 1] },
      ],
      5,
    );
    printTable(`Cache on ${files} unchanged files (median of 5)`, cached);
    ok = verdict('cold time / cached time', cached[0].ms / cached[1].ms, 20, 'higher') && ok;
    rmSync(cacheLocation, { force: true });

    const one = join(ROOT, 'runbooks', 'pod-oom-restart-loop.md');
    const startup = await compare(
      [
        { name: 'node -e 0', command: NODE, args: ['-e', '0'] },
        { name: 'runbook lint <one file>', command: NODE, args: [CLI, 'lint', one], expectCodes: [0] },
      ],
      20,
    );
    printTable('Start-up: one file (median of 20)', startup);
    ok = verdict('runbook lint one file / node -e 0', startup[1].ms / startup[0].ms, 3) && ok;
    return ok;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
