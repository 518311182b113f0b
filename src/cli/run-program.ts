import type { Command } from 'commander';
import { CommanderError } from 'commander';
import { describeFailure, EXIT } from './exit.js';
import type { ProgramIO } from './program.js';

/** The streams and folder a run of the CLI works with. */
export type CliIO = Omit<ProgramIO, 'exitCode'>;

/** Runs one command line on a program and returns the exit code; every error becomes a message and a code here. */
export async function runProgram(build: (io: ProgramIO) => Command, argv: readonly string[], streams: CliIO): Promise<number> {
  const io: ProgramIO = { ...streams, exitCode: EXIT.ok };
  try {
    await build(io).parseAsync(argv);
    return io.exitCode;
  } catch (error) {
    // Commander has already printed its message; help and version are not failures.
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    const failure = describeFailure(error);
    io.stderr.write(`${failure.message}\n`);
    return failure.code;
  }
}
