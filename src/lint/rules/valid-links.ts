import { readFileSync, statSync, type Stats } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../../runbook/markdown.js';
import { isRecord, stepsOf } from '../../runbook/model.js';
import type { ReportDescriptor } from '../rule.js';
import { defineRule } from '../rule.js';

/** `https:`, `mailto:`, `tel:`…: a scheme means the link leaves the repository, and is not checked. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const MARKDOWN = new Set(['.md', '.markdown', '.mdx']);
/** Headings of files larger than this are not read: a runbook links to documents, not to data dumps. */
const MAX_TARGET_SIZE = 5 * 1024 * 1024;
const LINK_SYNTAX = /\]\(|\]:/;
const HTML_ANCHOR = /\b(?:id|name)\s*=\s*["']([^"']+)["']/gi;

type Place = Pick<ReportDescriptor, 'path' | 'span'>;

export default defineRule({
  meta: {
    id: 'valid-links',
    type: 'problem',
    description: 'Relative links and images, step `link` fields and `links[].url` must point to an existing file, and `#fragments` to an existing heading.',
    severity: 'error',
    messages: {
      missingFile: 'Cannot find file `{path}`; relative links start from the folder of this runbook',
      missingHeading: 'Cannot find heading for `#{fragment}` in `{path}`',
      missingHeadingHere: 'Cannot find heading for `#{fragment}` in this file',
    },
  },
  check(context) {
    const self = resolve(context.source.path);
    const dir = dirname(self);
    const anchorsByFile = new Map<string, Set<string> | undefined>();
    const anchorsOf = (file: string): Set<string> | undefined => {
      if (!anchorsByFile.has(file)) anchorsByFile.set(file, file === self ? anchorsOfTree(context.source.body) : readAnchors(file));
      return anchorsByFile.get(file);
    };

    const checkLink = (url: string, place: Place): void => {
      const link = splitLink(url);
      if (!link) return;
      if (link.path === '') {
        if (link.fragment && !hasAnchor(anchorsOf(self), link.fragment)) {
          context.report({ messageId: 'missingHeadingHere', data: { fragment: link.fragment }, ...place });
        }
        return;
      }
      const target = resolve(dir, decode(link.path));
      context.dependsOnFile(target);
      const stats = statOrUndefined(target);
      if (!stats) {
        context.report({ messageId: 'missingFile', data: { path: link.path }, ...place });
        return;
      }
      // Fragments of other files (`#L10` in source code) mean nothing a heading could answer.
      if (!link.fragment || !stats.isFile() || !MARKDOWN.has(extname(target).toLowerCase())) return;
      const anchors = anchorsOf(target);
      if (anchors && !hasAnchor(anchors, link.fragment)) {
        context.report({ messageId: 'missingHeading', data: { fragment: link.fragment, path: link.path }, ...place });
      }
    };

    // Links, images and definitions all need `](` or `]:`: without either there is nothing to parse for.
    const body = LINK_SYNTAX.test(context.source.bodyText) ? context.source.body : undefined;
    if (body) {
      visit(body, (node) => {
        if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.position) {
          const { start, end } = node.position;
          if (start.offset === undefined || end.offset === undefined) return;
          checkLink(node.url, { span: context.source.index.toSpan(start.offset, end.offset) });
        }
      });
    }

    const runbook = context.runbook;
    if (!runbook) return;
    for (const entry of stepsOf(runbook)) {
      if (typeof entry.step.link === 'string') checkLink(entry.step.link, { path: [...entry.path, 'link'] });
    }
    if (Array.isArray(runbook.links)) {
      runbook.links.forEach((link: unknown, index) => {
        if (isRecord(link) && typeof link.url === 'string') checkLink(link.url, { path: ['links', index, 'url'] });
      });
    }
  },
});

// A link can name anything: a path through a file (ENOTDIR), too long a name, a NUL byte. None of them is a file.
function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** The file part (as written) and the fragment of a relative link; undefined for links that are not checked. */
function splitLink(url: string): { path: string; fragment: string } | undefined {
  const trimmed = url.trim();
  // Absolute URLs, protocol-relative and root-relative links depend on where the file is served, and
  // `{{placeholders}}` are filled in at run time: none of them names a file in the repository.
  if (trimmed === '' || SCHEME.test(trimmed) || trimmed.startsWith('/') || trimmed.includes('{{')) return undefined;
  const hash = trimmed.indexOf('#');
  const beforeHash = hash === -1 ? trimmed : trimmed.slice(0, hash);
  const fragment = hash === -1 ? '' : trimmed.slice(hash + 1);
  const query = beforeHash.indexOf('?');
  return { path: query === -1 ? beforeHash : beforeHash.slice(0, query), fragment };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// GitHub's anchors are lower-case slugs, and it matches a fragment to them regardless of case.
function hasAnchor(anchors: Set<string> | undefined, fragment: string): boolean {
  if (!anchors) return true;
  const wanted = decode(fragment);
  return anchors.has(wanted) || anchors.has(wanted.toLowerCase());
}

function readAnchors(file: string): Set<string> | undefined {
  try {
    if (statSync(file).size > MAX_TARGET_SIZE) return undefined;
    return anchorsOfTree(parseMarkdown(readFileSync(file, 'utf8')));
  } catch {
    // Unreadable (permissions, a race with a deletion): its headings are unknown, not missing.
    return undefined;
  }
}

/** Heading slugs as GitHub makes them (duplicates get `-1`, `-2`), plus `id`/`name` attributes of raw HTML. */
function anchorsOfTree(tree: Root | undefined): Set<string> | undefined {
  if (!tree) return undefined;
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'heading') anchors.add(slugger.slug(toString(node)));
    else if (node.type === 'html') for (const match of node.value.matchAll(HTML_ANCHOR)) anchors.add(match[1]!);
  });
  return anchors;
}
