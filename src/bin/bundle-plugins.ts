/**
 * The start-up tricks that live in the build: esbuild plugins that `scripts/build.js` puts into the bundles of
 * `dist/`. Each one changes how a bundle loads, never what the program does.
 */
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';

/**
 * `node:fs` and `node:process` are taken with `process.getBuiltinModule` rather than imported. An ESM import of a
 * builtin builds its namespace by reading every export, which runs their lazy getters: `node:fs` then loads its stream
 * classes and `node:process` opens stdin, together over 10 ms of start-up for nothing. Other builtins have no such
 * getters and stay plain imports: each builtin taken this way becomes a module of the bundle, and more of them would
 * split it into more chunks, each one more file to load.
 */
const GETTER_HEAVY_BUILTINS = /^(?:node:)?(?:fs|process)$/;

export const builtinsWithoutNamespace: Plugin = {
  name: 'builtins-without-namespace',
  setup(build) {
    build.onResolve({ filter: GETTER_HEAVY_BUILTINS }, ({ path }) => ({ path: path.replace(/^(?:node:)?/, 'node:'), namespace: 'builtin' }));
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, ({ path }) => ({ contents: `module.exports = process.getBuiltinModule(${JSON.stringify(path)});`, loader: 'js' }));
  },
};

/**
 * The commander patch. Commander loads `child_process` when it loads, only for subcommands that are separate
 * executables, which this CLI has none of; loading it costs every command several milliseconds of start-up.
 * Commander only ever calls `spawn`, so the module is taken when that is called. A commander release that loads it
 * some other way stops the build rather than silently losing the patch.
 */
export const commanderWithoutChildProcess: Plugin = {
  name: 'commander-without-child-process',
  setup(build) {
    build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async ({ path }) => {
      const eager = "const childProcess = require('node:child_process');";
      const source = await readFile(path, 'utf8');
      if (!source.includes(eager)) throw new Error(`${path}: expected \`${eager}\`; update the commander patch in src/bin/bundle-plugins.ts`);
      const lazy = "const childProcess = { spawn: (...args) => process.getBuiltinModule('node:child_process').spawn(...args) };";
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};

/**
 * In the lint program, the linter proper (parser, rules, one file's lint) is a bundle of its own (`dist/linter.js`),
 * loaded with its code cache when the engine first imports it: a run over an unchanged tree then never loads or
 * deserializes its code. The engine's dynamic imports of those modules are pointed at that bundle.
 */
export const linterFromItsBundle: Plugin = {
  name: 'linter-from-its-bundle',
  setup(build) {
    const loader = fileURLToPath(new URL('./cached-script.ts', import.meta.url));
    build.onResolve({ filter: /(?:^|\/)(?:lint-file|rules\/index)\.js$/ }, ({ kind }) => (kind === 'dynamic-import' ? { path: 'linter', namespace: 'linter' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'linter' }, () => ({
      contents: `import { loadScriptBundle } from ${JSON.stringify(loader)};\nmodule.exports = loadScriptBundle(require('node:path').join(__dirname, 'linter.js'));`,
      loader: 'js',
      resolveDir: dirname(loader),
    }));
  },
};
