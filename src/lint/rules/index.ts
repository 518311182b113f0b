import type { Rule } from '../rule.js';
import escalationCriteria from './escalation-criteria.js';
import idMatchesFilename from './id-matches-filename.js';
import noAnglePlaceholder from './no-angle-placeholder.js';
import noLiteralSecrets from './no-literal-secrets.js';
import noQuotedPlaceholder from './no-quoted-placeholder.js';
import noUndeclaredVariable from './no-undeclared-variable.js';
import noUnprotectedSecretRead from './no-unprotected-secret-read.js';
import noUnusedVariable from './no-unused-variable.js';
import parseError from './parse-error.js';
import readOnlyCommands from './read-only-commands.js';
import requireNamespace from './require-namespace.js';
import requirePrevention from './require-prevention.js';
import resolutionHasSteps from './resolution-has-steps.js';
import reviewOverdue from './review-overdue.js';
import schema from './schema.js';
import todoMarker from './todo-marker.js';
import uniqueId from './unique-id.js';
import uniqueStepIds from './unique-step-ids.js';
import validCapture from './valid-capture.js';
import validEvidence from './valid-evidence.js';
import validLinks from './valid-links.js';
import validScenario from './valid-scenario.js';

/**
 * Every rule; the config schema, the docs and the tests must list the same ids (test/docs checks).
 * Grouped by what they protect, which is also the order their findings are computed in.
 */
export const rules: readonly Rule[] = [
  // The file is a runbook at all, and its parts have the right shape.
  parseError,
  schema,
  // Names that sessions, bundles and `runbook run <id>` depend on.
  idMatchesFilename,
  uniqueId,
  uniqueStepIds,
  // Placeholders and captures: every value a command needs is declared and safely inserted.
  noUndeclaredVariable,
  noUnusedVariable,
  noAnglePlaceholder,
  noQuotedPlaceholder,
  validCapture,
  // Safety: what runs without confirmation must not change anything, and nothing secret is written down.
  readOnlyCommands,
  noLiteralSecrets,
  noUnprotectedSecretRead,
  // The walk-through makes sense: branches can be suggested and followed, escalation is defined.
  validEvidence,
  resolutionHasSteps,
  escalationCriteria,
  validScenario,
  // Hygiene that reviewers would otherwise have to catch.
  requireNamespace,
  reviewOverdue,
  validLinks,
  requirePrevention,
  // Scaffolding from `runbook new` and `runbook import` that the author has not filled in yet.
  todoMarker,
];
