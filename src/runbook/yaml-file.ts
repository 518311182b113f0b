import { parseDocument, type Document } from 'yaml';
import { ConfigError } from '../errors.js';
import { createLineIndex, type LineIndex } from './position.js';

/** A YAML file parsed with its positions kept, for errors that point at a line and column. */
export interface ParsedYamlFile {
  doc: Document.Parsed;
  index: LineIndex;
}

// Settings and scenario files: the first syntax error is reported as `file:line:col: invalid YAML: ...`, with the
// yaml library's own position suffix and source excerpt dropped, since the location already says where.
export function parseYamlFile(path: string, raw: string): ParsedYamlFile {
  const index = createLineIndex(raw);
  const doc = parseDocument(raw, { prettyErrors: false, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const at = index.toPoint(firstError.pos[0]);
    throw new ConfigError(`${path}:${at.line}:${at.column}: invalid YAML: ${firstError.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '')}`);
  }
  return { doc, index };
}
