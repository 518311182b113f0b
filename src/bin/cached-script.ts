/**
 * Loads a script bundle of `dist/` (the lint program, the linter) with a V8 code cache taken after the code has run.
 *
 * A short-lived CLI spends most of its start-up compiling functions it then runs once. Node's own compile cache
 * holds only what V8 compiles before a module runs, which for bundled code is little more than the top level. A
 * code cache made after a run holds every function that run compiled; `npm run build` makes one for each bundle by
 * linting sample runbooks (`scripts/train-code-cache.js`) and ships it beside the bundle.
 *
 * V8 refuses a cache made by another V8 version or with other flags, and then compiles as usual. For that case a
 * cache is made at the end of the run in the user's own cache folder, never a shared one: a code cache is code,
 * and one planted by another user would run as this one.
 */
import type { Script as VmScript } from 'node:vm';

// Taken without the ESM namespace: importing `node:fs` runs its lazy getters, several milliseconds of start-up.
const fs = process.getBuiltinModule('node:fs');
const path = process.getBuiltinModule('node:path');

type LoadedBundles = Map<string, { script: VmScript; userCache: string | undefined }>;

/**
 * Each bundle loaded in this thread, and the user cache to write for it at exit, if any. Kept on the global object:
 * this module is bundled into the bin and into the lint program (which loads the linter), and they share one list.
 */
const REGISTRY = Symbol.for('runbook.loadedScriptBundles');
const loaded: LoadedBundles = ((globalThis as { [REGISTRY]?: LoadedBundles })[REGISTRY] ??= new Map());

function shippedCachePath(bundle: string): string {
  return `${bundle}.cache`;
}

/** For the build: writes the shipped cache of every bundle loaded so far, from what has run, instead of user caches. */
export function saveShippedCaches(): string[] {
  const written: string[] = [];
  for (const [bundle, entry] of loaded) {
    fs.writeFileSync(shippedCachePath(bundle), entry.script.createCachedData());
    entry.userCache = undefined;
    written.push(bundle);
  }
  return written;
}

// Runs a bundle built as `(function (exports, require, module, __filename, __dirname) { ... })`; returns its exports.
function runScriptBundle(bundle: string, script: VmScript): Record<string, unknown> {
  const { createRequire } = process.getBuiltinModule('node:module');
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  return module.exports;
}

// Uses the code cache when V8 accepts it (`cachedDataRejected` says whether it did).
function compileScriptBundle(bundle: string, source: string, cachedData?: Buffer): VmScript {
  const { Script, constants } = process.getBuiltinModule('node:vm');
  // An `import()` left in the bundle (of a package outside it) would otherwise fail: a script has no module loader.
  return new Script(source, { filename: bundle, importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER, ...(cachedData ? { cachedData } : {}) });
}

/** Compiles a script bundle, with the user's code cache or the shipped one, and returns its exports. */
export function loadScriptBundle(bundle: string): Record<string, unknown> {
  const source = fs.readFileSync(bundle, 'utf8');
  // Only one cache can be tried: once V8 has compiled a source, it answers the next compile of the same source from
  // memory and never looks at the cache given. The user's comes first: it exists only where the shipped one failed.
  const own = userCachePath(bundle);
  const ownCache = own === undefined ? undefined : readCache(own);
  const cache = ownCache ?? readCache(shippedCachePath(bundle));
  const script = compileScriptBundle(bundle, source, cache);
  let userCache: string | undefined;
  if (cache === undefined || script.cachedDataRejected) {
    const { isMainThread } = process.getBuiltinModule('node:worker_threads');
    if (isMainThread) userCache = own;
  }
  if (userCache !== undefined && ![...loaded.values()].some((entry) => entry.userCache !== undefined)) process.once('exit', writeUserCaches);
  loaded.set(bundle, { script, userCache });
  return runScriptBundle(bundle, script);
}

function writeUserCaches(): void {
  for (const { script, userCache } of loaded.values()) if (userCache !== undefined) writeCache(userCache, script);
}

function readCache(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * The user's cache for this build of the bundle under this Node.js: keyed by the bundle's size and time, so a
 * rebuilt bundle never meets the cache of the one before (V8 itself checks only the source's length).
 */
function userCachePath(bundle: string): string | undefined {
  const home = process.env.HOME || process.env.USERPROFILE;
  const base = process.env.XDG_CACHE_HOME || (home ? path.join(home, '.cache') : undefined);
  if (base === undefined || !path.isAbsolute(base)) return undefined;
  try {
    const stat = fs.statSync(bundle);
    const name = `${path.basename(bundle)}-${stat.size}-${Math.trunc(stat.mtimeMs)}-${process.version}-${process.arch}.cache`;
    return path.join(base, 'runbook', 'code-cache', name);
  } catch {
    return undefined;
  }
}

// Best effort, at exit: a cache that cannot be written costs the next run its speed, never its result.
function writeCache(file: string, script: VmScript): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
    fs.renameSync(temporary, file);
  } catch {
    // read-only home, full disk: the next run compiles as this one did
  }
}
