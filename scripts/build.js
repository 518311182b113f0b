// Builds dist/: one ESM bundle per entry point with shared chunks, so lazy imports stay lazy and start-up stays small.
import { chmod, rm } from 'node:fs/promises';
import { build } from 'esbuild';

await rm('dist', { recursive: true, force: true });
await build({
  // `redact` exposes the redaction engine on its own, for the benchmark that compares it with secretlint;
  // `sim` the simulated cluster, for the benchmark that times kubectl against it.
  entryPoints: { cli: 'src/cli.ts', 'lint-worker': 'src/lint/lint-worker.ts', redact: 'src/bundle/redact/index.ts', sim: 'src/sim/index.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  packages: 'bundle',
  sourcemap: 'linked',
  chunkNames: '[name]-[hash]',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
await chmod('dist/cli.js', 0o755);
