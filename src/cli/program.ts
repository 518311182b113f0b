import { Command, CommanderError, Option } from 'commander';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import { VERSION } from '../version.js';

export interface ProgramIO {
  cwd: string;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** Set by the command that ran. */
  exitCode: number;
}

const RULE_IDS: string[] = configSchema.properties.rules.propertyNames.enum;

// Only the command named on the command line is defined (defining them all costs every run start-up time), and it
// imports its module when it runs, so `runbook lint` never loads what another command needs. Without a command name
// (`runbook --help`, `runbook help lint`, a typo) all are defined, for the help and the suggestions.
export function buildProgram(io: ProgramIO, argv: readonly string[]): Command {
  const program = createProgram(io);
  const named = argv[2];
  const define = named !== undefined && Object.hasOwn(COMMANDS, named) ? [COMMANDS[named]] : Object.values(COMMANDS);
  for (const command of define) command?.(program, io);
  return program;
}

/** The program with no commands yet: its name, version and where its output goes. */
export function createProgram(io: ProgramIO): Command {
  return new Command('runbook')
    .description('Kubernetes operations runbooks: lint them in CI, walk them in a terminal, escalate with a complete bundle.')
    .version(VERSION, '-v, --version', 'print the version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
}

/** `runbook lint`, defined on its own as well: the lint program (`src/bin/lint-program.ts`) has no other command. */
export function defineLint(program: Command, io: ProgramIO): void {
  program
    .command('lint')
    .description('check runbooks against the schema and the rules; exit 0 clean, 1 findings, 2 usage or crash')
    .argument('[paths...]', 'files, folders (searched for *.md) or globs; default: ./runbooks')
    .addOption(new Option('-f, --format <name>', 'report format').choices(['stylish', 'json', 'sarif', 'junit', 'github']).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file instead of stdout')
    .option('--max-warnings <n>', 'also fail when there are more than n warnings')
    .option('-q, --quiet', 'report errors only')
    .option('-c, --config <file>', 'use this config instead of the nearest runbook.config.yaml')
    .option('--cache', 'skip files unchanged since the last run (content-hashed)')
    .option('--cache-location <path>', 'where the cache lives (default: .runbook-lint-cache)')
    .option('--threads <n>', 'worker threads to lint in; 0 lints in the main thread (default: one per core but one, for large runs)')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour, even on a terminal')
    .addHelpText('after', `\nRules (set severities in runbook.config.yaml under \`rules:\`):\n  parse-error (always on)\n${RULE_IDS.map((id) => `  ${id}`).join('\n')}\n\nRule documentation: docs/rules/<rule-id>.md`)
    .action(async (paths: string[], flags) => {
      const { lintCommand } = await import('./lint.js');
      io.exitCode = await lintCommand(paths, flags, io);
    });
}

/** Each command's definition, in the order `runbook --help` lists them. */
const COMMANDS: Record<string, (program: Command, io: ProgramIO) => void> = {
  lint: defineLint,
  test(program, io) {
    program
      .command('test')
      .description("CI: run each runbook that has a scenario against it and check its commands, captures, evidence and expected outputs")
      .argument('[paths...]', 'runbook files, folders or globs; default: the runbooks folder')
      .addOption(new Option('-f, --format <name>', 'report format').choices(['tap', 'junit']).default('tap'))
      .option('-o, --output-file <file>', 'write the report to a file (a junit report then also prints TAP on stdout)')
      .option('--scenario <file>', 'with one runbook: the scenario to run it against')
      .option('--concurrency <n>', 'runbooks tested at once, each against its own simulated cluster (default: one per core)')
      .action(async (paths: string[], flags) => {
        const { testCommand } = await import('./test.js');
        io.exitCode = await testCommand(paths, flags, io);
      });
  },
  new(program, io) {
    program
      .command('new')
      .description('start a runbook from a template: writes <runbooks>/<id>.md, never over an existing file')
      .argument('<id>', 'the new runbook\'s id, kebab-case (also its file name)')
      .option('-t, --template <name>', 'template to start from: generic, workload-crash, latency-timeout, database-connectivity, capacity, or one in ./templates', 'generic')
      .option('--alert <name>', 'an alert that should open this runbook, for `alerts:` (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
      .option('--scenario', 'also write a scenario skeleton, <runbooks>/scenarios/<id>.yaml (for an existing runbook: only the scenario)')
      .addHelpText('after', '\nThe runbook lints clean except for `TODO` markers (warnings, rule todo-marker) where only the author knows the answer.')
      .action(async (id: string, flags) => {
        const { newCommand } = await import('./new.js');
        io.exitCode = await newCommand(id, flags, io);
      });
  },
  list(program, io) {
    program
      .command('list')
      .description('list the runbooks of the project: id, severity, owner, review date (OVERDUE when due), alerts, title')
      .option('--json', 'print an array of { id, title, severity, owner, alerts, reviewed, overdue, path }')
      .action(async (flags) => {
        const { listCommand } = await import('./list.js');
        io.exitCode = await listCommand(flags, io);
      });
  },
  show(program, io) {
    program
      .command('show')
      .description('print a runbook for reading: summary, symptoms, variables, diagnosis commands, resolution branches, escalation')
      .argument('<runbook>', 'a runbook id (looked up in the runbooks folder) or a path to a runbook file')
      .option('--json', 'print the front-matter as JSON instead')
      .action(async (runbook: string, flags) => {
        const { showCommand } = await import('./show.js');
        io.exitCode = await showCommand(runbook, flags, io);
      });
  },
  'for-alert'(program, io) {
    program
      .command('for-alert')
      .description('find the runbooks whose `alerts:` name an alert; with --alert, print the `runbook run` command its labels fill in')
      .argument('[alertname]', 'the alert name as Prometheus spells it (default: the payload\'s alertname label)')
      .option('--alert <file>', 'an Alertmanager webhook payload or a single alert (JSON): its labels fill variables of the same name')
      .option('--json', 'print an array of the matching runbooks (with the command, filled and missing variables)')
      .addHelpText('after', '\nExit status: 0 when a runbook names the alert, 1 when none does, 2 on bad input.')
      .action(async (alertname: string | undefined, flags) => {
        const { forAlertCommand } = await import('./for-alert.js');
        io.exitCode = await forAlertCommand(alertname, flags, io);
      });
  },
  alerts(program, io) {
    program
      .command('alerts')
      .description('cross-check alerting rules and runbooks')
      .command('check')
      .description('report alerts without a runbook, runbooks naming unknown alerts, and runbook_url annotations that lead to no runbook')
      .argument('<rules...>', 'PrometheusRule manifests or Prometheus rule files, or folders of them (*.yaml, *.yml)')
      .addOption(new Option('-f, --format <name>', 'report format').choices(['stylish', 'json', 'sarif', 'junit', 'github']).default('stylish'))
      .option('-o, --output-file <file>', 'write the report to a file instead of stdout')
      .option('--max-warnings <n>', 'also fail when there are more than n warnings')
      .option('-q, --quiet', 'report errors only')
      .option('--color', 'force colour')
      .option('--no-color', 'no colour, even on a terminal')
      .addHelpText('after', '\nrunbook_url patterns: `alerts.runbookUrls` in runbook.config.yaml, e.g.\n  alerts:\n    runbookUrls:\n      - https://runbooks.example.com/{id}\n      - https://runbooks.prometheus-operator.dev/runbooks/{group}/{alert}\n\nExit status: 0 clean, 1 errors (or warnings past --max-warnings), 2 usage.')
      .action(async (rules: string[], flags) => {
        const { alertsCheckCommand } = await import('./alerts.js');
        io.exitCode = await alertsCheckCommand(rules, flags, io);
      });
  },
  import(program, io) {
    program
      .command('import')
      .description('convert prose runbooks (Meaning, Impact, Diagnosis, Mitigation, Escalation) into runbooks: commands become steps, prose stays in the body')
      .argument('<files...>', 'Markdown files, or folders of them')
      .option('-o, --output <dir>', 'folder to write the runbooks in (default: the runbooks folder); existing files are never replaced')
      .option('--json', 'print a report per file: output, warnings, lint findings left, TODO count')
      .addHelpText('after', '\nEach warning points at the source (file:line:col): what was moved, changed or kept in the body only.\nExit status: 0 when every file became a runbook that lints clean but for TODO markers, 1 otherwise, 2 usage.')
      .action(async (files: string[], flags) => {
        const { importCommand } = await import('./import.js');
        io.exitCode = await importCommand(files, flags, io);
      });
  },
  run(program, io) {
    const run = program
      .command('run')
      .description('walk a runbook step by step against the current kube context, recording everything in a session')
      .argument('[runbook]', 'a runbook id (looked up in the runbooks folder) or a path to a runbook file; with --alert, default: the one runbook naming the alert')
      .option('--var <name=value>', 'set a variable (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
      .option('--alert <file>', 'fill variables from an Alertmanager alert (webhook payload or one alert) with labels of the same name')
      .option('--no-cluster-check', 'walk even when kubectl cannot reach the cluster (checked with `kubectl version` before the first step)');
    walkOptions(run, '(default: the one branch whose evidence matched)', '(default 16MiB)').action(async (runbook: string | undefined, flags) => {
      const { runCommand } = await import('./run.js');
      io.exitCode = await runCommand(runbook, flags, io);
    });
  },
  drill(program, io) {
    program
      .command('drill')
      .description('walk a runbook against a simulated cluster loaded with its scenario, then score the walk')
      .argument('<runbook>', 'a runbook id (looked up in the runbooks folder) or a path to a runbook file')
      .option('--scenario <file>', 'the scenario to load (default: scenarios/<id>.yaml beside the runbook)')
      .option('--var <name=value>', 'set a variable (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
      .option('--read-only', 'refuse every step that could change something')
      .option('--port <n>', 'port for the simulated cluster on 127.0.0.1 (default: a free one)')
      .option('--max-output <size>', 'stored output per step, head and tail kept (default 16MiB)')
      .action(async (runbook: string, flags) => {
        const { drillCommand } = await import('./drill.js');
        io.exitCode = await drillCommand(runbook, flags, io);
      });
  },
  resume(program, io) {
    const resume = program
      .command('resume')
      .description('continue an interrupted session exactly where it stopped (default: the newest unfinished one)')
      .argument('[session]', 'a session id from `runbook sessions`');
    walkOptions(resume, 'when none was chosen yet', '(default: as the session started)').action(async (session: string | undefined, flags) => {
      const { resumeCommand } = await import('./resume.js');
      io.exitCode = await resumeCommand(session, flags, io);
    });
  },
  sessions(program, io) {
    program
      .command('sessions')
      .description('list recorded sessions, newest first')
      .option('--json', 'print an array of { id, runbook, started, operator, context, status }')
      .action(async (flags) => {
        const { sessionsCommand } = await import('./sessions.js');
        io.exitCode = await sessionsCommand(flags, io);
      });
  },
  bundle(program, io) {
    program
      .command('bundle')
      .description('write the escalation bundle of a session (.tar.gz): summary, report, outputs and record, secrets redacted')
      .argument('[session]', 'a session id from `runbook sessions` (default: the newest)')
      .option('-o, --output <path>', 'the archive file to write, or a folder to write it in (default: the current folder)')
      .option('--print', 'print the bundle’s SUMMARY.md (redacted) to stdout instead of writing the archive')
      .option('--redact-value <value>', 'also redact this exact value (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
      .option('--max-size <size>', 'total size of the files in the bundle, outputs cut to head and tail to fit (default 20MiB)')
      .option('--max-file-size <size>', 'size of each output in the bundle, cut to head and tail past it (default 5MiB)')
      .option('--no-redact', 'ship everything unredacted (needs --i-understand-this-leaks-secrets)')
      .option('--i-understand-this-leaks-secrets', 'confirm --no-redact')
      .action(async (session: string | undefined, flags) => {
        const { bundleCommand } = await import('./bundle.js');
        io.exitCode = await bundleCommand(session, flags, io);
      });
  },
  sim(program, io) {
    program
      .command('sim')
      .description('the simulated cluster that drills and tests run against')
      .command('serve')
      .description('serve a scenario as a cluster for the real kubectl, in the foreground until Ctrl-C; prints the KUBECONFIG to export')
      .argument('<scenario>', 'a scenario file (runbooks/scenarios/<runbook-id>.yaml)')
      .option('--port <n>', 'port on 127.0.0.1 to listen on (default: a free one)')
      .option('--kubeconfig <file>', 'write the kubeconfig here instead of a private temp folder (never replaces a file it did not write)')
      .action(async (scenario: string, flags) => {
        const { simServeCommand } = await import('./sim.js');
        io.exitCode = await simServeCommand(scenario, flags, io);
      });
  },
};

// The flags `run` and `resume` share, worded for each.
function walkOptions(command: Command, causeDefault: string, maxOutputDefault: string): Command {
  return command
    .option('--read-only', 'refuse every step that could change something')
    .option('-y, --yes', 'no prompts: run read-only steps, record mutating ones as needing confirmation')
    .option('--confirm-mutating', 'with --yes, run mutating steps too (never with --read-only)')
    .option('--cause <id>', `with --yes, the resolution branch to follow ${causeDefault}`)
    .option('--json', 'print the session report as JSON on stdout (the walk-through then uses stderr)')
    .option('--max-output <size>', `stored output per step, head and tail kept ${maxOutputDefault}`);
}

// For the bin, which imports only this module before a command runs.
export { CommanderError };
export { describeFailure, EXIT } from './exit.js';
