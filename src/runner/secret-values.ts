/**
 * The values a step that reads Secret data printed, so a bundle can scrub them wherever else they turn up
 * (another step's output, a note, a variable): a Secret's `data` and `stringData` from YAML or JSON output,
 * each decoded too, or, for `jsonpath` and `base64 -d` output, each line, and the whole text of a multi-line value.
 */
import { parse as parseYaml } from 'yaml';
import { isRecord } from '../runbook/model.js';

/** Shorter values are words like `true` or `1` that would be scrubbed from everything. */
const MIN_VALUE_LENGTH = 4;
/** A step printing more than this is not a handful of credentials; its values are still taken, line by line. */
const MAX_STRUCTURED_BYTES = 4 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/** Lines kubectl writes about a failure or a deprecation, not data. */
const KUBECTL_MESSAGE = /^(Error from server|error:|Error:|Warning:|W\d{4} |E\d{4} |Unable to connect to the server|The connection to the server)/;

// Every distinct value worth scrubbing, in the order found.
export function learnSecretValues(output: string): string[] {
  const values = new Set<string>();
  const add = (value: string): void => {
    const trimmed = value.trim();
    if (trimmed.length >= MIN_VALUE_LENGTH) values.add(trimmed);
    const decoded = decodeBase64(trimmed);
    if (decoded !== undefined && decoded.trim().length >= MIN_VALUE_LENGTH) values.add(decoded.trim());
  };
  const structured = output.length <= MAX_STRUCTURED_BYTES ? parseStructured(output) : undefined;
  if (structured !== undefined) {
    for (const value of dataValues(structured)) add(value);
    if (values.size > 0) return [...values];
  }
  // kubectl's own complaints are what Tier 3 needs to read, and hold no value of the Secret.
  const lines = output.split('\n').filter((line) => !KUBECTL_MESSAGE.test(line));
  for (const line of lines) add(line);
  const rest = lines.join('\n').trim();
  if (rest.includes('\n')) add(rest);
  return [...values];
}

function parseStructured(output: string): unknown {
  const text = output.trim();
  if (text === '') return undefined;
  try {
    if (text.startsWith('{') || text.startsWith('[')) return JSON.parse(text) as unknown;
    if (/^(apiVersion|kind|data|items|metadata|stringData|type):/m.test(text)) return parseYaml(text) as unknown;
  } catch {
    return undefined;
  }
  return undefined;
}

// A Secret, a list of them, or the bare `data` map that `-o jsonpath={.data}` prints.
function dataValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(dataValues);
  if (!isRecord(value)) return [];
  if (Array.isArray(value.items)) return value.items.flatMap(dataValues);
  const maps = [value.data, value.stringData].filter(isRecord);
  if (maps.length === 0 && Object.values(value).length > 0 && Object.values(value).every((v) => typeof v === 'string')) maps.push(value);
  return maps.flatMap((map) => Object.values(map).filter((v): v is string => typeof v === 'string'));
}

// Text that is base64 of printable UTF-8 is shown decoded elsewhere (a `base64 -d` later, an env dump).
function decodeBase64(text: string): string | undefined {
  if (text.length < MIN_VALUE_LENGTH || text.length % 4 !== 0 || !BASE64.test(text)) return undefined;
  const decoded = Buffer.from(text, 'base64').toString('utf8');
  return /^[\P{Cc}\n\t\r]*$/u.test(decoded) && !decoded.includes('\uFFFD') ? decoded : undefined;
}
