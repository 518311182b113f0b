/* Generated from schemas/runbook.schema.json by scripts/generate.js: edit the schema, then run `npm run generate`. */

export type ResolutionStep = CommonStepFields & {
  /**
   * `skip`: `runbook test` does not run this step (it checks a change that a test, read-only, never makes).
   */
  test?: 'skip';
};

/**
 * The YAML front-matter of a runbook: what it is for, what the operator runs to diagnose and resolve, and when to escalate.
 */
export interface Runbook {
  /**
   * Stable kebab-case name, unique in the repository; equals the file name without `.md`.
   */
  id: string;
  /**
   * One line naming the problem.
   */
  title: string;
  /**
   * One or two sentences: what goes wrong and why it matters.
   */
  summary: string;
  /**
   * How bad the problem is for users.
   */
  severity: 'critical' | 'high' | 'medium' | 'low';
  /**
   * Team that maintains this runbook.
   */
  owner: string;
  /**
   * Names of the alerts that should link to this runbook.
   */
  alerts?: string[];
  /**
   * Date of the last review (YYYY-MM-DD).
   */
  reviewed?: string;
  /**
   * How often the runbook must be reviewed.
   */
  review_every?: string;
  /**
   * Kube context name patterns (`*` wildcard) this runbook is meant for; the runner warns on others.
   */
  contexts?: string[];
  /**
   * Dashboards, logs and documents worth opening during the incident.
   */
  links?: Link[];
  /**
   * Every value a command needs, by name; the runner prompts for each before first use.
   */
  variables?: {
    [k: string]: Variable;
  };
  /**
   * What the operator sees when this problem happens.
   *
   * @minItems 1
   */
  symptoms: [string, ...string[]];
  /**
   * Who is affected and how.
   */
  impact?: string;
  /**
   * Read-only steps, in order, that confirm the problem and point to a cause.
   *
   * @minItems 1
   */
  diagnosis: [DiagnosisStep, ...DiagnosisStep[]];
  /**
   * One branch per root cause; the operator picks one after diagnosis.
   */
  resolution?: Branch[];
  escalation: Escalation;
}
export interface Link {
  title: string;
  url: string;
}
export interface Variable {
  /**
   * Shown when the operator is asked for the value.
   */
  description: string;
  /**
   * How the value is validated: `k8s-name` is a DNS-1123 name.
   */
  type?: 'string' | 'k8s-name' | 'integer' | 'enum';
  /**
   * Used when nothing else supplies a value.
   */
  default?: string | number;
  /**
   * The allowed values of an `enum` variable.
   *
   * @minItems 1
   */
  choices?: [string | number, ...(string | number)[]];
  /**
   * A read-only command whose output lines (`kind/name` is shortened to `name`) are offered as a pick list.
   */
  choices_from?: string;
}
export interface DiagnosisStep {
  /**
   * Stable name of the step, kebab-case; sessions and bundles refer to steps by it.
   */
  id: string;
  /**
   * What the step does, as an instruction.
   */
  title: string;
  /**
   * The command to run; `{{name}}` placeholders are filled in shell-quoted. Omit for a manual check.
   */
  run?: string;
  /**
   * What the operator should look for in the output.
   */
  expect?: string;
  /**
   * A dashboard or document for this step.
   */
  link?: string;
  /**
   * Stop the command after this long (default 60s).
   */
  timeout?: string;
  /**
   * Who may carry out the step; Tier 3 steps are shown and recorded, never run by Tier 2.
   */
  tier?: 2 | 3;
  /**
   * Ask for typed confirmation before running, even if the command looks read-only.
   */
  confirm?: boolean;
  /**
   * Running the step needs an approval; who approved and why is recorded first.
   */
  approval?: boolean | string;
  /**
   * The output is shown but never stored or bundled.
   */
  sensitive?: boolean;
  /**
   * Variable name to regular expression: the first match's first group fills that variable for later steps.
   */
  capture?: {
    [k: string]: string;
  };
}
export interface Branch {
  /**
   * Stable kebab-case name of the root cause.
   */
  cause: string;
  title: string;
  /**
   * How the operator recognises this cause.
   */
  when?: string;
  /**
   * Lets the runner suggest this branch: `matches` is a regular expression tested against the output of diagnosis step `step`.
   */
  evidence?: {
    step: string;
    matches: string;
  };
  steps?: ResolutionStep[];
}
export interface CommonStepFields {
  /**
   * Stable name of the step, kebab-case; sessions and bundles refer to steps by it.
   */
  id?: string;
  /**
   * What the step does, as an instruction.
   */
  title?: string;
  /**
   * The command to run; `{{name}}` placeholders are filled in shell-quoted. Omit for a manual check.
   */
  run?: string;
  /**
   * What the operator should look for in the output.
   */
  expect?: string;
  /**
   * A dashboard or document for this step.
   */
  link?: string;
  /**
   * Stop the command after this long (default 60s).
   */
  timeout?: string;
  /**
   * Who may carry out the step; Tier 3 steps are shown and recorded, never run by Tier 2.
   */
  tier?: 2 | 3;
  /**
   * Ask for typed confirmation before running, even if the command looks read-only.
   */
  confirm?: boolean;
  /**
   * Running the step needs an approval; who approved and why is recorded first.
   */
  approval?: boolean | string;
  /**
   * The output is shown but never stored or bundled.
   */
  sensitive?: boolean;
  /**
   * Variable name to regular expression: the first match's first group fills that variable for later steps.
   */
  capture?: {
    [k: string]: string;
  };
}
/**
 * When and to whom Tier 2 hands over, and what is collected for them.
 */
export interface Escalation {
  /**
   * The runner warns when the session passes this.
   */
  after?: string;
  /**
   * Criteria that call for escalation.
   */
  when?: string[];
  /**
   * Who to escalate to.
   */
  contact?: string;
  /**
   * Read-only commands run automatically into the escalation bundle.
   */
  collect?: string[];
}
