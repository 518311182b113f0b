import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ANCHOR_SCAN_WINDOW, createAnchorScanner, scanAnchorsInJs, type AnchorRules, type Anchors } from '../../../src/bundle/redact/anchor-scan.js';
import { REDACTION_ANCHOR_RULES } from '../../../src/bundle/redact/anchors.js';
import { Redactor } from '../../../src/bundle/redact/index.js';
import { fake } from './corpus.js';

const scan = createAnchorScanner(REDACTION_ANCHOR_RULES);

/** Both lists as plain arrays, so a difference prints as the places that differ. */
function plain(anchors: Anchors): number[][] {
  return [anchors.colons, anchors.equals, anchors.dashes, ...anchors.lists].map((list) => [...list]);
}

function expectSameAsJs(text: string): void {
  expect(plain(scan(text))).toEqual(plain(scanAnchorsInJs(text, REDACTION_ANCHOR_RULES)));
}

// What the rules look at around a place: their anchors whole and cut, separators, names, quotes, escapes,
// blank runs around the 32 the scan skips, digits, and characters whose low byte is an anchor's (`ĺ` is U+013A).
const PROBE_TEXTS = REDACTION_ANCHOR_RULES.probes.map((probe) => probe.text);
const FRAGMENTS = [
  ...PROBE_TEXTS,
  ...PROBE_TEXTS.map((text) => text.slice(0, Math.ceil(text.length / 2))),
  ...PROBE_TEXTS.map((text) => text.slice(Math.ceil(text.length / 2))),
  ...['ghp', 'gho', 'npm', 'sk', 'private', 'github', 'ey', 'Ke', 'Key', 'glpat', 'AccountKey', 'hooks.'],
  ...[':', '=', '-', '--', '-u', '://', '/', '_', '.', 'J', 'A', 'B', 'b', 'h', 'x', 'w', 'y', 'D', 'e', 't', 'u'],
  ...['-----BEGIN ', '-----B', 'EGIN', '-----END ', '--token', '--.', '---', 'ue', 'ED', '"value"', 'value'],
  ...['password', 'PASSWORD', 'Token', 'secret', 'api_key', 'auth', 'data', 'sig', 'value', 'name', 'Name', '[REDACTED'],
  ...['"', "'", '\\', '\\"', ' ', '\t', ' '.repeat(31), ' '.repeat(32), ' '.repeat(33), ' '.repeat(40), '\n', '\r\n'],
  ...['0', '9', '04:22', '10.0.0.1:6443', 'é', 'ÿ', '\u0100', '\u013a', '\u013d', '\u012d', '\u2d2d', '\uff1a', '\ud83d\ude00', '\u0000'],
];
const text = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(''));

describe('the anchor scan', () => {
  test('lists the same places in WebAssembly as in its JavaScript statement (3,000 texts of anchor fragments)', () => {
    expect(scan.engine).toBe('webassembly');
    fc.assert(
      fc.property(text, (input) => expectSameAsJs(input)),
      { numRuns: 3000 },
    );
  });

  test('finds the places around the edges of its windows as anywhere else', () => {
    const fragments = fc.sample(text, { numRuns: 60, seed: 7 });
    let input = '';
    let i = 0;
    // Fragments at every distance up to 40 from each of three window edges.
    for (let edge = 1; edge <= 3; edge++) {
      while (input.length < edge * ANCHOR_SCAN_WINDOW - 40) input += `line ${i++} of ordinary output\n`;
      for (const fragment of fragments) input += fragment.slice(0, 5);
    }
    input += 'password=tail';
    expectSameAsJs(input);
    expect(scan(input).equals.at(-1)).toBe(input.length - 5);
    // ASCII windows are written one way and others another: a character beyond ASCII in the second window only.
    const mixed = `${input.slice(0, ANCHOR_SCAN_WINDOW + 100)}é\u2028ĺ${input.slice(ANCHOR_SCAN_WINDOW + 103)}`;
    expectSameAsJs(mixed);
  });

  test('a window with more places than its list holds is scanned on from where the list filled', () => {
    const input = 'a-u '.repeat(100_000);
    const anchors = scan(input);
    expect(anchors.dashes.length).toBe(100_000);
    expect(anchors.dashes[99_999]).toBe(4 * 99_999 + 1);
    expectSameAsJs(input);
  });

  test('an empty text has no places', () => {
    expect(plain(scan(''))).toEqual(plain(scanAnchorsInJs('', REDACTION_ANCHOR_RULES)));
    expect(scan('').colons.length).toBe(0);
  });

  describe('without WebAssembly', () => {
    afterEach(() => vi.unstubAllGlobals());
    test('the JavaScript statement does the scan', async () => {
      vi.stubGlobal('WebAssembly', undefined);
      vi.resetModules();
      const fresh = await import('../../../src/bundle/redact/anchor-scan.js');
      const scanner = fresh.createAnchorScanner(REDACTION_ANCHOR_RULES);
      expect(scanner.engine).toBe('javascript');
      const input = `token: ${fake.githubToken()}\npassword=hunter2hunter2\n--token abc`;
      expect(plain(scanner(input))).toEqual(plain(scanAnchorsInJs(input, REDACTION_ANCHOR_RULES)));
    });
  });

  test('refuses probes of one list that report at different distances from their triggers, whose places would come out of order', () => {
    const rules: AnchorRules = { ...REDACTION_ANCHOR_RULES, probes: [{ text: 'ab_', trigger: 2, report: 2, list: 0 }, { text: 'cd_', trigger: 2, report: 0, list: 0 }] };
    expect(() => createAnchorScanner(rules)).toThrow(/list 0 report at different distances/);
  });
});

describe('redaction across window edges', () => {
  test('a key/value and a token cut by the edge of a window are still masked', () => {
    const token = fake.githubToken();
    const head = 'x'.repeat(ANCHOR_SCAN_WINDOW - 6);
    const input = `${head}\npassword=hunter2hunter2\n${'y'.repeat(ANCHOR_SCAN_WINDOW - 30)} ${token} done\n`;
    const output = new Redactor().redactText(input, 'steps/01.txt');
    expect(output).not.toContain('hunter2hunter2');
    expect(output).not.toContain(token);
    expect(output).toContain('password=[REDACTED:password:1]');
  });
});

describe('literals in the scan', () => {
  test('more literals than the scan takes are all still masked, raw and in base64', () => {
    const literals = Array.from({ length: 30 }, (_, i) => `kubeconfig-credential-${i}-${fake.password()}`);
    const redactor = new Redactor({ literals });
    const input = literals.map((literal, i) => `line ${i}: ${i % 2 ? literal : Buffer.from(literal).toString('base64')}`).join('\n');
    const output = redactor.redactText(input, 'steps/01.txt');
    for (const literal of literals) {
      expect(output).not.toContain(literal);
      expect(output).not.toContain(Buffer.from(literal).toString('base64'));
    }
  });

  test('a literal added after a text was redacted is masked in the next one', () => {
    const redactor = new Redactor();
    const secret = fake.password();
    expect(redactor.redactText(`first: ${secret}`, 'a.txt')).toContain(secret);
    redactor.redactVariable('db_password', secret, 'b.txt');
    expect(redactor.redactText(`second: ${secret}`, 'c.txt')).not.toContain(secret);
  });
});
