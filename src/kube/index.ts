/** Kubernetes command understanding: shell parsing, kubectl invocations, and the read-only/mutating classifier. */
export { findAngleBracketPlaceholders, parseShell, shellQuote } from './shell.js';
export type {
  AngleBracketPlaceholder,
  PlaceholderContext,
  ShellError,
  ShellParse,
  ShellPlaceholder,
  ShellRedirect,
  ShellWord,
  SimpleCommand,
} from './shell.js';
export { isClusterScoped, needsNamespace, normalizeResource, parseKubectl } from './kubectl.js';
export type { KubectlInvocation } from './kubectl.js';
export { supportsDryRun } from './kubectl-safety.js';
export { classifyCommand, withServerDryRun } from './classify.js';
export type { Classification, CommandSafety, Safety } from './classify.js';
export { findSecretReads, readsSecretData } from './secret-reads.js';
export type { SecretRead } from './secret-reads.js';
