// Evidence and capture patterns are JavaScript regular expressions compiled without flags, as the runner uses them.

/** The compiled expression, or the engine's reason without its `Invalid regular expression: /…/:` prefix. */
export function compileRegex(pattern: string): RegExp | string {
  try {
    return new RegExp(pattern);
  } catch (error) {
    const message = (error as Error).message;
    const prefix = `Invalid regular expression: /${pattern}/: `;
    return message.startsWith(prefix) ? message.slice(prefix.length) : message;
  }
}

// An empty alternative matches the empty string, and the match array has one slot per capturing group.
export function groupCount(regex: RegExp): number {
  return (new RegExp(`${regex.source}|`).exec('')?.length ?? 1) - 1;
}
