import { scanAnchors } from './anchors.js';
import { isCertificatesOnly } from './certificates.js';
import { encodedFinding, encodedTexts } from './encoded-secrets.js';
import { escapedJsonStrings } from './escaped-json.js';
import { MAX_NESTING, type Finding } from './finding.js';
import { findJsonSecrets } from './json-secrets.js';
import type { LiteralMatcher } from './literals.js';
import { findPatterns, type CompiledPattern } from './patterns.js';
import { placeholderSpans } from './placeholders.js';
import { findAtSeparators } from './separators.js';
import { findTokens } from './tokens.js';
import { findYamlSecrets } from './yaml-secrets.js';

export interface Rules {
  literals: LiteralMatcher;
  patterns: readonly CompiledPattern[];
}

/** One secret to replace: overlapping findings merged, named by the strongest of them. */
export interface Secret {
  start: number;
  end: number;
  kind: string;
  rule: string;
  identity: string;
}

// Every layer reports spans; overlapping spans merge, so a value two rules both see is replaced once, whole.
export function findSecrets(text: string, rules: Rules, depth = 0): Secret[] {
  const findings: Finding[] = [];
  const anchors = scanAnchors(text, rules.literals);
  rules.literals.find(text, findings, anchors.literals);
  findTokens(text, anchors, findings);
  const hasPlaceholders = findAtSeparators(text, anchors, findings);
  if (findYamlSecrets(text, findings)) findJsonSecrets(text, findings);
  findPatterns(text, rules.patterns, findings);
  if (depth < MAX_NESTING) {
    for (const encoded of encodedTexts(text, anchors)) {
      // Certificates are public and kept whole (a kubeconfig's CA, a `tls.crt`): nothing in them to search for.
      if (isCertificatesOnly(encoded.decoded)) continue;
      const finding = encodedFinding(encoded, findSecrets(encoded.decoded, rules, depth + 1));
      if (finding) findings.push(finding);
    }
    for (const nested of escapedJsonStrings(text)) relocate(text, nested, findSecrets(nested.decoded, rules, depth + 1), findings);
  }
  return merge(text, findings, hasPlaceholders);
}

/** Secrets found in a decoded JSON string, found again in its escaped form inside that string only. */
function relocate(text: string, nested: { start: number; end: number; decoded: string }, inner: Secret[], out: Finding[]): void {
  const body = text.slice(nested.start, nested.end);
  for (const secret of inner) {
    const value = nested.decoded.slice(secret.start, secret.end);
    const escaped = JSON.stringify(value).slice(1, -1);
    for (let at = body.indexOf(escaped); at !== -1 && escaped !== ''; at = body.indexOf(escaped, at + escaped.length)) {
      out.push({ start: nested.start + at, end: nested.start + at + escaped.length, kind: secret.kind, rule: secret.rule, priority: 5, identity: secret.identity });
    }
  }
}

/** `hasPlaceholders`: whether the text holds any placeholder of an earlier run, whose spans are then kept out. */
function merge(text: string, findings: Finding[], hasPlaceholders: boolean): Secret[] {
  if (findings.length === 0) return [];
  const placeholders = hasPlaceholders ? placeholderSpans(text) : [];
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const secrets: Secret[] = [];
  let group: Finding[] = [];
  let groupEnd = -1;
  let p = 0;
  const close = (): void => {
    if (group.length === 0) return;
    const start = group[0]!.start;
    const best = group.reduce((a, b) => (b.priority > a.priority || (b.priority === a.priority && b.end - b.start > a.end - a.start) ? b : a));
    const whole = group.find((f) => f.start === start && f.end === groupEnd && f.identity !== undefined);
    secrets.push({ start, end: groupEnd, kind: best.kind, rule: best.rule, identity: whole?.identity ?? text.slice(start, groupEnd) });
    group = [];
  };
  for (const finding of findings) {
    if (finding.end <= finding.start) continue;
    // A placeholder from an earlier run is never redacted again, nor anything that reaches into one.
    while (p < placeholders.length && placeholders[p]![1] <= finding.start) p++;
    if (p < placeholders.length && placeholders[p]![0] < finding.end) continue;
    if (finding.start >= groupEnd) {
      close();
      groupEnd = finding.end;
    } else {
      groupEnd = Math.max(groupEnd, finding.end);
    }
    group.push(finding);
  }
  close();
  return secrets;
}
