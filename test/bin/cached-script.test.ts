import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { afterEach, describe, expect, test } from 'vitest';

const LOADER = new URL('../../src/bin/cached-script.ts', import.meta.url).pathname;
const DIST = new URL('../../dist/', import.meta.url).pathname;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A bundle in the shape the build writes, and a home for user caches. */
function setUp(): { bundle: string; cacheHome: string } {
  const dir = mkdtempSync(join(tmpdir(), 'runbook-cached-script-'));
  dirs.push(dir);
  const bundle = join(dir, 'program.js');
  writeFileSync(bundle, '(function (exports, require, module, __filename, __dirname) { exports.answer = () => require("node:path").basename(__filename) + ":" + (6 * 7); })');
  return { bundle, cacheHome: join(dir, 'cache') };
}

/** Loads the bundle in a fresh Node.js, as the bin does, and returns what its export says. */
function load(bundle: string, cacheHome: string): string {
  const script = `import { loadScriptBundle } from ${JSON.stringify(LOADER)}; process.stdout.write(loadScriptBundle(${JSON.stringify(bundle)}).answer());`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cacheHome } });
  expect(child.stderr).toBe('');
  return child.stdout;
}

function userCaches(cacheHome: string): string[] {
  const dir = join(cacheHome, 'runbook', 'code-cache');
  return existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)) : [];
}

describe('script bundles with a code cache', () => {
  test('the build ships a cache for each lint bundle that this Node.js accepts', () => {
    for (const name of ['lint-program.js', 'linter.js']) {
      const bundle = join(DIST, name);
      const script = new Script(readFileSync(bundle, 'utf8'), { filename: bundle, cachedData: readFileSync(`${bundle}.cache`) });
      expect(script.cachedDataRejected, name).toBe(false);
    }
  });

  test('without a shipped cache, the first run leaves a private one in the user cache folder and the next uses it', () => {
    const { bundle, cacheHome } = setUp();
    expect(load(bundle, cacheHome)).toBe('program.js:42');
    const [cache] = userCaches(cacheHome);
    expect(cache).toBeDefined();
    expect(statSync(cache!).mode & 0o777).toBe(0o600);
    expect(statSync(join(cacheHome, 'runbook', 'code-cache')).mode & 0o777).toBe(0o700);
    const written = statSync(cache!).mtimeMs;
    expect(load(bundle, cacheHome)).toBe('program.js:42');
    expect(statSync(cache!).mtimeMs, 'an accepted cache is not written again').toBe(written);
  });

  test('a corrupt cache, shipped or the user’s, is refused by V8 and replaced, and the bundle still runs', () => {
    const { bundle, cacheHome } = setUp();
    writeFileSync(`${bundle}.cache`, 'not a code cache');
    expect(load(bundle, cacheHome)).toBe('program.js:42');
    const [cache] = userCaches(cacheHome);
    writeFileSync(cache!, 'not a code cache either');
    expect(load(bundle, cacheHome)).toBe('program.js:42');
    expect(readFileSync(cache!).toString()).not.toBe('not a code cache either');
  });

  test('a rebuilt bundle does not meet the cache of the one before', () => {
    const { bundle, cacheHome } = setUp();
    load(bundle, cacheHome);
    writeFileSync(bundle, readFileSync(bundle, 'utf8').replace('6 * 7', '7 * 7'));
    expect(load(bundle, cacheHome)).toBe('program.js:49');
    expect(userCaches(cacheHome)).toHaveLength(2);
  });

  test('a cache folder that cannot be made costs speed, never the run', () => {
    const { bundle, cacheHome } = setUp();
    writeFileSync(cacheHome, 'a file where the folder would go');
    expect(load(bundle, cacheHome)).toBe('program.js:42');
  });
});
