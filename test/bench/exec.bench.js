// runCommand capturing a step that prints 1 GiB, against `head > file` writing the same stream, in the same run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { compare, printTable, verdict } from './measure.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NODE = join(ROOT, 'node_modules/node/bin/node');
const GIB = 1024 * 1024 * 1024;
const CAP = 16 * 1024 * 1024;
const RUNS = 3;

// The driver runs one capture and exits non-zero unless it saw every byte and kept the cap.
const DRIVER = `
import { statSync } from 'node:fs';
import { runCommand } from './exec.js';
const [command, outputFile, bytes, cap] = process.argv.slice(2);
const result = await runCommand({ command, outputFile, maxOutputBytes: Number(cap), timeoutMs: 600_000 });
const size = statSync(outputFile).size;
if (result.exitCode !== 0 || result.bytes !== Number(bytes) || !result.truncated || size > Number(cap) + 200) {
  console.error(JSON.stringify({ result, size }));
  process.exit(1);
}
`;

// Reference: the same node reading the same pipe and discarding it, to show what the capture itself adds.
const RAW = `
import { spawn } from 'node:child_process';
const child = spawn('sh', ['-c', process.argv[2]], { stdio: ['ignore', 'pipe', 'ignore'] });
child.stdout.on('data', () => {});
child.on('close', (code) => process.exit(code ?? 1));
`;

export async function run() {
  const work = mkdtempSync(join(tmpdir(), 'runbook-bench-exec-'));
  try {
    await build({
      entryPoints: [join(ROOT, 'src/runner/exec.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      outfile: join(work, 'exec.js'),
      logLevel: 'warning',
    });
    const driver = join(work, 'driver.mjs');
    writeFileSync(driver, DRIVER);
    const raw = join(work, 'raw.mjs');
    writeFileSync(raw, RAW);
    const produce = `head -c ${GIB} /dev/zero`;
    const captured = join(work, 'captured.out');
    const plain = join(work, 'plain.out');
    const rows = await compare(
      [
        { name: 'runCommand, 16 MiB cap', command: NODE, args: [driver, produce, captured, String(GIB), String(CAP)], expectCodes: [0], before: () => rmSync(captured, { force: true }) },
        { name: 'reference: node reading the pipe, no capture', command: NODE, args: [raw, produce], expectCodes: [0] },
        { name: 'sh -c "head -c 1GiB /dev/zero > file"', command: 'sh', args: ['-c', `${produce} > '${plain}'`], expectCodes: [0], before: () => rmSync(plain, { force: true }) },
      ],
      RUNS,
    );
    printTable(`A step printing 1 GiB (median of ${RUNS}; peak MiB is the whole process tree's largest RSS)`, rows.map((row) => ({ ...row, 'MiB/s': (GIB / 1024 / 1024 / row.ms) * 1000 })), ['MiB/s']);
    let ok = verdict('runCommand peak memory / 150 MiB', rows[0].mib / 150, 1);
    ok = verdict('runCommand time / head > file time', rows[0].ms / rows[2].ms, 2) && ok;
    return ok;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
