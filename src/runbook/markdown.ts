import type { Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

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

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkFootnotes).freeze();

// The body is parsed with the front-matter in place so that every node's position is a file position.
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
