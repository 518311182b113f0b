import { describe, expect, test } from 'vitest';
import { describeFailure } from '../../src/cli/exit.js';
import { InputError, type InputProblem } from '../../src/errors.js';

// What the user reads for each problem the core reports as data: the flag it came in by, and how to fix it.
const CASES: [InputProblem, string][] = [
  [{ kind: 'archive-folder-missing', output: 'out/' }, '-o out/: no such folder'],
  [{ kind: 'archive-parent-missing', output: 'nowhere/x.tar.gz', folder: '/srv/nowhere' }, '-o nowhere/x.tar.gz: the folder /srv/nowhere does not exist'],
  [{ kind: 'archive-name-hidden', output: '.x.tar.gz', example: 'runbook-oom-1.tar.gz' }, '-o .x.tar.gz: expected a visible file name such as runbook-oom-1.tar.gz'],
  [
    { kind: 'bundle-limit-too-small', limitBytes: 64 * 1024, neededBytes: 600 * 1024 + 1, outputs: 2 },
    '--max-size 64KiB is too small for this session: its summary, record, report and 2 outputs need at least 601KiB',
  ],
  [{ kind: 'scenario-needs-one-runbook', runbooks: 3 }, '--scenario names the scenario of one runbook, but 3 runbooks were found; name the runbook file'],
  [{ kind: 'runbook-exists', path: 'runbooks/checkout-crash.md' }, 'runbooks/checkout-crash.md already exists; edit it, or pick another id (add --scenario to write only its scenario skeleton)'],
  [
    { kind: 'no-runbook-for-alert', alertname: 'KubeletDown', runbooksDirShown: 'runbooks' },
    'No runbook in runbooks names the alert `KubeletDown` under `alerts:`; name the runbook to run: runbook run <id> --alert FILE',
  ],
  [
    { kind: 'several-runbooks-for-alert', alertname: 'KubePodCrashLooping', ids: ['other-loop', 'pod-oom-restart-loop'] },
    '2 runbooks name the alert `KubePodCrashLooping`: other-loop, pod-oom-restart-loop; name the one to run: runbook run <id> --alert FILE',
  ],
  [
    {
      kind: 'config-invalid',
      mistakes: [
        { at: 'runbook.config.yaml:2:3', unknownRule: 'require-prevension' },
        { at: 'runbook.config.yaml:4:1', what: 'unknown setting `runbookDir`' },
      ],
    },
    'runbook.config.yaml:2:3: unknown rule `require-prevension`; run `runbook lint --help` for the list of rules\nrunbook.config.yaml:4:1: unknown setting `runbookDir`',
  ],
];

describe('problems the core reports as data', () => {
  test.each(CASES)('%o is worded with its flag and exits 2', (problem, message) => {
    expect(describeFailure(new InputError(problem))).toEqual({ message: `runbook: ${message}`, code: 2 });
  });
});
