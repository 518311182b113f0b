// Builds dist/: one ESM bundle per entry point with shared chunks, so lazy imports stay lazy and start-up stays small;
// and `runbook lint` as two script bundles with code caches taken after sample runs (src/cached-script.ts).
import { spawnSync } from 'node:child_process';
import { chmod, readFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * `node:fs` and `node:process` are taken with `process.getBuiltinModule` rather than imported. An ESM import of a
 * builtin builds its namespace by reading every export, which runs their lazy getters: `node:fs` then loads its stream
 * classes and `node:process` opens stdin, together over 10 ms of start-up for nothing. Other builtins have no such
 * getters and stay plain imports: each builtin taken this way becomes a module of the bundle, and more of them would
 * split it into more chunks, each one more file to load.
 */
const GETTER_HEAVY_BUILTINS = /^(?:node:)?(?:fs|process)$/;
const builtinsWithoutNamespace = {
  name: 'builtins-without-namespace',
  setup(build) {
    build.onResolve({ filter: GETTER_HEAVY_BUILTINS }, ({ path }) => ({ path: path.replace(/^(?:node:)?/, 'node:'), namespace: 'builtin' }));
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, ({ path }) => ({ contents: `module.exports = process.getBuiltinModule(${JSON.stringify(path)});`, loader: 'js' }));
  },
};

/**
 * Commander loads `child_process` when it loads, only for subcommands that are separate executables, which this CLI
 * has none of; loading it costs every command several milliseconds of start-up. Commander only ever calls `spawn`.
 */
const commanderWithoutChildProcess = {
  name: 'commander-without-child-process',
  setup(build) {
    build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async ({ path }) => {
      const eager = "const childProcess = require('node:child_process');";
      const source = await readFile(path, 'utf8');
      if (!source.includes(eager)) throw new Error(`${path}: expected \`${eager}\`; update the commander-without-child-process plugin`);
      const lazy = "const childProcess = { spawn: (...args) => process.getBuiltinModule('node:child_process').spawn(...args) };";
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};

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
    cli: 'src/cli.ts',
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
await build({ ...esm, entryPoints: { 'lint-worker': 'src/lint-worker.ts' }, outdir: 'dist' });

/**
 * In the lint program, the linter proper (parser, rules, one file's lint) is a bundle of its own, loaded when the
 * engine first imports it: a run over an unchanged tree then never loads or deserializes its code.
 */
const linterFromItsBundle = {
  name: 'linter-from-its-bundle',
  setup(build) {
    build.onResolve({ filter: /(?:^|\/)(?:lint-file|rules\/index)\.js$/ }, ({ kind }) => (kind === 'dynamic-import' ? { path: 'linter', namespace: 'linter' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'linter' }, () => ({
      contents: `import { loadScriptBundle } from ${JSON.stringify(resolve('src/cached-script.ts'))};\nmodule.exports = loadScriptBundle(require('node:path').join(__dirname, 'linter.js'));`,
      loader: 'js',
      resolveDir: resolve('src'),
    }));
  },
};

// The lint bundles are scripts, not modules: only a script can be compiled with a code cache (`vm.Script`). Each is
// wrapped as a CommonJS module function, which src/cached-script.ts calls with the bundle's own `require`. Builtins
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
await build({ ...scriptBundle, entryPoints: ['src/lint-program.ts'], outfile: 'dist/lint-program.js', plugins: [...scriptBundle.plugins, linterFromItsBundle] });
await build({ ...scriptBundle, entryPoints: ['src/linter.ts'], outfile: 'dist/linter.js' });
// The training script imports the loader's TypeScript source: Node.js strips the types (behind a flag before 22.18).
const stripTypes = process.features.typescript ? [] : ['--experimental-strip-types'];
const training = spawnSync(process.execPath, [...stripTypes, 'scripts/train-code-cache.js'], { stdio: 'inherit' });
if (training.status !== 0) throw new Error('making the lint bundles\' code caches failed (scripts/train-code-cache.js)');
