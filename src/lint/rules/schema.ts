import type { SchemaError } from '../../runbook/validate.js';
import { runbookSchema, validateFrontMatter } from '../../runbook/validate.js';
import type { Path } from '../../runbook/locator.js';
import { defineRule } from '../rule.js';
import { closest } from '../suggest.js';

const PATTERN_HINTS: Record<string, string> = {
  '^[a-z0-9]+(-[a-z0-9]+)*$': 'a kebab-case name such as `pod-oom-restart-loop`',
  '^[1-9][0-9]*(s|m|h|d)$': 'a duration such as `30s`, `15m`, `2h` or `90d`',
  '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$': 'a date such as `2026-11-01`',
  '^[a-z][a-z0-9_]*$': 'a lower-case name such as `namespace` or `pod_name`',
};

/** Fields only a runbook has: a front-matter with none of them belongs to some other tool. */
const RUNBOOK_FIELDS = ['id', 'summary', 'severity', 'owner', 'symptoms', 'diagnosis', 'resolution', 'escalation', 'variables'];

export default defineRule({
  meta: {
    id: 'schema',
    type: 'problem',
    description: 'The front-matter must match `schemas/runbook.schema.json`: known fields, required fields, and the right types.',
    severity: 'error',
    messages: {
      required: 'Missing required field `{field}` in {where}',
      unknown: 'Unexpected field `{field}` in {where}{hint}',
      type: 'Unexpected {actual} for `{field}`, expected {expected}',
      enum: 'Unexpected `{actual}` for `{field}`, expected {expected}',
      pattern: 'Unexpected `{actual}` for `{field}`, expected {expected}',
      empty: '`{field}` must not be empty',
      duplicate: '`{field}` lists `{actual}` twice',
      other: '`{field}` {problem}',
      notRunbook:
        'Front-matter has none of the runbook fields (`id`, `severity`, `symptoms`, `diagnosis`, `escalation`), only {found}; write it as a runbook (docs/author-guide.md) or list the file under `ignore` in runbook.config.yaml',
    },
  },
  check(context) {
    const data = context.source.data;
    if (data === undefined) return;
    // A page written for another tool (Hugo, Jekyll) gets one message, not one per missing field.
    if (typeof data === 'object' && data !== null && !Array.isArray(data) && !RUNBOOK_FIELDS.some((field) => field in data)) {
      const keys = Object.keys(data);
      const found = keys.length ? keys.slice(0, 5).map((key) => `\`${key}\``).join(', ') + (keys.length > 5 ? ', …' : '') : 'nothing';
      context.report({ messageId: 'notRunbook', data: { found }, path: [] });
      return;
    }
    const errors = simplify(validateFrontMatter(context.source.data));
    for (const error of errors) {
      const path = toPath(error.instancePath);
      const field = fieldName(path);
      switch (error.keyword) {
        case 'required': {
          const missing = String(error.params.missingProperty);
          context.report({ messageId: 'required', data: { field: missing, where: where(path) }, path, part: 'key' });
          break;
        }
        case 'additionalProperties':
        case 'unevaluatedProperties': {
          const extra = String(error.params.additionalProperty ?? error.params.unevaluatedProperty);
          const known = knownFields(path);
          const guess = closest(extra, known);
          const hint = guess ? `; did you mean \`${guess}\`?` : known.length ? `; expected one of ${list(known)}` : '';
          context.report({ messageId: 'unknown', data: { field: extra, where: where(path), hint }, path: [...path, extra], part: 'key' });
          break;
        }
        case 'type':
          context.report({ messageId: 'type', data: { field, actual: describe(valueAt(context.source.data, path)), expected: article(String(error.params.type)) }, path });
          break;
        case 'enum':
        case 'const':
          context.report({
            messageId: 'enum',
            data: { field, actual: show(valueAt(context.source.data, path)), expected: list((error.params.allowedValues as unknown[]) ?? [error.params.allowedValue]) },
            path,
          });
          break;
        case 'pattern': {
          const pattern = String(error.params.pattern);
          context.report({ messageId: 'pattern', data: { field, actual: show(valueAt(context.source.data, path)), expected: PATTERN_HINTS[pattern] ?? `text matching /${pattern}/` }, path });
          break;
        }
        case 'propertyNames': {
          const name = String(error.params.propertyName);
          context.report({ messageId: 'pattern', data: { field: fieldName(path) + ' name', actual: name, expected: PATTERN_HINTS['^[a-z][a-z0-9_]*$']! }, path: [...path, name], part: 'key' });
          break;
        }
        case 'minItems':
        case 'minLength':
          context.report({ messageId: 'empty', data: { field }, path });
          break;
        case 'uniqueItems': {
          const items = valueAt(context.source.data, path) as unknown[];
          const j = Number(error.params.j);
          context.report({ messageId: 'duplicate', data: { field, actual: show(items[j]) }, path: [...path, j] });
          break;
        }
        case 'oneOf':
          context.report({ messageId: 'other', data: { field, problem: 'must be `true` or a string saying who may approve' }, path });
          break;
        default:
          context.report({ messageId: 'other', data: { field, problem: error.message ?? 'is invalid' }, path });
      }
    }
  },
});

// ajv reports one failure several ways (each oneOf branch, the if/then wrapper); keep the one a person can act on.
function simplify(errors: SchemaError[]): SchemaError[] {
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  const typePaths = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const seen = new Set<string>();
  return errors.filter((error) => {
    if (error.keyword === 'if') return false;
    // A bad property name comes as a `pattern` error on the parent and a `propertyNames` one; keep the latter.
    if (error.keyword !== 'propertyNames' && error.propertyName !== undefined) return false;
    if (error.keyword !== 'oneOf' && oneOfPaths.has(error.instancePath) && error.schemaPath.includes('/oneOf/')) return false;
    // A wrong type makes every other check of the same value noise.
    if (error.keyword !== 'type' && typePaths.has(error.instancePath) && !oneOfPaths.has(error.instancePath)) return false;
    const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toPath(pointer: string): Path {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function fieldName(path: Path): string {
  if (path.length === 0) return 'front-matter';
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

function where(path: Path): string {
  return path.length === 0 ? 'the front-matter' : `\`${fieldName(path)}\``;
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const part of path) value = (value as Record<string | number, unknown> | undefined)?.[part];
  return value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `string \`${value.length > 40 ? value.slice(0, 40) + '…' : value}\``;
  return `${typeof value} \`${show(value)}\``;
}

// Any YAML value as short text: String() throws for a mapping whose `toString` key is not a function.
function show(value: unknown): string {
  if (value === null || typeof value !== 'object') return String(value);
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 59)}…` : json;
}

function article(type: string): string {
  const names = type.split(',').map((t) => ({ object: 'a mapping', array: 'a list', string: 'a string', integer: 'a whole number', number: 'a number', boolean: '`true` or `false`' })[t] ?? t);
  return names.join(' or ');
}

function list(values: unknown[]): string {
  return values.map((v) => `\`${show(v)}\``).join(', ');
}

// Field names the schema allows at `path`, to suggest the nearest one for a typo.
function knownFields(path: Path): string[] {
  const defs = (runbookSchema.$defs ?? {}) as Record<string, { properties?: Record<string, unknown> }>;
  const root = runbookSchema.properties as Record<string, unknown>;
  const p = path.filter((part) => typeof part === 'string');
  const first = p[0];
  if (path.length === 0) return Object.keys(root);
  if (first === 'variables' && path.length === 2) return Object.keys(defs.variable?.properties ?? {});
  if ((first === 'diagnosis' && path.length === 2) || (first === 'resolution' && path.length === 4)) return Object.keys(defs.commonStepFields?.properties ?? {});
  if (first === 'resolution' && path.length === 2) return Object.keys(defs.branch?.properties ?? {});
  if (first === 'resolution' && path.at(-1) === 'evidence') return ['step', 'matches'];
  if (first === 'escalation' && path.length === 1) return Object.keys((defs.escalation as { properties?: object } | undefined)?.properties ?? {});
  if (first === 'links') return ['title', 'url'];
  return [];
}
