/** A span of text judged secret by one rule, before overlapping spans are merged and replaced. */
export interface Finding {
  start: number;
  end: number;
  /** The placeholder kind: `[REDACTED:<kind>:<n>]`. */
  kind: string;
  /** The rule reported in `redactions.json`. */
  rule: string;
  /** Where spans overlap, the kind of the highest-priority finding names the merged span. */
  priority: number;
  /**
   * What makes two spans the same secret, when it is not the text itself: a Secret's base64 value and the
   * decoded value elsewhere, or a literal and its base64 form, then share one placeholder.
   */
  identity?: string;
}

/** Shapes name the secret best, then the Kubernetes structure, then the key it was assigned to, then literals. */
export const PRIORITY = { literal: 1, context: 2, structure: 3, shape: 4 } as const;

/** How deep JSON escaped inside JSON strings is followed: an annotation holding a manifest holding JSON. */
export const MAX_NESTING = 3;
