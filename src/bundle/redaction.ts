/**
 * How the bundle asks for redaction: the engine in `./redact/`, set up with the config's and the command
 * line's extra values and patterns, the current kubeconfig's credentials, and every variable value the engine
 * judges secret (so that value is also scrubbed where it was filled into a command line or echoed in output).
 */

/** One place something was redacted: never the value. */
export interface RedactionRecord {
  file: string;
  line: number;
  rule: string;
  count: number;
}

/** What the bundle needs of a redactor; the same secret must get the same placeholder across calls. */
export interface BundleRedactor {
  redactText(text: string, file: string): string;
  redactVariable(name: string, value: string, file: string): string;
  hits(): RedactionRecord[];
}

export interface RedactionSettings {
  /** False only with `--no-redact` and its confirmation flag. */
  enabled: boolean;
  /** Literal values to scrub (config `redact.values`, `--redact-value`). */
  values: readonly string[];
  /** Extra patterns (config `redact.patterns`). */
  patterns: readonly { name: string; regex: string }[];
  /** Environment and home folder to find the current kubeconfig in. */
  env?: NodeJS.ProcessEnv;
  homeDir?: string;
}

/** `--no-redact`: everything passes through and nothing is recorded. */
export const PASS_THROUGH: BundleRedactor = {
  redactText: (text) => text,
  redactVariable: (_name, value) => value,
  hits: () => [],
};

/** The checks the bundle makes on raw bytes, from the redaction engine. */
export interface ScanCheck {
  isScannable(bytes: Uint8Array): boolean;
}

export interface PreparedRedaction {
  redactor: BundleRedactor;
  scan: ScanCheck;
}

const PROBE_FILE = 'variables';

// The engine is imported only when a bundle is written, so other commands never load its rules.
export async function prepareRedaction(settings: RedactionSettings, variables: Readonly<Record<string, string>>): Promise<PreparedRedaction> {
  const engine = await import('./redact/index.js');
  if (!settings.enabled) return { redactor: PASS_THROUGH, scan: { isScannable: engine.isScannable } };
  const literals = [...settings.values, ...engine.kubeconfigCredentials(settings.env ?? process.env, settings.homeDir)];
  const base = { literals, patterns: settings.patterns };
  // A first engine only tells which variable values are secrets; the real one then knows them from the start,
  // so a secret typed as a value is scrubbed in the command lines and outputs it ended up in, too.
  const probe = new engine.Redactor(base);
  const secretValues = Object.entries(variables)
    .filter(([name, value]) => value !== '' && probe.redactVariable(name, value, PROBE_FILE) !== value)
    .map(([, value]) => value);
  const redactor = new engine.Redactor({ ...base, literals: [...literals, ...secretValues] });
  return { redactor, scan: { isScannable: engine.isScannable } };
}
