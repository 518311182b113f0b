/** Decoding of bash `$'...'` strings. */

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

function takeDigits(body: string, from: number, pattern: RegExp, max: number): string {
  let digits = '';
  while (digits.length < max && from + digits.length < body.length && pattern.test(body[from + digits.length] ?? '')) {
    digits += body[from + digits.length];
  }
  return digits;
}

// The runner and the classifier must see the same value bash would: `$'a\nb'` is "a", newline, "b".
export function decodeAnsiC(body: string): string {
  let out = '';
  let i = 0;
  while (i < body.length) {
    const c = body[i] ?? '';
    if (c !== '\\' || i + 1 >= body.length) {
      out += c;
      i += 1;
      continue;
    }
    const e = body[i + 1] ?? '';
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      i += 2;
    } else if (/[0-7]/.test(e)) {
      const digits = takeDigits(body, i + 1, /[0-7]/, 3);
      out += String.fromCharCode(parseInt(digits, 8) & 0xff);
      i += 1 + digits.length;
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const digits = takeDigits(body, i + 2, /[0-9a-fA-F]/, e === 'x' ? 2 : e === 'u' ? 4 : 8);
      if (digits === '') {
        out += `\\${e}`;
      } else {
        const code = parseInt(digits, 16);
        out += code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }
      i += 2 + digits.length;
    } else if (e === 'c' && i + 2 < body.length) {
      out += String.fromCharCode((body.charCodeAt(i + 2) & 0x1f) >>> 0);
      i += 3;
    } else {
      out += `\\${e}`;
      i += 2;
    }
  }
  return out;
}
