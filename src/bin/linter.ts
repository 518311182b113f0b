/**
 * The linter proper: the parser, the rules and one file's lint, built into its own script bundle (`dist/linter.js`)
 * with its own code cache. The lint program loads it only when a file has to be linted, so a run over an unchanged
 * tree (`--cache`) never loads the Markdown, YAML and rule code; lint worker threads load nothing else.
 */
export { fileLintOptions, lintPath } from '../lint/lint-file.js';
export { rules } from '../lint/rules/index.js';
export { serveLintWorker } from '../lint/worker.js';
