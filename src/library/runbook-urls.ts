/** What a `runbook_url` names, read through one of the configured patterns. */
export type UrlTarget = { kind: 'id'; id: string } | { kind: 'alert'; alert: string };

export interface UrlPattern {
  pattern: string;
  regex: RegExp;
  target: 'id' | 'alert';
}

const PLACEHOLDER = /\{(id|alert|group)\}/g;

/**
 * A pattern such as `https://runbooks.example.com/{id}` or `https://git.example.com/ops/runbook.md#alert-name-{alert}`:
 * `{id}` is a runbook id, `{alert}` an alert name (compared without regard to case, as anchors and many sites lower-case
 * it), `{group}` any one path segment. Undefined with a reason when the pattern names neither `{id}` nor `{alert}`.
 */
export function compileUrlPattern(pattern: string): UrlPattern | string {
  const targets = [...pattern.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((name) => name !== 'group');
  if (targets.length !== 1) return `must contain exactly one \`{id}\` or \`{alert}\` placeholder (and any number of \`{group}\`)`;
  let source = '';
  let at = 0;
  for (const match of pattern.matchAll(PLACEHOLDER)) {
    source += escape(pattern.slice(at, match.index)) + (match[1] === 'id' ? '([a-z0-9]+(?:-[a-z0-9]+)*)' : match[1] === 'alert' ? '([A-Za-z_][A-Za-z0-9_:-]*)' : '[^/?#]+');
    at = match.index + match[0].length;
  }
  source += escape(pattern.slice(at));
  // A trailing slash and a query string do not change the page.
  return { pattern, regex: new RegExp(`^${source}/?(?:[?][^#]*)?$`, 'i'), target: targets[0] as 'id' | 'alert' };
}

export function matchRunbookUrl(url: string, patterns: readonly UrlPattern[]): UrlTarget | undefined {
  for (const pattern of patterns) {
    const value = pattern.regex.exec(url)?.[1];
    if (value === undefined) continue;
    return pattern.target === 'id' ? { kind: 'id', id: value.toLowerCase() } : { kind: 'alert', alert: value };
  }
  return undefined;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
