// Regenerates code from the JSON Schemas, so each schema stays the one source of truth:
// TypeScript types (json-schema-to-typescript) and precompiled validators (ajv standalone, so no schema
// is compiled at start-up); and the redaction engine's WebAssembly scan from its text format (wabt), so the
// module's source is what is reviewed. `node scripts/generate.js --check` exits 1 when a generated file is out of date.
import { readFile, writeFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { compile } from 'json-schema-to-typescript';
import createWabt from 'wabt';

const targets = [
  { schema: 'schemas/runbook.schema.json', name: 'Runbook', dir: 'src/runbook' },
  { schema: 'schemas/config.schema.json', name: 'RunbookConfig', dir: 'src/config' },
  { schema: 'schemas/scenario.schema.json', name: 'ScenarioFile', dir: 'src/sim' },
  // The journal is read leniently (a damaged line must not lose the session), so only its types are generated.
  { schema: 'schemas/session.schema.json', name: 'SessionEvent', dir: 'src/session', validator: false },
];

async function typesFor(target, schema) {
  return compile(schema, target.name, {
    bannerComment: `/* Generated from ${target.schema} by scripts/generate.js: edit the schema, then run \`npm run generate\`. */`,
    additionalProperties: false,
    unreachableDefinitions: false,
    style: { singleQuote: true, printWidth: 110 },
    cwd: 'schemas',
  });
}

function validatorFor(target, schema) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, code: { source: true, esm: true, lines: true } });
  const code = standaloneCode(ajv, ajv.compile(schema)).replace(
    /const (func\d+) = require\("ajv\/dist\/runtime\/ucs2length"\)\.default;/,
    // ajv's helper counts code points; inlined so the generated module imports nothing.
    (_, name) => `const ${name} = (text) => { let count = 0; for (const _ of text) count++; return count; };`,
  );
  if (code.includes('require(')) throw new Error(`${target.schema}: the generated validator needs a runtime helper this script does not map yet`);
  return [
    `// @ts-nocheck`,
    `/* Generated from ${target.schema} by scripts/generate.js (ajv standalone): edit the schema, then run \`npm run generate\`. */`,
    code,
    '',
  ].join('\n');
}

const WASM_SOURCES = ['src/bundle/redact/anchor-scan.wat'];

/** A WebAssembly module's binary, base64 in a TypeScript constant: the bundler and the tests load it alike. */
async function wasmModuleFor(source) {
  const wabt = await createWabt();
  let parsed;
  try {
    parsed = wabt.parseWat(source, await readFile(source, 'utf8'), { simd: true, relaxed_simd: true });
  } catch (error) {
    // wabt's own message names the line and column; its stack is a minified line too long to read.
    throw new Error(error.message);
  }
  try {
    parsed.validate({ simd: true, relaxed_simd: true });
    const { buffer } = parsed.toBinary({});
    // `anchor-scan.wat` → `ANCHOR_SCAN_WASM`.
    const constant = `${source.replace(/^.*\//, '').replace(/\.wat$/, '').replace(/-/g, '_').toUpperCase()}_WASM`;
    return [
      `/* Generated from ${source} by scripts/generate.js (wabt): edit the .wat file, then run \`npm run generate\`. */`,
      `export const ${constant} =`,
      `  '${Buffer.from(buffer).toString('base64')}';`,
      '',
    ].join('\n');
  } finally {
    parsed.destroy();
  }
}

const check = process.argv.includes('--check');
let stale = 0;
const jobs = [
  ...targets.map((target) => async () => {
    const schema = JSON.parse(await readFile(target.schema, 'utf8'));
    return [
      [`${target.dir}/types.generated.ts`, await typesFor(target, schema)],
      ...(target.validator === false ? [] : [[`${target.dir}/validator.generated.ts`, validatorFor(target, schema)]]),
    ];
  }),
  ...WASM_SOURCES.map((source) => async () => [[source.replace(/\.wat$/, '.generated.ts'), await wasmModuleFor(source)]]),
];
for (const job of jobs) {
  const outputs = await job();
  for (const [file, text] of outputs) {
    const current = await readFile(file, 'utf8').catch(() => '');
    if (current === text) continue;
    if (check) {
      console.error(`${file} is out of date: run npm run generate`);
      stale++;
    } else {
      await writeFile(file, text);
      console.error(`wrote ${file}`);
    }
  }
}
process.exitCode = stale ? 1 : 0;
