import type { Finding } from './finding.js';
import { readJsonAt, stringValue, type JsonNode } from './json-scan.js';
import { secretDataFinding } from './yaml-secrets.js';

const JSON_START = /^[ \t]*[{[]/gm;

/**
 * Secret objects in `kubectl get -o json` output, alone, in a `List`, or as the compact JSON of a
 * last-applied-configuration shown in YAML: every `data` and `stringData` value is masked.
 */
export function findJsonSecrets(text: string, out: Finding[]): void {
  if (!hasQuotedSecret(text)) return;
  let readUntil = 0;
  JSON_START.lastIndex = 0;
  for (let match = JSON_START.exec(text); match; match = JSON_START.exec(text)) {
    const open = match.index + match[0].length - 1;
    if (open < readUntil) continue;
    const read = readJsonAt(text, open);
    if (!read) continue;
    visit(text, read.node, out);
    readUntil = read.end;
    JSON_START.lastIndex = Math.max(JSON_START.lastIndex, read.end);
  }
}

function visit(text: string, node: JsonNode, out: Finding[]): void {
  if (node.type === 'array') {
    for (const item of node.items) visit(text, item, out);
    return;
  }
  if (node.type !== 'object') return;
  const kind = node.entries.find(([key]) => key === 'kind')?.[1];
  const isSecret = kind?.type === 'string' && stringValue(text, kind) === 'Secret';
  for (const [key, value] of node.entries) {
    if (isSecret && (key === 'data' || key === 'stringData') && value.type === 'object') {
      for (const [, item] of value.entries) {
        if (item.type !== 'string' || item.end === item.start) continue;
        secretDataFinding(stringValue(text, item), item.start, item.end, key === 'data', 'kubernetes-secret', out);
      }
    } else {
      visit(text, value, out);
    }
  }
}

/** `"Secret"` somewhere: searched as `Secret`, whose capital is rarer than a quote in JSON. */
function hasQuotedSecret(text: string): boolean {
  for (let at = text.indexOf('Secret'); at !== -1; at = text.indexOf('Secret', at + 6)) if (text[at - 1] === '"' && text[at + 6] === '"') return true;
  return false;
}
