/** The public face of the safety classifier: classification, and the server-side dry-run variant of a command. */
export { classifyCommand } from './classifier.js';
export { withServerDryRun } from './dry-run.js';
export type { Classification, CommandSafety, Safety } from './safety-types.js';
