/**
 * A recursive-descent reader for one POSIX shell command line (plus the bash forms runbooks use:
 * `|&`, `&>`, `<<<`, `$'...'`, process substitution). It does not execute or expand anything: it
 * finds the simple commands, their words, assignments and redirections, with offsets.
 */
import { isPlaceholderContent } from '../runbook/placeholders.js';
import { decodeAnsiC } from './ansi-c.js';
import type {
  AngleBracketPlaceholder,
  PlaceholderContext,
  ShellError,
  ShellPlaceholder,
  ShellRedirect,
  ShellWord,
  SimpleCommand,
} from './shell-types.js';

/** Everything found while parsing, shared by the parsers of nested backtick substitutions. */
export interface ParseSink {
  line: string;
  commands: SimpleCommand[];
  errors: ShellError[];
  placeholders: ShellPlaceholder[];
  angles: AngleBracketPlaceholder[];
}

interface ParserOptions {
  /** Offset in the line of each character of the source, plus one for its end; identity when absent. */
  positions?: number[];
  nested: boolean;
  /** The context of a placeholder outside quotes in this source. */
  bareContext: PlaceholderContext;
  depth: number;
}

interface WordState {
  text: string;
  dynamic: boolean;
  mayBeOption: boolean;
}

interface CommandBuilder {
  assignments: ShellWord[];
  words: ShellWord[];
  redirects: ShellRedirect[];
}

interface PendingHeredoc {
  redirect: ShellRedirect;
  delimiter: string;
  stripTabs: boolean;
  quoted: boolean;
}

interface Opener {
  offset: number;
  what: string;
}

const MAX_DEPTH = 24;
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/y;
const PLACEHOLDER_GLOBAL = /\{\{\s*([^{}]*?)\s*\}\}/g;
const ANGLE = /<([A-Za-z0-9_.-]+)>/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*\+?=/;
const REDIRECT = /(\d*)(&>>|&>|>>|>&|>\||<<<|<<-|<<|<&|<>|>|<)/y;
const OPERATORS = ['||', '|&', '|', '&&', ';;', ';', '&'] as const;
const BINARY = new Set(['|', '|&', '&&', '||']);
const WORD_END = new Set([' ', '\t', '\n', '|', '&', ';', '(', ')', '<', '>']);

function emptyBuilder(): CommandBuilder {
  return { assignments: [], words: [], redirects: [] };
}

function isEmpty(b: CommandBuilder): boolean {
  return b.assignments.length === 0 && b.words.length === 0 && b.redirects.length === 0;
}

// Kept as a class so nested backtick bodies can be parsed by a child parser that maps offsets back to the line.
export class ShellParser {
  private i = 0;
  private substitutionDepth = 0;

  constructor(
    private readonly src: string,
    private readonly sink: ParseSink,
    private readonly options: ParserOptions,
  ) {}

  // The entry point: reads the whole source as a command list.
  parse(): void {
    this.parseList(undefined);
  }

  private at(index: number): number {
    const positions = this.options.positions;
    if (!positions) return index;
    return positions[Math.min(index, positions.length - 1)] ?? 0;
  }

  private error(message: string, index: number): void {
    this.sink.errors.push({ message, offset: this.at(index) });
  }

  private errorAtOffset(message: string, offset: number): void {
    this.sink.errors.push({ message, offset });
  }

  private get depth(): number {
    return this.options.depth + this.substitutionDepth;
  }

  private skipBlanks(): void {
    const src = this.src;
    while (this.i < src.length) {
      const c = src[this.i];
      if (c === ' ' || c === '\t') this.i += 1;
      else if (c === '\\' && src[this.i + 1] === '\n') this.i += 2;
      else break;
    }
  }

  /** Reads commands until the end of the source, or until the `)` that closes `opener`. */
  private parseList(opener: Opener | undefined): void {
    const src = this.src;
    const nested = this.options.nested || this.substitutionDepth > 0;
    let cur = emptyBuilder();
    let parenDepth = 0;
    let braceDepth = 0;
    let needCommand: string | undefined;
    let afterGroup = false;
    const heredocs: PendingHeredoc[] = [];

    const finish = (op: string, index: number): void => {
      if (!isEmpty(cur)) {
        this.pushCommand(cur, nested);
        cur = emptyBuilder();
        needCommand = undefined;
      } else if (afterGroup) {
        needCommand = undefined;
      } else if (op === 'newline') {
        // A blank line, or a line break after `&&`, `||` or `|`: the command may follow.
      } else if (op === 'end' || op === ')') {
        if (needCommand !== undefined) this.error(`a command is missing after \`${needCommand}\``, index);
        needCommand = undefined;
      } else {
        this.error(`\`${op}\` has no command before it`, index);
      }
      afterGroup = false;
      if (BINARY.has(op)) needCommand = op;
    };

    for (;;) {
      this.skipBlanks();
      if (this.i >= src.length) break;
      const here = this.i;
      const c = src[here] ?? '';

      if (c === '#') {
        const nl = src.indexOf('\n', here);
        this.i = nl === -1 ? src.length : nl;
        continue;
      }
      if (c === '\n') {
        finish('newline', here);
        this.i += 1;
        this.readHeredocs(heredocs);
        continue;
      }
      if (c === ')') {
        if (parenDepth > 0) {
          finish(')', here);
          parenDepth -= 1;
          afterGroup = true;
          this.i += 1;
          continue;
        }
        if (opener) {
          finish(')', here);
          this.i += 1;
          if (braceDepth > 0) this.error('a `{` group is not closed with `}`', here);
          this.unterminatedHeredocs(heredocs);
          return;
        }
        this.error('unexpected `)`', here);
        this.i += 1;
        continue;
      }
      if (c === '(') {
        if (isEmpty(cur) && !afterGroup) {
          parenDepth += 1;
          needCommand = undefined;
        } else {
          this.error('unexpected `(`', here);
        }
        this.i += 1;
        continue;
      }
      const processSubstitution = (c === '<' || c === '>') && src[here + 1] === '(';
      if (!processSubstitution) {
        REDIRECT.lastIndex = here;
        const redirect = REDIRECT.exec(src);
        if (redirect) {
          this.readRedirect(redirect[1] ?? '', redirect[2] ?? '', cur, heredocs);
          continue;
        }
        const op = OPERATORS.find((o) => src.startsWith(o, here));
        if (op) {
          if (op === ';;') this.error('`;;` is only valid inside `case`, which is not supported', here);
          finish(op, here);
          this.i += op.length;
          continue;
        }
      }

      const word = this.readWord();
      if (this.i === here) {
        this.error(`unexpected \`${c}\``, here);
        this.i += 1;
        continue;
      }
      if (afterGroup) {
        this.errorAtOffset(`unexpected word \`${word.raw}\` after a group`, word.start);
      }
      if (isEmpty(cur) && word.raw === '{') {
        braceDepth += 1;
        needCommand = undefined;
        continue;
      }
      if (isEmpty(cur) && word.raw === '}' && braceDepth > 0) {
        if (needCommand !== undefined) this.error(`a command is missing after \`${needCommand}\``, here);
        needCommand = undefined;
        braceDepth -= 1;
        afterGroup = true;
        continue;
      }
      if (cur.words.length === 0 && ASSIGNMENT.test(word.raw)) cur.assignments.push(word);
      else cur.words.push(word);
    }

    finish('end', src.length);
    this.unterminatedHeredocs(heredocs);
    if (parenDepth > 0) this.error('a `(` subshell is not closed with `)`', src.length);
    if (braceDepth > 0) this.error('a `{` group is not closed with `}`', src.length);
    if (opener) this.errorAtOffset(`unterminated \`${opener.what}\`: no closing \`)\``, opener.offset);
  }

  private unterminatedHeredocs(heredocs: PendingHeredoc[]): void {
    for (const h of heredocs) {
      this.errorAtOffset(`the here-document \`${h.delimiter}\` has no body: it must start on the next line`, h.redirect.start);
    }
    heredocs.length = 0;
  }

  private pushCommand(b: CommandBuilder, nested: boolean): void {
    const items = [...b.assignments, ...b.words, ...b.redirects];
    const start = Math.min(...items.map((x) => x.start));
    const end = Math.max(...items.map((x) => x.end));
    this.sink.commands.push({ ...b, start, end, nested });
  }

  private readRedirect(fdText: string, op: string, cur: CommandBuilder, heredocs: PendingHeredoc[]): void {
    const src = this.src;
    const start = this.i;
    if (op === '<' && fdText === '') {
      ANGLE.lastIndex = start;
      const angle = ANGLE.exec(src);
      if (angle) {
        this.sink.angles.push({ text: angle[0], start: this.at(start), end: this.at(start + angle[0].length) });
      }
    }
    this.i += fdText.length + op.length;
    this.skipBlanks();
    const next = src[this.i];
    const opensSubstitution = (next === '<' || next === '>') && src[this.i + 1] === '(';
    const redirect: ShellRedirect = { op, target: '', start: this.at(start), end: this.at(this.i) };
    if (fdText !== '') redirect.fd = Number(fdText);
    if (next === undefined || (WORD_END.has(next) && !opensSubstitution)) {
      this.error(`the redirection \`${fdText}${op}\` has no target`, start);
      redirect.end = this.at(start + fdText.length + op.length);
      cur.redirects.push(redirect);
      return;
    }
    const target = this.readWord();
    redirect.target = target.text;
    redirect.end = target.end;
    if (op === '<<' || op === '<<-') {
      heredocs.push({ redirect, delimiter: target.text, stripTabs: op === '<<-', quoted: /['"\\]/.test(target.raw) });
    }
    cur.redirects.push(redirect);
  }

  /** After a line break: reads the bodies of the here-documents opened on the line before. */
  private readHeredocs(heredocs: PendingHeredoc[]): void {
    const src = this.src;
    for (const h of heredocs) {
      const bodyStart = this.i;
      let bodyEnd = src.length;
      let body = '';
      let terminated = false;
      while (this.i < src.length) {
        const nl = src.indexOf('\n', this.i);
        const lineEnd = nl === -1 ? src.length : nl;
        const lineText = src.slice(this.i, lineEnd);
        const compared = h.stripTabs ? lineText.replace(/^\t+/, '') : lineText;
        if (compared === h.delimiter) {
          bodyEnd = this.i;
          this.i = nl === -1 ? src.length : nl + 1;
          terminated = true;
          break;
        }
        body += `${compared}\n`;
        this.i = nl === -1 ? src.length : nl + 1;
      }
      if (!terminated) bodyEnd = src.length;
      h.redirect.heredoc = { body, quoted: h.quoted };
      const resume = this.i;
      this.scanHeredocBody(bodyStart, bodyEnd, h.quoted);
      this.i = Math.max(resume, this.i);
      if (!terminated) {
        this.errorAtOffset(`the here-document \`${h.delimiter}\` is not terminated by a \`${h.delimiter}\` line`, h.redirect.start);
      }
    }
    heredocs.length = 0;
  }

  /** Records placeholders in a here-document body and, when the delimiter is unquoted, its substitutions. */
  private scanHeredocBody(from: number, to: number, quoted: boolean): void {
    const src = this.src;
    const scratch: WordState = { text: '', dynamic: false, mayBeOption: false };
    let j = from;
    while (j < to) {
      const c = src[j];
      this.i = j;
      if (c === '{' && this.tryPlaceholder(scratch, 'heredoc')) {
        j = this.i;
      } else if (!quoted && c === '\\') {
        j += 2;
      } else if (!quoted && c === '$') {
        this.readDollar(scratch, true);
        j = Math.max(this.i, j + 1);
      } else if (!quoted && c === '`') {
        this.readBacktick(scratch, false);
        j = Math.max(this.i, j + 1);
      } else {
        j += 1;
      }
    }
  }

  private readWord(): ShellWord {
    const src = this.src;
    const start = this.i;
    const st: WordState = { text: '', dynamic: false, mayBeOption: false };
    while (this.i < src.length) {
      const c = src[this.i] ?? '';
      if (WORD_END.has(c)) {
        if ((c === '<' || c === '>') && src[this.i + 1] === '(' && this.i === start) {
          this.readProcessSubstitution(st);
          continue;
        }
        break;
      }
      if (c === '\\') {
        const next = src[this.i + 1];
        if (next === '\n') this.i += 2;
        else if (next === undefined) {
          st.text += '\\';
          this.i += 1;
        } else {
          st.text += next;
          this.i += 2;
        }
      } else if (c === "'") {
        this.readSingleQuoted(st);
      } else if (c === '"') {
        this.readDoubleQuoted(st);
      } else if (c === '$') {
        this.readDollar(st, false);
      } else if (c === '`') {
        this.readBacktick(st, false);
      } else if (c === '{' && this.tryPlaceholder(st, this.options.bareContext)) {
        // consumed
      } else {
        st.text += c;
        this.i += 1;
      }
    }
    const first = this.at(start);
    const last = this.at(this.i);
    return {
      text: st.text,
      raw: this.sink.line.slice(first, last),
      start: first,
      end: last,
      dynamic: st.dynamic,
      mayBeOption: st.mayBeOption,
    };
  }

  private tryPlaceholder(st: WordState, context: PlaceholderContext): boolean {
    PLACEHOLDER.lastIndex = this.i;
    const m = PLACEHOLDER.exec(this.src);
    if (!m || !isPlaceholderContent(m[1] ?? '')) return false;
    this.recordPlaceholder(m[0], m[1] ?? '', this.i, context);
    if (st.text === '') st.mayBeOption = true;
    st.dynamic = true;
    st.text += m[0];
    this.i += m[0].length;
    return true;
  }

  private recordPlaceholder(text: string, name: string, index: number, context: PlaceholderContext): void {
    this.sink.placeholders.push({ text, name, context, start: this.at(index), end: this.at(index + text.length) });
  }

  /** Placeholders inside literal text (single quotes, `$'...'`): recorded, and they make the word dynamic. */
  private notePlaceholdersIn(content: string, contentIndex: number, context: PlaceholderContext, st: WordState): void {
    for (const m of content.matchAll(PLACEHOLDER_GLOBAL)) {
      if (!isPlaceholderContent(m[1] ?? '')) continue;
      this.recordPlaceholder(m[0], m[1] ?? '', contentIndex + m.index, context);
      if (m.index === 0 && st.text === '') st.mayBeOption = true;
      st.dynamic = true;
    }
  }

  private addExpansion(st: WordState, raw: string, quoted: boolean): void {
    if (st.text === '' || !quoted) st.mayBeOption = true;
    st.dynamic = true;
    st.text += raw;
  }

  private readSingleQuoted(st: WordState): void {
    const open = this.i;
    const close = this.src.indexOf("'", open + 1);
    const end = close === -1 ? this.src.length : close;
    const content = this.src.slice(open + 1, end);
    if (close === -1) this.error('unterminated single quote: no closing `\'`', open);
    this.notePlaceholdersIn(content, open + 1, 'single-quoted', st);
    st.text += content;
    this.i = close === -1 ? this.src.length : close + 1;
  }

  private readDoubleQuoted(st: WordState): void {
    const src = this.src;
    const open = this.i;
    this.i += 1;
    for (;;) {
      if (this.i >= src.length) {
        this.error('unterminated double quote: no closing `"`', open);
        return;
      }
      const c = src[this.i] ?? '';
      if (c === '"') {
        this.i += 1;
        return;
      }
      if (c === '\\') {
        const next = src[this.i + 1];
        if (next === '\n') this.i += 2;
        else if (next === '$' || next === '`' || next === '"' || next === '\\') {
          st.text += next;
          this.i += 2;
        } else {
          st.text += '\\';
          this.i += 1;
        }
      } else if (c === '$') {
        this.readDollar(st, true);
      } else if (c === '`') {
        this.readBacktick(st, true);
      } else if (c === '{' && this.tryPlaceholder(st, 'double-quoted')) {
        // consumed
      } else {
        st.text += c;
        this.i += 1;
      }
    }
  }

  /** At a `$`: a parameter, command substitution, arithmetic, `$'...'`, `$"..."`, or a literal dollar. */
  private readDollar(st: WordState, quoted: boolean): void {
    const src = this.src;
    const start = this.i;
    const next = src[start + 1] ?? '';
    if (next === '(') {
      if (src[start + 2] === '(' && this.readArithmetic(st, quoted)) return;
      this.readCommandSubstitution(st, quoted);
    } else if (next === '{') {
      this.readParameterExpansion(st, quoted);
    } else if (!quoted && next === "'") {
      this.readAnsiC(st);
    } else if (!quoted && next === '"') {
      this.i += 1;
      this.readDoubleQuoted(st);
    } else if (/[A-Za-z_]/.test(next)) {
      NAME.lastIndex = start + 1;
      const name = NAME.exec(src)?.[0] ?? next;
      this.i = start + 1 + name.length;
      this.addExpansion(st, `$${name}`, quoted);
    } else if (/[0-9@*#?$!-]/.test(next) && next !== '') {
      this.i = start + 2;
      this.addExpansion(st, `$${next}`, quoted);
    } else {
      st.text += '$';
      this.i += 1;
    }
  }

  private readAnsiC(st: WordState): void {
    const src = this.src;
    const start = this.i;
    let j = start + 2;
    while (j < src.length && src[j] !== "'") j += src[j] === '\\' ? 2 : 1;
    const body = src.slice(start + 2, Math.min(j, src.length));
    if (j >= src.length) this.error("unterminated `$'` string: no closing `'`", start);
    this.notePlaceholdersIn(body, start + 2, 'single-quoted', st);
    st.text += decodeAnsiC(body);
    this.i = Math.min(j + 1, src.length);
  }

  private tooDeep(start: number): boolean {
    if (this.depth < MAX_DEPTH) return false;
    this.error('substitutions are nested too deeply to check', start);
    this.i = this.src.length;
    return true;
  }

  private readCommandSubstitution(st: WordState, quoted: boolean): void {
    const start = this.i;
    if (this.tooDeep(start)) return;
    this.i += 2;
    this.substitutionDepth += 1;
    this.parseList({ offset: this.at(start), what: '$(' });
    this.substitutionDepth -= 1;
    this.addExpansion(st, this.src.slice(start, this.i), quoted);
  }

  private readProcessSubstitution(st: WordState): void {
    const start = this.i;
    if (this.tooDeep(start)) return;
    this.i += 2;
    this.substitutionDepth += 1;
    this.parseList({ offset: this.at(start), what: `${this.src[start] ?? ''}(` });
    this.substitutionDepth -= 1;
    st.dynamic = true;
    st.text += this.src.slice(start, this.i);
  }

  /** `$(( ... ))`. Returns false when this is really `$( (subshell) ... )`. */
  private readArithmetic(st: WordState, quoted: boolean): boolean {
    const src = this.src;
    const start = this.i;
    let depth = 0;
    let j = start + 3;
    while (j < src.length) {
      const c = src[j];
      if (c === '(') depth += 1;
      else if (c === ')') {
        if (depth > 0) depth -= 1;
        else if (src[j + 1] === ')') break;
        else return false;
      } else if (c === '`' || (c === '$' && src[j + 1] === '(')) {
        this.error('a command substitution inside `$((...))` cannot be checked', j);
      }
      j += 1;
    }
    if (j >= src.length) {
      this.error('unterminated `$((`: no closing `))`', start);
      this.i = src.length;
    } else {
      this.i = j + 2;
    }
    this.addExpansion(st, src.slice(start, this.i), quoted);
    return true;
  }

  private readParameterExpansion(st: WordState, quoted: boolean): void {
    const src = this.src;
    const start = this.i;
    const scratch: WordState = { text: '', dynamic: false, mayBeOption: false };
    this.i += 2;
    let closed = false;
    while (this.i < src.length) {
      const c = src[this.i];
      if (c === '}') {
        this.i += 1;
        closed = true;
        break;
      }
      if (c === '\\') this.i += 2;
      else if (c === "'" && !quoted) this.readSingleQuoted(scratch);
      else if (c === '"') this.readDoubleQuoted(scratch);
      else if (c === '$') this.readDollar(scratch, true);
      else if (c === '`') this.readBacktick(scratch, true);
      else if (c === '{' && this.tryPlaceholder(scratch, 'expansion')) {
        // consumed
      } else this.i += 1;
    }
    if (!closed) this.error('unterminated `${`: no closing `}`', start);
    this.i = Math.min(this.i, src.length);
    this.addExpansion(st, src.slice(start, this.i), quoted);
  }

  /** `` `...` ``: the body is unescaped, then parsed by a nested parser that maps offsets back to the line. */
  private readBacktick(st: WordState, inDoubleQuotes: boolean): void {
    const src = this.src;
    const start = this.i;
    if (this.tooDeep(start)) return;
    let content = '';
    const positions: number[] = [];
    let j = start + 1;
    while (j < src.length && src[j] !== '`') {
      const c = src[j] ?? '';
      const next = src[j + 1];
      if (c === '\\' && (next === '`' || next === '\\' || next === '$' || (inDoubleQuotes && next === '"'))) {
        content += next;
        positions.push(this.at(j + 1));
        j += 2;
        continue;
      }
      content += c;
      positions.push(this.at(j));
      j += 1;
    }
    if (j >= src.length) {
      this.error('unterminated backtick: no closing `` ` ``', start);
      positions.push(this.at(src.length));
      this.i = src.length;
    } else {
      positions.push(this.at(j));
      this.i = j + 1;
    }
    const inner = new ShellParser(content, this.sink, {
      positions,
      nested: true,
      bareContext: 'backtick',
      depth: this.depth + 1,
    });
    inner.parse();
    this.addExpansion(st, src.slice(start, this.i), inDoubleQuotes);
  }
}
