// Builds dist/: one ESM bundle per entry point with shared chunks, so lazy imports stay lazy and start-up stays small;
// and `runbook lint` as two script bundles with code caches taken after sample runs (src/bin/cached-script.ts). The
// entry points and the start-up tricks the bundles are built with (the commander patch among them) are in src/bin/.
import { spawnSync } from 'node:child_process';
import { chmod, rm } from 'node:fs/promises';
import { build } from 'esbuild';

// The plugins and the code-cache loader are TypeScript: Node.js strips the types (behind a flag before 22.18).
if (!process.features.typescript) {
  const again = spawnSync(process.execPath, ['--experimental-strip-types', ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(again.status ?? 1);
}
const { builtinsWithoutNamespace, commanderWithoutChildProcess, linterFromItsBundle } = await import('../src/bin/bundle-plugins.ts');

await rm('dist', { recursive: true, force: true });
const shared = { bundle: true, platform: 'node', target: 'node22', packages: 'bundle', sourcemap: 'linked', logLevel: 'warning' };
const esm = {
  ...shared,
  format: 'esm',
  plugins: [builtinsWithoutNamespace, commanderWithoutChildProcess],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};
await build({
  ...esm,
  // `redact` exposes the redaction engine on its own, for the benchmark that compares it with secretlint;
  // `sim` the simulated cluster, for the benchmark that times kubectl against it; `guard` the read-only guard,
  // for the benchmark that times kubectl through it; `bundle-worker` the thread `runbook bundle` works in, so
  // that a signal is acted on while it redacts.
  entryPoints: {
    cli: 'src/bin/cli.ts',
    redact: 'src/bundle/redact/index.ts',
    sim: 'src/sim/index.ts',
    guard: 'src/runner/read-only-guard.ts',
    'bundle-worker': 'src/bundle/bundle-worker.ts',
  },
  outdir: 'dist',
  splitting: true,
  chunkNames: '[name]-[hash]',
});
await chmod('dist/cli.js', 0o755);
// Built on its own: sharing the script loader with the bin would put it in a chunk of its own, one more module for
// every run of the bin to load.
await build({ ...esm, entryPoints: { 'lint-worker': 'src/bin/lint-worker.ts' }, outdir: 'dist' });

// The lint bundles are scripts, not modules: only a script can be compiled with a code cache (`vm.Script`). Each is
// wrapped as a CommonJS module function, which src/bin/cached-script.ts calls with the bundle's own `require`. Builtins
// stay plain `require` calls: no namespace is built for them, so none of their lazy getters runs.
const scriptBundle = {
  ...shared,
  plugins: [commanderWithoutChildProcess],
  format: 'cjs',
  minify: true,
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "(function (exports, require, module, __filename, __dirname) { 'use strict'; const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  footer: { js: '})' },
};
await build({ ...scriptBundle, entryPoints: ['src/bin/lint-program.ts'], outfile: 'dist/lint-program.js', plugins: [...scriptBundle.plugins, linterFromItsBundle] });
await build({ ...scriptBundle, entryPoints: ['src/bin/linter.ts'], outfile: 'dist/linter.js' });
// The training script imports the loader's TypeScript source, as this script does: it gets the same Node.js flags.
const training = spawnSync(process.execPath, [...process.execArgv, 'scripts/train-code-cache.js'], { stdio: 'inherit' });
if (training.status !== 0) throw new Error('making the lint bundles\' code caches failed (scripts/train-code-cache.js)');
