import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormatterContext } from '../../../src/lint/formatters/formatter.js';
import junit from '../../../src/lint/formatters/junit.js';
import type { LintResult } from '../../../src/lint/result.js';
import type { RuleMeta } from '../../../src/lint/rule.js';

const cwd = path.resolve('/repo');
const meta = (id: string, severity: RuleMeta['severity']): RuleMeta => ({ id, type: 'problem', description: `The ${id} rule.`, severity, messages: {} });
const context: FormatterContext = {
  color: true,
  cwd,
  rulesMeta: { 'parse-error': meta('parse-error', 'error'), schema: meta('schema', 'error') },
  version: '0.1.0',
};
const at = (file: string): string => path.join(cwd, 'runbooks', file);

const clean: LintResult = { filePath: at('clean.md'), messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0 };
const mixed: LintResult = {
  filePath: at('disk-pressure.md'),
  messages: [
    { ruleId: 'schema', severity: 2, message: 'Unexpected field `severty`', line: 5, column: 1, endLine: 5, endColumn: 8 },
    { ruleId: 'stale-review', severity: 1, message: 'Review is overdue', line: 12, column: 10, endLine: 12, endColumn: 20 },
  ],
  errorCount: 1,
  warningCount: 1,
  fatalErrorCount: 0,
};
const fatal: LintResult = {
  filePath: at('broken.md'),
  messages: [{ ruleId: 'parse-error', severity: 2, message: 'Missing front-matter', line: 1, column: 1, endLine: 1, endColumn: 4, fatal: true }],
  errorCount: 1,
  warningCount: 0,
  fatalErrorCount: 1,
};
const tricky: LintResult = {
  filePath: at('a&b <"q">.md'),
  messages: [
    {
      ruleId: 'schema',
      severity: 2,
      message: 'Unexpected <b> & "x" \'y\'\nnext: 100%, done\u0000\u0008\uD800\uFFFE 🚀\tend\r',
      line: 3,
      column: 7,
      endLine: 3,
      endColumn: 9,
    },
  ],
  errorCount: 1,
  warningCount: 0,
  fatalErrorCount: 0,
};

const DOCS = 'https://github.com/runbook-dev/runbook/blob/main/docs/rules';

/**
 * A small well-formedness check, enough for what the formatter writes: one root, balanced tags, quoted attributes,
 * known entities only, no raw `<`/`&` in text, no character XML 1.0 forbids.
 */
function assertWellFormed(xml: string): string[] {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  expect(xml).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
  const body = xml.slice(xml.indexOf('?>') + 2);
  const stack: string[] = [];
  const opened: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w-]*)((?:\s+[\w-]+="[^"<]*")*)\s*(\/?)>/gy;
  let index = 0;
  while (index < body.length) {
    const next = body.indexOf('<', index);
    const text = body.slice(index, next === -1 ? body.length : next);
    expect(text.replace(/&(?:amp|lt|gt|quot|apos|#\d+);/g, '')).not.toMatch(/[&>]/);
    if (next === -1) break;
    tag.lastIndex = next;
    const match = tag.exec(body);
    if (!match) throw new Error(`Malformed tag at ${body.slice(next, next + 40)}`);
    const [whole, closing, name = '', attrs = '', selfClosing] = match;
    expect(attrs.replace(/&(?:amp|lt|gt|quot|apos|#\d+);/g, '')).not.toMatch(/&/);
    if (closing) expect(stack.pop()).toBe(name);
    else {
      if (stack.length === 0) expect(opened).toHaveLength(0);
      opened.push(name);
      if (!selfClosing) stack.push(name);
    }
    index = next + whole.length;
  }
  expect(stack).toEqual([]);
  return opened;
}

describe('junit', () => {
  it('writes a suite per file, a failing case per error, a passing case per warning and one for a clean file', () => {
    const xml = junit([clean, mixed, fatal], context);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="runbook-lint" tests="4" failures="1" errors="1">',
        '  <testsuite name="runbooks/clean.md" tests="1" failures="0" errors="0">',
        '    <testcase name="runbook-lint" classname="runbooks/clean.md"/>',
        '  </testsuite>',
        '  <testsuite name="runbooks/disk-pressure.md" tests="2" failures="1" errors="0">',
        '    <testcase name="5:1 schema" classname="runbooks/disk-pressure.md">',
        `      <failure message="Unexpected field \`severty\`" type="schema">runbooks/disk-pressure.md:5:1: error: Unexpected field \`severty\` (schema)\n${DOCS}/schema.md</failure>`,
        '    </testcase>',
        '    <testcase name="12:10 stale-review" classname="runbooks/disk-pressure.md">',
        '      <system-out>runbooks/disk-pressure.md:12:10: warning: Review is overdue (stale-review)</system-out>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="runbooks/broken.md" tests="1" failures="0" errors="1">',
        '    <testcase name="1:1 parse-error" classname="runbooks/broken.md">',
        `      <error message="Missing front-matter" type="parse-error">runbooks/broken.md:1:1: error: Missing front-matter (parse-error)\n${DOCS}/parse-error.md</error>`,
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
    expect(assertWellFormed(xml)).toEqual([
      'testsuites',
      'testsuite',
      'testcase',
      'testsuite',
      'testcase',
      'failure',
      'testcase',
      'system-out',
      'testsuite',
      'testcase',
      'error',
    ]);
  });

  it('is an empty, well-formed report when nothing was linted', () => {
    const xml = junit([], context);
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="runbook-lint" tests="0" failures="0" errors="0"/>\n');
    assertWellFormed(xml);
  });

  it('escapes markup in names, attributes and text, and drops characters XML 1.0 cannot hold', () => {
    const xml = junit([tricky], context);
    const file = 'runbooks/a&amp;b &lt;&quot;q&quot;&gt;.md';
    expect(xml).toContain(`<testsuite name="${file}" tests="1" failures="1" errors="0">`);
    expect(xml).toContain(`<testcase name="3:7 schema" classname="${file}">`);
    expect(xml).toContain(
      '<failure message="Unexpected &lt;b&gt; &amp; &quot;x&quot; &apos;y&apos;&#10;next: 100%, done 🚀&#9;end&#13;" type="schema">' +
        `${file}:3:7: error: Unexpected &lt;b&gt; &amp; &quot;x&quot; &apos;y&apos;\nnext: 100%, done 🚀\tend&#13; (schema)\n${DOCS}/schema.md</failure>`,
    );
    assertWellFormed(xml);
  });
});
