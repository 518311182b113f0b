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
   * How `runbook alerts check` reads the alerting rules' `runbook_url` annotations.
   */
  alerts?: {
    /**
     * URL patterns that lead to a runbook of this repository: `{id}` stands for a runbook id, `{alert}` for an alert name (any case), `{group}` for any one path segment. For example `https://runbooks.example.com/{id}`, `https://git.example.com/ops/runbook.md#alert-name-{alert}`, `https://runbooks.prometheus-operator.dev/runbooks/{group}/{alert}`.
     */
    runbookUrls?: string[];
  };
  /**
   * Extra redaction for escalation bundles, on top of the built-in rules.
   */
  redact?: {
    /**
     * Regular expressions (JavaScript syntax) whose matches are redacted; `name` appears in the placeholder, `[REDACTED:<name>:<n>]`.
     */
    patterns?: {
      name: string;
      regex: string;
    }[];
    /**
     * Exact values to redact wherever they appear (prefer `--redact-value` or an untracked config for real secrets).
     */
    values?: string[];
  };
  /**
   * Severity per rule id: `off`, `warn` or `error`.
   */
  rules?: {
    [k: string]: 'off' | 'warn' | 'error';
  };
}
