import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { FormatterContext } from '../../../src/lint/formatters/formatter.js';
import sarif from '../../../src/lint/formatters/sarif.js';
import type { LintResult } from '../../../src/lint/result.js';
import type { RuleMeta } from '../../../src/lint/rule.js';

const cwd = path.resolve('/repo');
const meta = (id: string, severity: RuleMeta['severity'], description: string): RuleMeta => ({ id, type: 'problem', description, severity, messages: {} });
const context: FormatterContext = {
  color: true,
  cwd,
  rulesMeta: {
    'parse-error': meta('parse-error', 'error', 'The file must start with a front-matter block.'),
    schema: meta('schema', 'error', 'The front-matter must match the runbook schema.'),
    'stale-review': meta('stale-review', 'warn', 'A runbook must be reviewed on schedule.'),
  },
  version: '0.1.0',
};
const at = (file: string): string => path.join(cwd, 'runbooks', file);

const clean: LintResult = { filePath: at('clean.md'), messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0 };
const mixed: LintResult = {
  filePath: at('disk-pressure.md'),
  messages: [
    { ruleId: 'schema', severity: 2, message: 'Unexpected field `severty`', line: 5, column: 1, endLine: 5, endColumn: 8 },
    { ruleId: 'stale-review', severity: 1, message: 'Review is overdue', line: 12, column: 10, endLine: 13, endColumn: 2 },
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
  filePath: path.join(cwd, 'runbooks', 'on call', 'a:b#1%.md'),
  messages: [
    { ruleId: 'stale-review', severity: 2, message: 'Unexpected <b> & "x" \'y\'\nnext: 100%, done', line: 3, column: 7, endLine: 3, endColumn: 9 },
    { ruleId: 'plugin/unknown', severity: 1, message: 'From a rule this build does not know', line: 0, column: 0, endLine: 0, endColumn: 0 },
  ],
  errorCount: 1,
  warningCount: 1,
  fatalErrorCount: 0,
};
const outside: LintResult = {
  filePath: path.resolve('/elsewhere/x.md'),
  messages: [{ ruleId: 'schema', severity: 2, message: 'Outside', line: 2, column: 3, endLine: 2, endColumn: 1 }],
  errorCount: 1,
  warningCount: 0,
  fatalErrorCount: 0,
};

/**
 * The parts of the OASIS SARIF 2.1.0 schema (sarif-schema-2.1.0.json) that this formatter writes, transcribed with
 * their `required`, `minimum`, `enum` and `anyOf` constraints. `additionalProperties: false` lists only the
 * properties the formatter may use, so this is stricter than the spec: a misspelt or stray property fails here.
 */
const closed = (properties: Record<string, object>, required: string[] = []): object => ({ type: 'object', additionalProperties: false, properties, required });
const ref = (name: string): object => ({ $ref: `#/definitions/${name}` });
const SARIF_SUBSET = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  ...closed({ $schema: { type: 'string' }, version: { enum: ['2.1.0'] }, runs: { type: 'array', items: ref('run') } }, ['version', 'runs']),
  definitions: {
    run: closed({
      tool: ref('tool'),
      originalUriBaseIds: { type: 'object', additionalProperties: ref('artifactLocation') },
      results: { type: 'array', items: ref('result') },
    }, ['tool']),
    tool: closed({ driver: ref('toolComponent') }, ['driver']),
    toolComponent: closed(
      { name: { type: 'string' }, version: { type: 'string' }, informationUri: { type: 'string' }, rules: { type: 'array', uniqueItems: true, items: ref('reportingDescriptor') } },
      ['name'],
    ),
    reportingDescriptor: closed(
      {
        id: { type: 'string' },
        shortDescription: ref('multiformatMessageString'),
        fullDescription: ref('multiformatMessageString'),
        help: ref('multiformatMessageString'),
        helpUri: { type: 'string' },
        defaultConfiguration: closed({ level: { enum: ['none', 'note', 'warning', 'error'] } }),
        properties: { type: 'object', properties: { tags: { type: 'array', uniqueItems: true, items: { type: 'string' } } } },
      },
      ['id'],
    ),
    multiformatMessageString: closed({ text: { type: 'string' }, markdown: { type: 'string' } }, ['text']),
    result: closed(
      {
        ruleId: { type: 'string' },
        ruleIndex: { type: 'integer', minimum: -1 },
        level: { enum: ['none', 'note', 'warning', 'error'] },
        message: { ...closed({ text: { type: 'string' }, id: { type: 'string' } }), anyOf: [{ required: ['text'] }, { required: ['id'] }] },
        locations: { type: 'array', items: closed({ physicalLocation: ref('physicalLocation') }) },
      },
      ['message'],
    ),
    physicalLocation: { ...closed({ artifactLocation: ref('artifactLocation'), region: ref('region') }), anyOf: [{ required: ['address'] }, { required: ['artifactLocation'] }] },
    artifactLocation: closed({ uri: { type: 'string' }, uriBaseId: { type: 'string' } }),
    region: closed({
      startLine: { type: 'integer', minimum: 1 },
      startColumn: { type: 'integer', minimum: 1 },
      endLine: { type: 'integer', minimum: 1 },
      endColumn: { type: 'integer', minimum: 1 },
    }),
  },
};
const validate = new Ajv({ allErrors: true }).compile(SARIF_SUBSET);

/** Only the shape the assertions below read; the schema check above vouches for the rest. */
interface Log {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; shortDescription: { text: string }; helpUri: string; defaultConfiguration: { level: string } }[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: {
      ruleId: string;
      ruleIndex?: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: Record<string, number> } }[];
    }[];
  }[];
}
const format = (results: LintResult[]): Log => {
  const log = JSON.parse(sarif(results, context)) as Log;
  expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  return log;
};

describe('sarif', () => {
  it('names the format, the tool and every known rule with its docs and default level', () => {
    const log = format([clean]);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    expect(run?.tool.driver).toMatchObject({ name: 'runbook-lint', version: '0.1.0', informationUri: 'https://github.com/runbook-dev/runbook' });
    expect(run?.tool.driver.rules.map(({ id, shortDescription, helpUri, defaultConfiguration }) => ({ id, text: shortDescription.text, helpUri, level: defaultConfiguration.level }))).toEqual([
      { id: 'parse-error', text: 'The file must start with a front-matter block.', helpUri: 'https://github.com/runbook-dev/runbook/blob/main/docs/rules/parse-error.md', level: 'error' },
      { id: 'schema', text: 'The front-matter must match the runbook schema.', helpUri: 'https://github.com/runbook-dev/runbook/blob/main/docs/rules/schema.md', level: 'error' },
      { id: 'stale-review', text: 'A runbook must be reviewed on schedule.', helpUri: 'https://github.com/runbook-dev/runbook/blob/main/docs/rules/stale-review.md', level: 'warning' },
    ]);
    expect(run?.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(cwd).href}/` } });
    // A clean scan still has a results array: an empty one says "nothing found", a missing one "not scanned".
    expect(run?.results).toEqual([]);
  });

  it('writes one result per finding, located relative to the checkout, pointing at its rule', () => {
    const run = format([clean, mixed, fatal]).runs[0];
    const rules = run?.tool.driver.rules ?? [];
    expect(run?.results).toEqual([
      {
        ruleId: 'schema',
        ruleIndex: 1,
        level: 'error',
        message: { text: 'Unexpected field `severty`' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'runbooks/disk-pressure.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 5, startColumn: 1, endLine: 5, endColumn: 8 } } }],
      },
      {
        ruleId: 'stale-review',
        ruleIndex: 2,
        level: 'warning',
        message: { text: 'Review is overdue' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'runbooks/disk-pressure.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 12, startColumn: 10, endLine: 13, endColumn: 2 } } }],
      },
      {
        ruleId: 'parse-error',
        ruleIndex: 0,
        level: 'error',
        message: { text: 'Missing front-matter' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'runbooks/broken.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 4 } } }],
      },
    ]);
    for (const result of run?.results ?? []) expect(rules[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
  });

  it('keeps message text as is, percent-encodes the path, and never points an unknown rule at a wrong one', () => {
    const results = format([tricky]).runs[0]?.results ?? [];
    const uri = 'runbooks/on%20call/a%3Ab%231%25.md';
    expect(results[0]).toMatchObject({ ruleId: 'stale-review', ruleIndex: 2, level: 'error', message: { text: 'Unexpected <b> & "x" \'y\'\nnext: 100%, done' } });
    expect(results[0]?.locations[0]?.physicalLocation.artifactLocation).toEqual({ uri, uriBaseId: '%SRCROOT%' });
    // Resolving against the base gives the file back.
    expect(fileURLToPath(new URL(uri, `${pathToFileURL(cwd).href}/`))).toBe(tricky.filePath);
    // No rule descriptor: no ruleIndex. Line 0: no region, the result is about the file.
    expect(results[1]).toEqual({
      ruleId: 'plugin/unknown',
      level: 'warning',
      message: { text: 'From a rule this build does not know' },
      locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' } } }],
    });
  });

  it('gives a file outside cwd an absolute file URI and drops an end that comes before the start', () => {
    const result = format([outside]).runs[0]?.results[0];
    expect(result?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: pathToFileURL(outside.filePath).href },
      region: { startLine: 2, startColumn: 3 },
    });
  });
});
