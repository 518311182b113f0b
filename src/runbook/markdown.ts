import type { Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { Node } from 'unist';
import { splitFrontMatter, type FrontMatterSplit } from './front-matter.js';

/**
 * Of GFM, only footnotes change what the rules see: without them `[^1]: note` reads as a link definition.
 * Tables, strikethrough, task lists and bare-URL autolinks change nothing the rules check, and full
 * remark-gfm makes parsing over twice as slow, so they are left out.
 */
function remarkFootnotes(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkFootnotes).freeze();

/**
 * The Markdown body of a file, with positions in the whole file. The front-matter (YAML's business) is not
 * handed to the Markdown parser: it is often most of a runbook, and scanning it costs start-up time.
 */
export function parseMarkdown(text: string, split: FrontMatterSplit = splitFrontMatter(text)): Root {
  if (split.kind !== 'present' || split.bodyStart === 0) return processor.parse(text);
  const tree = processor.parse(text.slice(split.bodyStart));
  const lineShift = countLines(text, split.bodyStart);
  shiftPositions(tree, lineShift, split.bodyStart);
  return tree;
}

function countLines(text: string, end: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

// The body starts at the beginning of a line, so columns stay as they are.
function shiftPositions(node: Node, lines: number, offset: number): void {
  const position = node.position;
  if (position) {
    position.start.line += lines;
    position.end.line += lines;
    if (position.start.offset !== undefined) position.start.offset += offset;
    if (position.end.offset !== undefined) position.end.offset += offset;
  }
  const children = (node as { children?: Node[] }).children;
  if (children) for (const child of children) shiftPositions(child, lines, offset);
}
