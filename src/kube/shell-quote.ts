/** Quoting of operator-typed values before they are inserted into a command line. */

/** Characters that never mean anything to a POSIX shell inside a word. */
const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;
/** A bare word of this shape at the start of a command would be taken as a variable assignment. */
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*\+?=/;
/** Reserved words: special when they happen to land where a command starts. */
const RESERVED = new Set([
  'if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until',
  'do', 'done', 'in', 'function', 'time', 'coproc',
]);

// Every operator-typed value goes through this, so a value can never become a second command or an expansion.
export function shellQuote(value: string): string {
  if (value !== '' && SAFE.test(value) && !ASSIGNMENT.test(value) && !RESERVED.has(value)) return value;
  return `'${value.replaceAll("'", `'\\''`)}'`;
}
