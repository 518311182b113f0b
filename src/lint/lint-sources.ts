import { lintFile, type FileLintOptions } from './lint-file.js';
import { applyProjectRules } from './project.js';
import { toResult, type LintResult } from './result.js';

/** A file's path and content, already read. */
export interface SourceInput {
  filePath: string;
  content: Uint8Array | string;
}

// The whole lint in one thread, for in-memory sources: the engine's parallel path must agree with it.
export function lintSources(sources: SourceInput[], options: FileLintOptions): LintResult[] {
  const outputs = sources.map((source) => ({ filePath: source.filePath, ...lintFile(source.filePath, source.content, options) }));
  const project = applyProjectRules(
    outputs.map((output) => output.fact),
    options.rules,
    options.severities,
  );
  return outputs.map((output) => toResult(output.filePath, [...output.messages, ...(project.get(output.filePath) ?? [])]));
}
