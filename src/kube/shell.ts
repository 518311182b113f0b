/**
 * The shell-command parser used by the linter and the runner: one POSIX shell command line in,
 * its simple commands (nested substitutions included), redirections, placeholders and errors out.
 */
import { type ParseSink, ShellParser } from './shell-parser.js';
import type { AngleBracketPlaceholder, ShellParse } from './shell-types.js';

export type {
  AngleBracketPlaceholder,
  PlaceholderContext,
  ShellError,
  ShellParse,
  ShellPlaceholder,
  ShellRedirect,
  ShellWord,
  SimpleCommand,
} from './shell-types.js';
export { shellQuote } from './shell-quote.js';

function run(line: string): ParseSink {
  const sink: ParseSink = { line, commands: [], errors: [], placeholders: [], angles: [] };
  try {
    new ShellParser(line, sink, { nested: false, bareContext: 'bare', depth: 0 }).parse();
  } catch (error) {
    // The parser is meant to be total; if it is not, the caller still gets an answer, and a mutating one.
    sink.errors.push({ message: `internal parser error: ${String(error)}`, offset: 0 });
  }
  sink.commands.sort((a, b) => a.start - b.start);
  sink.errors.sort((a, b) => a.offset - b.offset);
  sink.placeholders.sort((a, b) => a.start - b.start);
  sink.angles.sort((a, b) => a.start - b.start);
  return sink;
}

// The linter and the classifier need to know every command a line runs, where each word is, and what went wrong.
export function parseShell(line: string): ShellParse {
  const { commands, errors, placeholders } = run(line);
  return { commands, errors, placeholders };
}

// `<pod-name>` copied from documentation is a redirection to the shell, not a placeholder: the linter reports it.
export function findAngleBracketPlaceholders(line: string): AngleBracketPlaceholder[] {
  return run(line).angles;
}
