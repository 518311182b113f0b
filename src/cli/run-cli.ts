import { runProgram, type CliIO } from './run-program.js';
import { buildProgram } from './program.js';

/** Every command: what `dist/cli.js` runs for anything but `lint`. */
export function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  return runProgram((programIO) => buildProgram(programIO, argv), argv, io);
}
