import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAngleBracketPlaceholders, parseShell, shellQuote } from '../../src/kube/shell.js';

/** The words of every command, as text. */
function words(line: string): string[][] {
  return parseShell(line).commands.map((c) => c.words.map((w) => w.text));
}

describe('parseShell: words and quoting', () => {
  it.each<[string, string[]]>([
    ['kubectl get pods', ['kubectl', 'get', 'pods']],
    ["echo 'a b' \"c d\"", ['echo', 'a b', 'c d']],
    ['echo a\\ b', ['echo', 'a b']],
    ['echo "a \\"q\\" \\$x \\n"', ['echo', 'a "q" $x \\n']],
    ["echo 'it'\\''s'", ['echo', "it's"]],
    ['echo $HOME ${USER} "$1"', ['echo', '$HOME', '${USER}', '$1']],
    ['kubectl get pods -n {{namespace}} -l app={{deployment}}', ['kubectl', 'get', 'pods', '-n', '{{namespace}}', '-l', 'app={{deployment}}']],
    ['echo {{ spaced name }}', ['echo', '{{ spaced name }}']],
    ["echo $'a\\tb'", ['echo', 'a\tb']],
    ['echo a\\\nb', ['echo', 'ab']],
    ['echo $((1 + 2))', ['echo', '$((1 + 2))']],
    ["kubectl get pods -o jsonpath='{.items[*].metadata.name}'", ['kubectl', 'get', 'pods', '-o', 'jsonpath={.items[*].metadata.name}']],
    ['echo a#b # comment', ['echo', 'a#b']],
    ['echo "" \'\'', ['echo', '', '']],
  ])('%j', (line, expected) => {
    const parsed = parseShell(line);
    expect(parsed.errors).toEqual([]);
    expect(words(line)).toEqual([expected]);
  });

  it('records word offsets and raw text', () => {
    const line = "kubectl  get 'my pod' -n {{ns}}";
    const [cmd] = parseShell(line).commands;
    expect(cmd?.words.map((w) => [w.text, w.start, w.end, w.raw])).toEqual([
      ['kubectl', 0, 7, 'kubectl'],
      ['get', 9, 12, 'get'],
      ['my pod', 13, 21, "'my pod'"],
      ['-n', 22, 24, '-n'],
      ['{{ns}}', 25, 31, '{{ns}}'],
    ]);
    expect(cmd?.start).toBe(0);
    expect(cmd?.end).toBe(31);
    for (const w of cmd?.words ?? []) expect(line.slice(w.start, w.end)).toBe(w.raw);
  });

  it('marks words whose value is only known at run time', () => {
    const [cmd] = parseShell('x lit "$A" pre$B "pre$C" {{p}} app={{q}} \'-x\'').commands;
    expect(cmd?.words.map((w) => [w.text, w.dynamic, w.mayBeOption])).toEqual([
      ['x', false, false],
      ['lit', false, false],
      ['$A', true, true],
      ['pre$B', true, true],
      ['pre$C', true, false],
      ['{{p}}', true, true],
      ['app={{q}}', true, false],
      ['-x', false, false],
    ]);
  });
});

describe('parseShell: lists, pipelines and groups', () => {
  it.each<[string, string[][]]>([
    ['a | b', [['a'], ['b']]],
    ['a |& b', [['a'], ['b']]],
    ['a && b || c', [['a'], ['b'], ['c']]],
    ['a; b & c', [['a'], ['b'], ['c']]],
    ['a\nb\n\nc', [['a'], ['b'], ['c']]],
    ['(a; b) | c', [['a'], ['b'], ['c']]],
    ['{ a; b; } && c', [['a'], ['b'], ['c']]],
    ['a &&\n b', [['a'], ['b']]],
    ['echo }', [['echo', '}']]],
    ['if a; then b; else c; fi', [['if', 'a'], ['then', 'b'], ['else', 'c'], ['fi']]],
  ])('%j', (line, expected) => {
    expect(parseShell(line).errors).toEqual([]);
    expect(words(line)).toEqual(expected);
  });

  it('gives each command its offsets', () => {
    const line = 'kubectl get pods -o name | grep web';
    expect(parseShell(line).commands.map((c) => [c.start, c.end, c.nested])).toEqual([
      [0, 24, false],
      [27, 35, false],
    ]);
    expect(line.slice(0, 24)).toBe('kubectl get pods -o name');
    expect(line.slice(27, 35)).toBe('grep web');
  });
});

describe('parseShell: substitutions run too', () => {
  it('parses $( ) recursively and flags the inner command nested', () => {
    const line = 'echo $(kubectl delete pod x)';
    const { commands, errors } = parseShell(line);
    expect(errors).toEqual([]);
    expect(commands.map((c) => [c.words.map((w) => w.text), c.start, c.end, c.nested])).toEqual([
      [['echo', '$(kubectl delete pod x)'], 0, 28, false],
      [['kubectl', 'delete', 'pod', 'x'], 7, 27, true],
    ]);
  });

  it('parses backticks and substitutions inside double quotes, with offsets in the line', () => {
    const line = 'echo "a $(b "c d") `e \\"f\\"`"';
    const { commands, errors } = parseShell(line);
    expect(errors).toEqual([]);
    const nested = commands.filter((c) => c.nested);
    expect(nested.map((c) => c.words.map((w) => w.text))).toEqual([['b', 'c d'], ['e', 'f']]);
    expect(nested.map((c) => line.slice(c.start, c.end))).toEqual(['b "c d"', 'e \\"f\\"']);
  });

  it('parses nested substitutions, ${...} defaults and process substitution', () => {
    expect(parseShell('echo $(a $(b))').commands.map((c) => c.words[0]?.text)).toEqual(['echo', 'a', 'b']);
    expect(parseShell('echo ${X:-$(rm y)}').commands.map((c) => c.words[0]?.text)).toEqual(['echo', 'rm']);
    expect(parseShell('diff <(kubectl get a) <(kubectl get b)').commands.map((c) => c.nested)).toEqual([false, true, true]);
  });

  it('does not run what single quotes or a backslash protect', () => {
    expect(parseShell("echo '$(rm x)'").commands).toHaveLength(1);
    expect(parseShell('echo \\$(rm x)').errors).not.toEqual([]);
    expect(parseShell('echo \\`rm x\\`').commands).toHaveLength(1);
  });
});

describe('parseShell: assignments and redirections', () => {
  it('records leading assignments apart from the program', () => {
    const [cmd] = parseShell('FOO=bar X+=1 kubectl get pods A=b').commands;
    expect(cmd?.assignments.map((a) => a.text)).toEqual(['FOO=bar', 'X+=1']);
    expect(cmd?.words.map((w) => w.text)).toEqual(['kubectl', 'get', 'pods', 'A=b']);
  });

  it.each<[string, { op: string; fd?: number; target: string; start: number; end: number }[]]>([
    ['a > out.txt', [{ op: '>', target: 'out.txt', start: 2, end: 11 }]],
    ['a >> log', [{ op: '>>', target: 'log', start: 2, end: 8 }]],
    ['a < in', [{ op: '<', target: 'in', start: 2, end: 6 }]],
    ['a 2>err', [{ op: '>', fd: 2, target: 'err', start: 2, end: 7 }]],
    ['a 2>&1', [{ op: '>&', fd: 2, target: '1', start: 2, end: 6 }]],
    ['a &>/dev/null', [{ op: '&>', target: '/dev/null', start: 2, end: 13 }]],
    ['a <<< "hi there"', [{ op: '<<<', target: 'hi there', start: 2, end: 16 }]],
    ['a >|f', [{ op: '>|', target: 'f', start: 2, end: 5 }]],
  ])('%j', (line, expected) => {
    const { commands, errors } = parseShell(line);
    expect(errors).toEqual([]);
    expect(commands[0]?.redirects).toEqual(expected);
    expect(commands[0]?.words.map((w) => w.text)).toEqual(['a']);
  });

  it('reads a here-document body and keeps it out of the commands', () => {
    const line = "kubectl apply -f - <<'EOF'\napiVersion: v1\nkind: ConfigMap\nEOF\necho done";
    const { commands, errors } = parseShell(line);
    expect(errors).toEqual([]);
    expect(commands.map((c) => c.words.map((w) => w.text))).toEqual([['kubectl', 'apply', '-f', '-'], ['echo', 'done']]);
    expect(commands[0]?.redirects[0]).toMatchObject({ op: '<<', target: 'EOF', heredoc: { body: 'apiVersion: v1\nkind: ConfigMap\n', quoted: true } });
  });

  it('finds substitutions in an unquoted here-document body', () => {
    const { commands } = parseShell('cat <<EOF\n$(rm -rf /tmp/x)\nEOF');
    expect(commands.map((c) => [c.words[0]?.text, c.nested])).toEqual([['cat', false], ['rm', true]]);
  });

  it('records redirections on a group as a command without words', () => {
    const { commands } = parseShell('(a; b) > out');
    expect(commands.at(-1)).toMatchObject({ words: [], redirects: [{ op: '>', target: 'out' }] });
  });
});

describe('parseShell: placeholders', () => {
  it('records each placeholder with where it sits', () => {
    const line = `kubectl get pods -n {{ns}} -l "app={{app}}" '{{x}}' \`echo {{y}}\``;
    const { placeholders } = parseShell(line);
    expect(placeholders.map((p) => [p.name, p.context, line.slice(p.start, p.end)])).toEqual([
      ['ns', 'bare', '{{ns}}'],
      ['app', 'double-quoted', '{{app}}'],
      ['x', 'single-quoted', '{{x}}'],
      ['y', 'backtick', '{{y}}'],
    ]);
  });
});

describe('parseShell: errors never throw', () => {
  it.each<[string, string, number]>([
    ["echo 'abc", 'unterminated single quote', 5],
    ['echo "abc', 'unterminated double quote', 5],
    ['echo $(ls', 'unterminated `$(`', 5],
    ['echo `ls', 'unterminated backtick', 5],
    ['echo ${X', 'unterminated `${`', 5],
    ['a && | b', '`|` has no command before it', 5],
    ['a |', 'a command is missing after `|`', 3],
    ['; a', '`;` has no command before it', 0],
    ['a )', 'unexpected `)`', 2],
    ['(a', 'a `(` subshell is not closed', 2],
    ['{ a; ', 'a `{` group is not closed', 5],
    ['a >', 'has no target', 2],
    ['cat <<EOF', 'has no body', 4],
    ['cat <<EOF\nabc', 'is not terminated', 4],
    ['a b(c)', 'unexpected `(`', 3],
  ])('%j', (line, message, offset) => {
    const { errors } = parseShell(line);
    expect(errors[0]?.message).toContain(message);
    expect(errors[0]?.offset).toBe(offset);
  });

  it('returns no commands and no errors for an empty or blank line', () => {
    expect(parseShell('')).toEqual({ commands: [], errors: [], placeholders: [] });
    expect(parseShell('  \n # only a comment')).toEqual({ commands: [], errors: [], placeholders: [] });
  });

  it('terminates on any input, with offsets inside the line', () => {
    const shellish = fc.string({ unit: fc.constantFrom(...'ab $(){}`\'"\\|&;<>\n#=-{}2'.split('')), maxLength: 40 });
    fc.assert(
      fc.property(shellish, (line) => {
        const parsed = parseShell(line);
        expect(parsed.errors.filter((e) => e.message.startsWith('internal'))).toEqual([]);
        for (const c of parsed.commands) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(line.length);
          for (const w of c.words) expect(line.slice(w.start, w.end)).toBe(w.raw);
        }
        for (const e of parsed.errors) expect(e.offset).toBeLessThanOrEqual(line.length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('findAngleBracketPlaceholders', () => {
  it.each<[string, { text: string; start: number; end: number }[]]>([
    ['kubectl describe pod <pod-name> -n prod', [{ text: '<pod-name>', start: 21, end: 31 }]],
    ['kubectl logs <pod> -c <container_1.x>', [{ text: '<pod>', start: 13, end: 18 }, { text: '<container_1.x>', start: 22, end: 37 }]],
    ["echo '<b>'", []],
    ['echo "<b>"', []],
    ['kubectl logs x 2>&1', []],
    ['cat < file', []],
    ['cat <file', []],
    ['diff <(a) <(b)', []],
    ['cat <<EOF\n<b>\nEOF', []],
    ['echo x # see <doc>', []],
    ['echo $(kubectl get <kind>)', [{ text: '<kind>', start: 19, end: 25 }]],
  ])('%j', (line, expected) => {
    expect(findAngleBracketPlaceholders(line)).toEqual(expected);
  });
});

describe('shellQuote', () => {
  it.each<[string, string]>([
    ['production', 'production'],
    ['web-1.svc:8080', 'web-1.svc:8080'],
    ['', "''"],
    ["a'b", "'a'\\''b'"],
    ['a b', "'a b'"],
    ['x; rm -rf /', "'x; rm -rf /'"],
    ['app=web', "'app=web'"],
    ['$(id)', "'$(id)'"],
    ['~', "'~'"],
    ['if', "'if'"],
  ])('%j -> %s', (value, quoted) => {
    expect(shellQuote(value)).toBe(quoted);
  });

  const hostile = [
    'a;b', 'a && b', 'a || b', 'a | b', 'a & b', '$(rm -rf /)', '`rm -rf /`', '${HOME}', '$HOME', "it's", '"quoted"',
    'line\nbreak', 'tab\there', '*', '?', '[a-z]', '~', '~root', '-rf', '--dry-run=none', '#comment', '!', '{a,b}',
    '{{namespace}}', 'a\\b', '\\', "'", "''", '"', '<pod>', '>out', '2>&1', '(x)', '{ x; }', 'FOO=bar', ' ', '',
    'ünïcødé', '\r\n', '$\'x\'', '%1', 'a=b c', 'then', '}',
  ];

  it.each(hostile)('keeps %j one literal word', (value) => {
    const quoted = shellQuote(value);
    for (const line of [quoted, `kubectl get pod ${quoted} -n x`]) {
      const parsed = parseShell(line);
      expect(parsed.errors).toEqual([]);
      expect(parsed.commands).toHaveLength(1);
      const cmd = parsed.commands[0];
      expect(cmd?.assignments).toEqual([]);
      expect(cmd?.redirects).toEqual([]);
      const ws = cmd?.words ?? [];
      const word = line === quoted ? ws[0] : ws[3];
      expect(ws).toHaveLength(line === quoted ? 1 : 6);
      expect(word?.text).toBe(value);
      expect(word?.dynamic && !value.includes('{{')).toBe(false);
    }
  });

  it('keeps any string one literal word', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (value) => {
        const parsed = parseShell(`echo ${shellQuote(value)} end`);
        expect(parsed.errors).toEqual([]);
        expect(parsed.commands.map((c) => c.words.map((w) => w.text))).toEqual([['echo', value, 'end']]);
      }),
      { numRuns: 3000 },
    );
  });
});
