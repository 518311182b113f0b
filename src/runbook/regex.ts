// Evidence and capture patterns are JavaScript regular expressions matched against command output with the
// `m` flag on, so `^` and `$` match at the start and end of every line.
export const OUTPUT_REGEX_FLAGS = 'm';

/** The compiled expression, or the engine's reason without its `Invalid regular expression: /…/:` prefix. */
export function compileRegex(pattern: string): RegExp | string {
  try {
    return new RegExp(pattern, OUTPUT_REGEX_FLAGS);
  } catch (error) {
    const message = (error as Error).message;
    const prefix = `Invalid regular expression: /${pattern}/${OUTPUT_REGEX_FLAGS}: `;
    return message.startsWith(prefix) ? message.slice(prefix.length) : message;
  }
}

// An empty alternative matches the empty string, and the match array has one slot per capturing group.
export function groupCount(regex: RegExp): number {
  return (new RegExp(`${regex.source}|`, regex.flags).exec('')?.length ?? 1) - 1;
}
