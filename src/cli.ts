#!/usr/bin/env node
import module from 'node:module';

// Bytecode caching roughly halves start-up for a short-lived CLI; harmless where unsupported.
module.enableCompileCache?.();

// One import: each module imported here is loaded in turn, after the one before.
const { buildProgram, CommanderError, describeFailure, EXIT } = await import('./cli/program.js');

const io = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, exitCode: EXIT.ok as number };
try {
  await buildProgram(io, process.argv).parseAsync(process.argv);
  process.exitCode = io.exitCode;
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander has already printed its message; help and version are not failures.
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else {
    const failure = describeFailure(error);
    process.stderr.write(`${failure.message}\n`);
    process.exitCode = failure.code;
  }
}
