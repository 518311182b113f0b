/**
 * The result types of the shell parser. Every `start`/`end` is a 0-based character offset into the
 * line given to `parseShell`, `end` exclusive, so a linter can point at the exact text.
 */

export interface ShellWord {
  /** The value after quote removal; `$VAR`, `$(...)`, backticks and `{{placeholder}}` are kept literally. */
  text: string;
  /** The word exactly as written in the line (`line.slice(start, end)`). */
  raw: string;
  start: number;
  end: number;
  /** The run-time value is not fixed: it contains a `$` expansion, a command substitution or a `{{placeholder}}`. */
  dynamic: boolean;
  /**
   * The run-time value could be, or add, an argument that starts with `-`: it begins with an expansion or
   * placeholder, or contains an unquoted expansion (which the shell splits into several words).
   */
  mayBeOption: boolean;
}

export interface ShellRedirect {
  /** `>`, `>>`, `>|`, `<`, `<>`, `<<`, `<<-`, `<<<`, `>&`, `<&`, `&>`, `&>>`. */
  op: string;
  /** The file descriptor written before the operator, as in `2>`. */
  fd?: number;
  /** The target word's text: a file, a descriptor number for `>&`/`<&`, or the here-document delimiter. */
  target: string;
  /** For `<<` and `<<-`: the here-document body, and whether the delimiter was quoted (no expansion in the body). */
  heredoc?: { body: string; quoted: boolean };
  start: number;
  end: number;
}

export interface SimpleCommand {
  /** Leading `NAME=value` words. */
  assignments: ShellWord[];
  /** The program and its arguments. Empty for a command made only of assignments or redirections. */
  words: ShellWord[];
  redirects: ShellRedirect[];
  start: number;
  end: number;
  /** Inside a command substitution or process substitution: it runs too, as part of another command. */
  nested: boolean;
}

export interface ShellError {
  message: string;
  offset: number;
}

/**
 * Where a `{{placeholder}}` sits. Only `bare` is safe for a value inserted shell-quoted: inside quotes,
 * backticks, `${...}` or a here-document the quoting of the inserted value does not hold.
 */
export type PlaceholderContext = 'bare' | 'single-quoted' | 'double-quoted' | 'backtick' | 'expansion' | 'heredoc';

export interface ShellPlaceholder {
  /** The placeholder as written, braces included: `{{namespace}}`. */
  text: string;
  /** The name between the braces, trimmed. */
  name: string;
  context: PlaceholderContext;
  start: number;
  end: number;
}

export interface ShellParse {
  /** Every simple command, nested ones included, in the order of their start offsets. */
  commands: SimpleCommand[];
  errors: ShellError[];
  placeholders: ShellPlaceholder[];
}

/** A `<name>` pattern outside quotes: meant as a placeholder, but a redirection to the shell. */
export interface AngleBracketPlaceholder {
  text: string;
  start: number;
  end: number;
}
