import { stringify } from 'yaml';
import { asLooseRunbook, branchesOf, diagnosisOf, variablesOf } from '../runbook/model.js';
import { parseRunbook } from '../runbook/parse.js';

const NAMESPACE = 'demo';

// A scenario that already validates, for the runbook as written: the variables it needs, the alert that pages,
// one namespace, and `TODO` comments where the objects the diagnosis reads must go.
export function scenarioSkeleton(runbookPath: string, runbookText: string): string {
  const runbook = asLooseRunbook(parseRunbook(runbookPath, runbookText).data) ?? {};
  const id = typeof runbook.id === 'string' ? runbook.id : 'new-runbook';
  const alert = Array.isArray(runbook.alerts) && typeof runbook.alerts[0] === 'string' ? runbook.alerts[0] : undefined;
  const variables: Record<string, string | number> = {};
  for (const [name, variable] of variablesOf(runbook)) {
    if (name === 'namespace' || name.endsWith('_namespace')) variables[name] = NAMESPACE;
    else if (variable.default !== undefined) variables[name] = variable.default;
    else if (variable.type === 'integer') variables[name] = 3;
    else if (variable.type === 'enum' && Array.isArray(variable.choices) && variable.choices.length > 0) variables[name] = variable.choices[0]!;
    else variables[name] = `example-${name.replace(/_/g, '-')}`;
  }
  const cause = branchesOf(runbook).find(([branch]) => typeof branch.cause === 'string')?.[0].cause;
  const steps = diagnosisOf(runbook).flatMap((entry) => (typeof entry.step.id === 'string' && typeof entry.step.run === 'string' ? [entry.step.id] : []));
  const data = {
    runbook: id,
    description: 'TODO: the incident this scenario stages, in two or three sentences (what broke, what still works).',
    namespace: NAMESPACE,
    ...(alert ? { alert: { name: alert, labels: { alertname: alert, namespace: NAMESPACE, severity: 'critical' } } } : {}),
    variables,
    objects: [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: NAMESPACE }, status: { phase: 'Active' } }],
    expect: { ...(cause ? { cause } : {}), escalate: false },
  };
  const body = stringify(data, { lineWidth: 0 });
  const objectsHint = [
    '  # TODO: the objects the diagnosis reads, as the API server would return them (Deployments, Pods, Services,',
    '  # Events, ...), with relative times such as -5m. Variables above must name them.',
    ...(steps.length ? [`  # Steps that run a command: ${steps.join(', ')}.`] : []),
  ].join('\n');
  return [
    '# yaml-language-server: $schema=../../schemas/scenario.schema.json',
    '# Written by `runbook new`. Check it with `runbook test`, walk it with `runbook drill`; docs/simulated-cluster.md',
    '# describes every field.',
    body.replace(/^objects:\n/m, `objects:\n${objectsHint}\n`).replace(/^expect:\n/m, `expect:\n  # TODO: the branch a correct walk reaches, and step outputs to check (steps: { step-id: regex }).\n`),
  ].join('\n');
}
