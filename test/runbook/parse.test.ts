import { describe, expect, test } from 'vitest';
import { parseRunbook } from '../../src/runbook/parse.js';

const problems = (input: string | Uint8Array, maxFileSize?: number) =>
  parseRunbook('runbooks/x.md', input, maxFileSize === undefined ? {} : { maxFileSize }).problems.map((p) => `${p.span.start.line}:${p.span.start.column} ${p.message}`);

describe('parseRunbook', () => {
  test('front-matter becomes data with the position of every key and value', () => {
    const parsed = parseRunbook('runbooks/x.md', '---\nid: x\ndiagnosis:\n  - id: a\n    run: "kubectl get pods"\n---\n# X\n');
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).toEqual({ id: 'x', diagnosis: [{ id: 'a', run: 'kubectl get pods' }] });
    expect(parsed.locate.key(['diagnosis', 0, 'run'])?.start).toMatchObject({ line: 5, column: 5 });
    expect(parsed.locate.value(['diagnosis', 0, 'run'])?.start).toMatchObject({ line: 5, column: 10 });
    expect(parsed.locate.within(['diagnosis', 0, 'run'], 8, 11)?.start).toMatchObject({ line: 5, column: 19 });
    expect(parsed.body?.children.at(-1)).toMatchObject({ type: 'heading', position: { start: { line: 7 } } });
  });

  test('a byte-order mark and CRLF line endings do not shift positions', () => {
    const parsed = parseRunbook('runbooks/x.md', new TextEncoder().encode('\uFEFF---\r\nid: x\r\ntitle: [oops\r\n---\r\n'));
    expect(parsed.problems.map((p) => [p.span.start.line, p.span.start.column])).toEqual([[4, 1]]);
    const clean = parseRunbook('runbooks/x.md', '\uFEFF---\r\nid: x\r\ntitle: T\r\n---\r\n');
    expect(clean.data).toEqual({ id: 'x', title: 'T' });
    expect(clean.locate.value(['title'])?.start).toMatchObject({ line: 3, column: 8 });
  });

  test('every broken input is a located problem, never an exception', () => {
    expect(problems('')).toEqual(['1:1 Empty file: a runbook needs front-matter between `---` lines; start from `runbook new`']);
    expect(problems('# Title\n')).toEqual(['1:1 Missing front-matter: a runbook starts with a `---` line, its YAML fields, and a closing `---` line']);
    expect(problems('---\nid: x\n')).toEqual(['1:1 Unterminated front-matter: the `---` on line 1 is never closed; add a `---` line after the last YAML field']);
    expect(problems('---\nid: x\n  title: y\n---\n')).toEqual(['2:5 Invalid YAML in front-matter: Nested mappings are not allowed in compact mappings']);
    expect(problems('---\njust a string\n---\n')).toEqual(['2:1 Front-matter must be a mapping of fields (`id: ...`, `title: ...`), found a string']);
    expect(problems('---\n---\n')[0]).toMatch(/^1:1 Front-matter must be a mapping/);
    expect(problems('---\n*x\n---\n')[0]).toMatch(/^\d+:\d+ (Invalid YAML|Front-matter must)/);
  });

  test('binary, non-UTF-8 and oversized files are reported where reading stopped', () => {
    expect(problems(new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]))[0]).toMatch(/^1:1 Binary file/);
    const latin1 = new Uint8Array([...new TextEncoder().encode('---\nid: x\ntitle: caf'), 0xe9, 0x0a]);
    expect(problems(latin1)).toEqual(['3:11 Not valid UTF-8: re-save the file as UTF-8']);
    expect(problems(new TextEncoder().encode(`---\nid: x\n---\n${'a'.repeat(3000)}`), 2048)).toEqual([
      '1:1 File is 3 KiB, over the 2 KiB limit for a runbook; split it or raise `maxFileSize` in runbook.config.yaml',
    ]);
  });

  test('YAML alias bombs are refused, not expanded', () => {
    const bomb = ['---', 'a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`), '---', ''].join('\n');
    const parsed = parseRunbook('runbooks/x.md', bomb);
    expect(parsed.data).toBeUndefined();
    expect(parsed.problems[0]?.message).toMatch(/Invalid YAML in front-matter: .*alias/i);
  });
});
