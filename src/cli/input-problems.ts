import type { ConfigMistake, InputProblem } from '../errors.js';

/**
 * The message for a problem the core reported as data, worded with the flags the user typed: the core knows the
 * values, only the command line knows they came in by `-o`, `--max-size` or `--scenario`, and how a command is typed.
 */
export function describeInputProblem(problem: InputProblem): string {
  switch (problem.kind) {
    case 'archive-folder-missing':
      return `-o ${problem.output}: no such folder`;
    case 'archive-parent-missing':
      return `-o ${problem.output}: the folder ${problem.folder} does not exist`;
    case 'archive-name-hidden':
      return `-o ${problem.output}: expected a visible file name such as ${problem.example}`;
    case 'bundle-limit-too-small':
      return `--max-size ${formatKiB(problem.limitBytes)} is too small for this session: its summary, record, report and ${problem.outputs} outputs need at least ${formatKiB(problem.neededBytes)}`;
    case 'scenario-needs-one-runbook':
      return `--scenario names the scenario of one runbook, but ${problem.runbooks} runbooks were found; name the runbook file`;
    case 'runbook-exists':
      return `${problem.path} already exists; edit it, or pick another id (add --scenario to write only its scenario skeleton)`;
    case 'no-runbook-for-alert':
      return `No runbook in ${problem.runbooksDirShown} names the alert \`${problem.alertname}\` under \`alerts:\`; name the runbook to run: runbook run <id> --alert FILE`;
    case 'several-runbooks-for-alert':
      return `${problem.ids.length} runbooks name the alert \`${problem.alertname}\`: ${problem.ids.join(', ')}; name the one to run: runbook run <id> --alert FILE`;
    case 'config-invalid':
      return problem.mistakes.map(describeConfigMistake).join('\n');
  }
}

function describeConfigMistake(mistake: ConfigMistake): string {
  if ('unknownRule' in mistake) return `${mistake.at}: unknown rule \`${mistake.unknownRule}\`; run \`runbook lint --help\` for the list of rules`;
  return `${mistake.at}: ${mistake.what}`;
}

function formatKiB(bytes: number): string {
  return `${Math.ceil(bytes / 1024)}KiB`;
}
