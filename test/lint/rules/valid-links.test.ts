import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { lintFile } from '../../../src/lint/lint-file.js';
import { lintSources } from '../../../src/lint/lint-sources.js';
import validLinks from '../../../src/lint/rules/valid-links.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { runbookText, VALID_BODY, VALID_FRONT_MATTER } from '../../helpers/sample.js';

// A small repository on disk: the rule checks real files, relative to the runbook's folder.
const root = mkdtempSync(join(tmpdir(), 'runbook-valid-links-'));
mkdirSync(join(root, 'runbooks'));
mkdirSync(join(root, 'docs'));
writeFileSync(join(root, 'docs', 'guide.md'), '# Guide\n\n## Disk usage\n\n## Disk usage\n\n<a id="custom-anchor"></a>\n');
writeFileSync(join(root, 'docs', 'with space.md'), '# Spaced\n');
writeFileSync(join(root, 'docs', 'diagram.png'), 'not really a png');
writeFileSync(join(root, 'runbooks', 'other.md'), '---\nid: other\n---\n# Other\n\n## Prevention\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const filename = join(root, 'runbooks', 'disk-pressure.md');
// The sample's body starts on line 39; VALID_BODY has `## Prevention` on line 43.
const withBody = (body: string): { code: string; filename: string } => ({ code: runbookText(undefined, body + VALID_BODY), filename });
const withFrontMatter = (from: string, to: string): { code: string; filename: string } => ({ code: runbookText(VALID_FRONT_MATTER.replace(from, to)), filename });

describe('valid-links', () => {
  ruleTester(validLinks, {
    valid: [
      {
        name: 'files, headings, images and a folder that exist',
        ...withBody(
          '[guide](../docs/guide.md) [usage](../docs/guide.md#disk-usage) [second](../docs/guide.md#disk-usage-1) [anchor](../docs/guide.md#custom-anchor)\n' +
            '![diagram](../docs/diagram.png) [docs](../docs/) [other](other.md#prevention) [plain](../docs/guide.md?plain=1#guide) [spaced](../docs/with%20space.md)\n\n',
        ),
      },
      { name: 'same-file anchors, in any case', ...withBody('[below](#prevention) [below](#Prevention) [top](#)\n\n') },
      { name: 'absolute, root-relative and templated links are not checked', ...withBody('[a](https://example.com/x.md#nope) [b](mailto:oncall@example.com) [c](//cdn.example.com/x) [d](/docs/nowhere.md) [e](../dash/{{namespace}}.md)\n\n') },
      { name: 'reference-style link', ...withBody('[guide][g]\n\n[g]: ../docs/guide.md#disk-usage\n\n') },
      { name: 'front-matter links that resolve', ...withFrontMatter('review_every: 90d\n', 'review_every: 90d\nlinks:\n  - { title: Guide, url: ../docs/guide.md#disk-usage }\n  - { title: Grafana, url: "https://grafana.example.com/d/abc" }\n') },
      { name: 'step link that resolves', ...withFrontMatter('    expect: "DiskPressure True"\n', '    expect: "DiskPressure True"\n    link: ../docs/guide.md\n') },
      { name: 'malformed links field', ...withFrontMatter('review_every: 90d\n', 'review_every: 90d\nlinks: [../docs/missing.md, { url: 3 }]\n') },
    ],
    invalid: [
      {
        name: 'missing file in the body',
        ...withBody('See [the guide](../docs/missing.md).\n\n'),
        errors: [{ messageId: 'missingFile', data: { path: '../docs/missing.md' }, line: 39, column: 5, endLine: 39, endColumn: 36 }],
      },
      {
        name: 'missing heading in another file, and an image that is not there',
        ...withBody('[usage](../docs/guide.md#disk-space)\n\n![diagram](../docs/diagram.svg)\n\n'),
        errors: [
          { messageId: 'missingHeading', data: { fragment: 'disk-space', path: '../docs/guide.md' }, line: 39, column: 1, endLine: 39, endColumn: 37 },
          { messageId: 'missingFile', data: { path: '../docs/diagram.svg' }, line: 41, column: 1, endLine: 41, endColumn: 32 },
        ],
      },
      {
        name: 'missing heading in this file',
        ...withBody('Read [prevention](#preventoin) first.\n\n'),
        errors: [{ messageId: 'missingHeadingHere', data: { fragment: 'preventoin' }, line: 39, column: 6, endLine: 39, endColumn: 31 }],
      },
      {
        name: 'a definition pointing nowhere',
        ...withBody('[guide][g]\n\n[g]: ./guide.md\n\n'),
        errors: [{ messageId: 'missingFile', data: { path: './guide.md' }, line: 41, column: 1, endLine: 41, endColumn: 16 }],
      },
      {
        name: 'step link to a missing file',
        ...withFrontMatter('    expect: "DiskPressure True"\n', '    expect: "DiskPressure True"\n    link: ../docs/nope.md\n'),
        errors: [{ messageId: 'missingFile', data: { path: '../docs/nope.md' }, line: 21, column: 11, endLine: 21, endColumn: 26 }],
      },
      {
        name: 'links[].url with a missing heading',
        ...withFrontMatter('review_every: 90d\n', 'review_every: 90d\nlinks:\n  - title: Guide\n    url: "../docs/guide.md#nope"\n'),
        errors: [{ messageId: 'missingHeading', data: { fragment: 'nope', path: '../docs/guide.md' }, line: 12, column: 10, endLine: 12, endColumn: 33 }],
      },
    ],
  });

  test('declares every file it checks as a dependency', () => {
    const code = runbookText(undefined, '[a](../docs/guide.md#disk-usage) [b](../docs/missing.md) [c](#prevention) [d](https://example.com)\n\n' + VALID_BODY);
    const output = lintFile(filename, code, { rules: [validLinks], severities: {}, now: new Date() });
    expect(output.dependencies).toEqual([join(root, 'docs', 'guide.md'), join(root, 'docs', 'missing.md')]);
  });
});

describe('valid-links with links that cannot name a file', () => {
  test('a NUL byte, a path through a file, or an over-long name is reported as missing, not a crash', () => {
    const body = ['[nul](a%00b.md)', '[through](valid-links.test.ts/x.md)', `[long](${'x'.repeat(300)}.md)`].join('\n\n');
    const [result] = lintSources([{ filePath: new URL('./example.md', import.meta.url).pathname, content: `---\nid: example\n---\n${body}\n` }], { rules: [validLinks], severities: {}, now: new Date() });
    expect(result!.messages.map((m) => m.message.split(';')[0])).toEqual([
      'Cannot find file `a%00b.md`',
      'Cannot find file `valid-links.test.ts/x.md`',
      `Cannot find file \`${'x'.repeat(300)}.md\``,
    ]);
  });
});
