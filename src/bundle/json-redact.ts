/**
 * JSON written with every string redacted as a value, not as text: a pattern run over serialized JSON could
 * swallow a closing quote or half an escape and leave a file that no longer parses. The output is exactly
 * `JSON.stringify(value, null, 2)` of the redacted value, and each string's line is known, so a redaction is
 * reported at the line it is on.
 */
import type { BundleRedactor } from './redaction.js';

/** The path of a value inside the document: keys and array indexes. */
export type JsonPath = readonly (string | number)[];

/** How one string is redacted: as text, as a named variable's value, or left alone (ids, times, enums). */
export type LeafRule = { kind: 'text' } | { kind: 'variable'; name: string } | { kind: 'keep' };

export interface RedactedJson<T> {
  text: string;
  value: T;
}

/** Where a redaction inside a JSON file is reported: the file and the line, in the engine's `file` argument. */
export function lineKey(file: string, line: number): string {
  return `${file}#L${line}`;
}

/** Undoes `lineKey` on what the engine recorded: `session.json#L42`, line 1 → `session.json`, line 42. */
export function placeHit<T extends { file: string; line: number }>(hit: T): T {
  const match = /^(.*)#L(\d+)$/.exec(hit.file);
  return match ? { ...hit, file: match[1]!, line: Number(match[2]) } : hit;
}

// Serializes like JSON.stringify(value, null, 2), redacting each string on the way.
export function stringifyRedacted<T>(value: T, file: string, redactor: BundleRedactor, ruleFor: (path: JsonPath) => LeafRule): RedactedJson<T> {
  const parts: string[] = [];
  let line = 1;
  const emit = (text: string): void => {
    parts.push(text);
  };
  const newline = (indent: string): void => {
    parts.push(`\n${indent}`);
    line++;
  };
  const visit = (node: unknown, indent: string, path: (string | number)[]): unknown => {
    if (node === null || typeof node === 'number' || typeof node === 'boolean') {
      emit(JSON.stringify(node));
      return node;
    }
    if (typeof node === 'string') {
      const rule = ruleFor(path);
      const redacted =
        rule.kind === 'keep' ? node : rule.kind === 'variable' ? redactor.redactVariable(rule.name, node, lineKey(file, line)) : redactor.redactText(node, lineKey(file, line));
      emit(JSON.stringify(redacted));
      return redacted;
    }
    if (Array.isArray(node)) {
      if (node.length === 0) {
        emit('[]');
        return [];
      }
      const inner = `${indent}  `;
      const out: unknown[] = [];
      emit('[');
      node.forEach((item, index) => {
        newline(inner);
        out.push(visit(item === undefined || typeof item === 'function' ? null : item, inner, [...path, index]));
        if (index < node.length - 1) emit(',');
      });
      newline(indent);
      emit(']');
      return out;
    }
    if (typeof node === 'object') {
      const entries = Object.entries(node as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== 'function');
      if (entries.length === 0) {
        emit('{}');
        return {};
      }
      const inner = `${indent}  `;
      const out: Record<string, unknown> = {};
      emit('{');
      entries.forEach(([key, item], index) => {
        newline(inner);
        emit(`${JSON.stringify(key)}: `);
        out[key] = visit(item, inner, [...path, key]);
        if (index < entries.length - 1) emit(',');
      });
      newline(indent);
      emit('}');
      return out;
    }
    throw new TypeError(`Unexpected ${typeof node} in a JSON document`);
  };
  const redacted = visit(value, '', []) as T;
  return { text: `${parts.join('')}\n`, value: redacted };
}
