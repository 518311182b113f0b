/* Generated from schemas/config.schema.json by scripts/generate.js: edit the schema, then run `npm run generate`. */

/**
 * runbook.config.yaml: project settings for every runbook command.
 */
export interface RunbookConfig {
  /**
   * Folder holding the runbooks, relative to this file (default `runbooks`).
   */
  runbooksDir?: string;
  /**
   * Glob patterns, relative to this file, of Markdown files that are not runbooks.
   */
  ignore?: string[];
  /**
   * Largest runbook file linted, in bytes (default 4194304, 4 MiB).
   */
  maxFileSize?: number;
  /**
   * Severity per rule id: `off`, `warn` or `error`.
   */
  rules?: {
    [k: string]: 'off' | 'warn' | 'error';
  };
}
