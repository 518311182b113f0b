// Makes the code caches of the lint bundles (dist/lint-program.js.cache, dist/linter.js.cache): runs the lint program
// on sample runbooks the ways CI and people run it, then saves what those runs compiled (why: src/bin/cached-script.ts).
// Run by scripts/build.js, on the Node.js that builds.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadScriptBundle, saveShippedCaches } from '../src/bin/cached-script.ts';

const program = loadScriptBundle(resolve('dist/lint-program.js'));
const work = mkdtempSync(join(tmpdir(), 'runbook-train-'));
try {
  // The shipped runbooks, and one without front-matter, as most Markdown runbooks in the wild are.
  cpSync('runbooks', join(work, 'runbooks'), { recursive: true });
  const sample = readFileSync('runbooks/pod-oom-restart-loop.md', 'utf8');
  writeFileSync(join(work, 'runbooks', 'plain-markdown.md'), sample.slice(sample.indexOf('\n---', 4) + 4));

  const sink = { write: () => true, isTTY: false };
  const io = { cwd: work, stdout: sink, stderr: sink };
  const cache = ['--cache', '--cache-location', join(work, 'cache')];
  const runs = [
    ['runbooks/pod-oom-restart-loop.md'],
    ['--threads', '0', 'runbooks'],
    ['--format', 'json', ...cache, 'runbooks'],
    ['--format', 'json', ...cache, 'runbooks'],
  ];
  for (const args of runs) {
    const code = await program.main(['node', 'runbook', 'lint', ...args], io);
    if (code !== 0 && code !== 1) throw new Error(`runbook lint ${args.join(' ')} exited ${code}`);
  }
  const written = saveShippedCaches();
  if (written.length !== 2) throw new Error(`expected the caches of two bundles, made ${written.length}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
