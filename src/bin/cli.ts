#!/usr/bin/env node
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { loadScriptBundle } from './cached-script.js';
import type { CliIO } from '../cli/run-program.js';
import { standardStreams } from './standard-streams.js';

if (process.argv[2] === 'lint') {
  // Lint has a program of its own, loaded with a code cache taken after a run (see src/bin/cached-script.ts), and
  // writes its report without building Node's stream objects unless it needs them.
  const program = loadScriptBundle(fileURLToPath(new URL('./lint-program.js', import.meta.url))) as { main: (argv: readonly string[], io: CliIO) => Promise<number> };
  process.exitCode = await program.main(process.argv, { cwd: process.cwd(), ...standardStreams() });
} else {
  const io: CliIO = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr };
  // Bytecode caching roughly halves start-up for a short-lived CLI; harmless where unsupported.
  module.enableCompileCache?.();
  // One import: each module imported here is loaded in turn, after the one before.
  const { runCli } = await import('../cli/run-cli.js');
  process.exitCode = await runCli(process.argv, io);
}
