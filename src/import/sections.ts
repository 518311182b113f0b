import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** What a section of a prose runbook is for, by its heading. */
export type SectionKind = 'summary' | 'impact' | 'diagnosis' | 'resolution' | 'escalation' | 'other';

export interface Section {
  kind: SectionKind;
  heading: string;
  /** The heading node, undefined for the text before the first section heading. */
  node?: Heading;
  /** Everything up to the next heading of the same or a higher level, subsections included. */
  children: RootContent[];
}

// The words the common layouts (prometheus-operator, OpenShift, kubevirt and most wikis) use for each part.
const KINDS: [SectionKind, RegExp][] = [
  ['summary', /^(meaning|summary|overview|description|about|context|what is happening)\b/i],
  ['impact', /^(impact|effects?|consequences?)\b/i],
  ['diagnosis', /^(diagnos[ie]s|diagnostics?|investigation|investigate|troubleshoot(ing)?|debugging|checks?|how to (diagnose|investigate|check)|runbook|procedure|steps)\b/i],
  ['resolution', /^(mitigation|mitigate|resolution|resolve|remediation|fix|solution|workaround|recovery)\b/i],
  ['escalation', /^(escalation|escalate|when to escalate|contact)\b/i],
];

export function kindOf(heading: string): SectionKind {
  const text = heading.replace(/^[^\p{L}\p{N}]+/u, '').trim();
  return KINDS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other';
}

/**
 * The sections of the body: split at the level of the first section-like heading below the title (usually `##`),
 * so `###` subsections stay inside their section. The title is the first level-1 heading, when there is one.
 */
export function splitSections(tree: Root): { title?: string; titleNode?: Heading; sections: Section[] } {
  const nodes = tree.children;
  const titleNode = nodes.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
  const headings = nodes.filter((node): node is Heading => node.type === 'heading' && node !== titleNode);
  const level = headings.find((h) => kindOf(toString(h)) !== 'other')?.depth ?? Math.min(...headings.map((h) => h.depth), 2);
  const sections: Section[] = [{ kind: 'other', heading: '', children: [] }];
  for (const node of nodes) {
    if (node === titleNode) continue;
    if (node.type === 'heading' && node.depth <= level) {
      const heading = toString(node).trim();
      sections.push({ kind: kindOf(heading), heading, node, children: [] });
      continue;
    }
    sections[sections.length - 1]!.children.push(node);
  }
  return { ...(titleNode ? { title: toString(titleNode).trim(), titleNode } : {}), sections: sections.filter((s) => s.node || s.children.length > 0) };
}
