// Builds dist/: one ESM bundle per entry point with shared chunks, so lazy imports stay lazy and start-up stays small.
import { chmod, readFile, rm } from 'node:fs/promises';
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
  plugins: [builtinsWithoutNamespace, commanderWithoutChildProcess],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
await chmod('dist/cli.js', 0o755);
