// Escaping for the XML reports (JUnit): element text and attribute values that every XML 1.0 parser accepts.

export function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([key, value]) => ` ${key}="${attribute(String(value))}"`)
    .join('');
}

/**
 * Characters XML 1.0 cannot hold at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF) are dropped, since even
 * a character reference to them makes the document ill-formed.
 */
function legal(value: string): string {
  return value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

/** Element content; `\r` is a reference so parsers do not normalise it away. */
export function text(value: string): string {
  return legal(value).replace(/[&<>"'\r]/g, (char) => ENTITIES[char] ?? char);
}

/** Attribute values; tab and line breaks are references too, or parsers would turn them into spaces. */
function attribute(value: string): string {
  return legal(value).replace(/[&<>"'\r\n\t]/g, (char) => ENTITIES[char] ?? char);
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};
