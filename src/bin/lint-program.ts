/**
 * The lint program: `runbook lint`, built by `scripts/build.js` into a script bundle (`dist/lint-program.js`) that
 * loads with a code cache taken after a run (`src/bin/cached-script.ts`). Lint is what CI, editors and commit hooks run
 * many times a day, so its start-up gets the most care. The linter proper is a bundle of its own (`src/bin/linter.ts`).
 */
import { runProgram, type CliIO } from '../cli/run-program.js';
import { createProgram, defineLint } from '../cli/program.js';

/** `runbook lint ...`, with no other command defined. */
export function main(argv: readonly string[], io: CliIO): Promise<number> {
  return runProgram(
    (programIO) => {
      const program = createProgram(programIO);
      defineLint(program, programIO);
      return program;
    },
    argv,
    io,
  );
}
