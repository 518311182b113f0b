import type { Root } from 'mdast';
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { decodeRunbook, DEFAULT_MAX_FILE_SIZE, type DecodeProblem } from './decode.js';
import { splitFrontMatter, type FrontMatterSplit } from './front-matter.js';
import { createLocator, type Locator } from './locator.js';
import { parseMarkdown } from './markdown.js';
import { readPlainFrontMatter } from './plain-yaml.js';
import { createLineIndex, type LineIndex, type Span } from './position.js';

/** A reason the file could not be read as a runbook, with its place and a hint on how to fix it. */
export interface ParseProblem {
  message: string;
  span: Span;
}

/** A runbook file as the linter and runner see it: the raw front-matter data, where each part came from, and the body. */
export interface ParsedRunbook {
  path: string;
  text: string;
  index: LineIndex;
  frontMatter: FrontMatterSplit;
  /** The front-matter as plain data; undefined when there is none or it does not parse. */
  data: unknown;
  /** Built on first use when the front-matter is plain YAML: most files need no place for anything. */
  readonly locate: Locator;
  /** Where the top-level `id` value is; undefined when there is none. */
  readonly idSpan: Span | undefined;
  /** False when the bytes could not be read as text (binary, not UTF-8, too large, empty): nothing to check. */
  isText: boolean;
  /** The text after the front-matter (all of it when there is none): cheap checks before asking for `body`. */
  bodyText: string;
  /**
   * The Markdown tree of the body, with file positions; undefined when the bytes are not text. Parsed on
   * first use: a rule that can tell from `bodyText` that there is nothing for it (no link syntax, say) spares
   * the parse, which is most of the cost of linting a file.
   */
  readonly body: Root | undefined;
  problems: ParseProblem[];
}

export interface ParseOptions {
  maxFileSize?: number;
}

// Never throws for any input: every way a file can be wrong becomes a located problem.
export function parseRunbook(path: string, input: Uint8Array | string, options: ParseOptions = {}): ParsedRunbook {
  const decoded = typeof input === 'string' ? decodeString(input) : decodeRunbook(input, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  const index = createLineIndex(text);
  const start = index.toSpan(0, Math.min(text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'), text.length));
  if (!decoded.ok) {
    const problem = describeDecodeProblem(decoded.problem);
    const at = 'offset' in decoded.problem ? index.toSpan(text.length, text.length) : start;
    return {
      path,
      text,
      index,
      frontMatter: { kind: 'missing' },
      data: undefined,
      locate: createLocator(undefined, '', 0, index, start),
      idSpan: undefined,
      isText: false,
      bodyText: '',
      body: undefined,
      problems: [{ message: problem, span: at }],
    };
  }

  const frontMatter = splitFrontMatter(text);
  let body: Root | undefined;
  let locate: Locator | undefined;
  let makeLocator = (): Locator => createLocator(undefined, '', 0, index, start);
  // Offsets of the `id` value when js-yaml found it, which spares building the locator for it.
  let idAt: [number, number] | undefined;
  const result: ParsedRunbook = {
    path,
    text,
    index,
    frontMatter,
    data: undefined,
    get locate() {
      return (locate ??= makeLocator());
    },
    get idSpan() {
      return idAt ? index.toSpan(idAt[0], idAt[1]) : this.locate.value(['id']);
    },
    isText: true,
    bodyText: frontMatter.kind === 'present' ? text.slice(frontMatter.bodyStart) : text,
    get body() {
      return (body ??= parseMarkdown(text, frontMatter));
    },
    problems: [],
  };
  if (frontMatter.kind === 'missing') {
    result.problems.push({
      message: 'Missing front-matter: a runbook starts with a `---` line, its YAML fields, and a closing `---` line',
      span: start,
    });
    return result;
  }
  if (frontMatter.kind === 'unterminated') {
    result.problems.push({
      message: 'Unterminated front-matter: the `---` on line 1 is never closed; add a `---` line after the last YAML field',
      span: index.toSpan(0, frontMatter.openEnd),
    });
    return result;
  }

  const fmSpan = index.toSpan(0, 3);
  const locateIn = (doc: Document): Locator => createLocator(doc, frontMatter.yaml, frontMatter.yamlStart, index, fmSpan);
  const plain = readPlainFrontMatter(frontMatter.yaml);
  if (plain) {
    result.data = plain.data;
    makeLocator = () => locateIn(parseYaml(frontMatter.yaml));
    if (plain.idRange) idAt = [frontMatter.yamlStart + plain.idRange[0], frontMatter.yamlStart + plain.idRange[1]];
    return result;
  }
  const doc = parseYaml(frontMatter.yaml);
  locate = locateIn(doc);
  // One error often cascades into more at the same place; one per line, and a handful at most, is what helps.
  const seenLines = new Set<number>();
  const yamlErrors = [...doc.errors, ...doc.warnings].filter((error) => {
    const line = index.toPoint(frontMatter.yamlStart + error.pos[0]).line;
    if (seenLines.has(line)) return false;
    seenLines.add(line);
    return true;
  });
  for (const error of yamlErrors.slice(0, 5)) {
    result.problems.push({
      message: `Invalid YAML in front-matter: ${cleanYamlMessage(error.message)}`,
      span: index.toSpan(frontMatter.yamlStart + error.pos[0], frontMatter.yamlStart + error.pos[1]),
    });
  }
  if (doc.errors.length > 0) return result;
  if (!isMap(doc.contents)) {
    const what = doc.contents === null ? 'empty' : describeNode(doc);
    result.problems.push({
      message: `Front-matter must be a mapping of fields (\`id: ...\`, \`title: ...\`), found ${what}`,
      span: doc.contents?.range ? index.toSpan(frontMatter.yamlStart + doc.contents.range[0], frontMatter.yamlStart + doc.contents.range[1]) : fmSpan,
    });
    return result;
  }
  try {
    result.data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // Alias bombs and similar: reported, never followed.
    result.problems.push({ message: `Invalid YAML in front-matter: ${(error as Error).message}`, span: fmSpan });
  }
  return result;
}

function parseYaml(text: string): Document {
  return parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true });
}

function decodeString(input: string): ReturnType<typeof decodeRunbook> {
  if (input.trim() === '') return { ok: false, problem: { kind: 'empty' }, text: input };
  const nul = input.indexOf('\0');
  if (nul !== -1) return { ok: false, problem: { kind: 'binary', offset: nul }, text: input.slice(0, nul) };
  return { ok: true, text: input };
}

function describeDecodeProblem(problem: DecodeProblem): string {
  switch (problem.kind) {
    case 'empty':
      return 'Empty file: a runbook needs front-matter between `---` lines; start from `runbook new`';
    case 'too-large':
      return `File is ${formatBytes(problem.size)}, over the ${formatBytes(problem.limit)} limit for a runbook; split it or raise \`maxFileSize\` in runbook.config.yaml`;
    case 'binary':
      return 'Binary file: found a NUL byte; runbooks are UTF-8 Markdown text';
    case 'encoding':
      return 'Not valid UTF-8: re-save the file as UTF-8';
  }
}

function formatBytes(size: number): string {
  return size >= 1024 * 1024 ? `${(size / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(size / 1024)} KiB`;
}

function describeNode(doc: Document): string {
  const node = doc.contents;
  if (isSeq(node)) return 'a list';
  if (isAlias(node)) return 'an alias';
  if (isScalar(node)) return typeof node.value === 'string' ? 'a string' : `a ${node.value === null ? 'null' : typeof node.value}`;
  return 'something else';
}

// yaml's messages end with "at line N, column M" that duplicates our own location.
function cleanYamlMessage(message: string): string {
  return message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').replace(/\s+/g, ' ').trim();
}
