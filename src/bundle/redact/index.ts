// The redaction engine for escalation bundles: see docs/redaction.md for what it masks and what it keeps.
export { kubeconfigCredentials } from './kubeconfig.js';
export { Redactor, type RedactionHit, type RedactorOptions } from './redactor.js';
export { isScannable } from './scannable.js';
