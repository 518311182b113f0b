/** `[REDACTED:jwt:2]`: the kind is lower-case words and hyphens, so no rule can take a placeholder for a secret. */
export const PLACEHOLDER = /\[REDACTED:[a-z0-9-]+:\d+\]/g;

/**
 * Hands out placeholders: the n-th distinct secret of a kind is `[REDACTED:<kind>:<n>]`, and a secret seen
 * again, in any file, under any kind, gets the placeholder it got first, so Tier 3 can still correlate.
 */
export class PlaceholderRegistry {
  private readonly byIdentity = new Map<string, string>();
  private readonly counts = new Map<string, number>();

  placeholderFor(identity: string, kind: string): string {
    const known = this.byIdentity.get(identity);
    if (known !== undefined) return known;
    const n = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, n);
    const placeholder = `[REDACTED:${kind}:${n}]`;
    this.byIdentity.set(identity, placeholder);
    return placeholder;
  }
}

/** A kind as a placeholder may hold it: `Internal API key` → `internal-api-key`. */
export function placeholderKind(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'pattern'
  );
}

/** Offsets of the placeholders already in a text: nothing inside them is redacted again. */
export function placeholderSpans(text: string): [number, number][] {
  if (!text.includes('[REDACTED:')) return [];
  const spans: [number, number][] = [];
  for (const match of text.matchAll(PLACEHOLDER)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}
