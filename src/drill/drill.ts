import { Journal } from '../session/journal.js';
import { planRunbook } from '../runner/plan.js';
import { runInteractive, type InteractiveOptions, type InteractiveReport } from '../runner/interactive.js';
import { SCREEN_WIDTH, wrapWords } from '../runner/screen.js';
import { listSessions } from '../session/list.js';
import type { Scenario } from '../sim/scenario.js';
import { startSimServer } from '../sim/server.js';
import { scoreDrill, type DrillScore } from './score.js';

/** A walk-through as `runbook run` has it, minus what the drill sets itself: the cluster, its context and the alert. */
export interface DrillOptions extends Omit<InteractiveOptions, 'kube' | 'env' | 'alert' | 'drill' | 'resume' | 'observations'> {
  scenario: Scenario;
  /** Port for the simulated cluster (default: a free one). */
  port?: number;
}

export interface DrillResult {
  report: InteractiveReport;
  score: DrillScore;
}

// Starts the simulated cluster with the scenario, walks the runbook against it (only the walk's commands see its
// KUBECONFIG), and scores the result. The cluster is gone when the drill ends, so a drill left unfinished is
// closed as abandoned rather than left for `runbook resume` to continue against a real cluster.
export async function runDrill(options: DrillOptions): Promise<DrillResult> {
  const { scenario } = options;
  const now = options.now ?? (() => new Date());
  const started = now();
  const server = await startSimServer({ scenario, now: started, ...(options.port !== undefined ? { port: options.port } : {}) });
  try {
    const columns = (options.output as { columns?: unknown }).columns;
    options.output.write(intro(scenario, server.context, server.url, typeof columns === 'number' && columns > 0 ? columns : SCREEN_WIDTH));
    const report = await runInteractive({
      ...options,
      kube: { name: server.context, namespace: server.namespace, namespaceSet: true },
      env: server.env,
      drill: scenario.file,
      observations: scenario.observations,
      ...(scenario.alert
        ? {
            alert: {
              file: scenario.file,
              labels: scenario.alert.labels,
              ...(scenario.alert.name !== undefined ? { name: scenario.alert.name } : {}),
              ...(scenario.alert.summary !== undefined ? { summary: scenario.alert.summary } : {}),
              // The simulated cluster's alert fires as the drill starts.
              startsAt: started.toISOString(),
            },
          }
        : {}),
    });
    return { report, score: scoreDrill(report, scenario, now().getTime() - started.getTime(), planRunbook(options.runbook).diagnosis.length) };
  } finally {
    closeUnfinishedDrills(options.home, started);
    await server.close();
  }
}

// What the operator knows when paged: the alert, never the scenario's description (that is the answer, shown in
// the debrief after the score).
function intro(scenario: Scenario, context: string, url: string, width: number): string {
  const paragraphs = [`DRILL: a simulated cluster (${context}, ${url}); nothing here touches a real cluster.`];
  if (scenario.alert) paragraphs.push(`Paged by: ${scenario.alert.name ?? 'an alert'}${scenario.alert.summary ? `: ${scenario.alert.summary}` : ''}`);
  else paragraphs.push('No alert came with this drill: start from the symptoms you see.');
  return `\n${paragraphs.flatMap((text) => wrapWords(text, width, '', '  ')).join('\n')}\n`;
}

// Drill sessions started by this drill and still open (quit, or Ctrl-C at a prompt) are ended as abandoned.
function closeUnfinishedDrills(home: string, since: Date): void {
  const sinceIso = new Date(since.getTime() - 1000).toISOString();
  for (const session of listSessions(home).sessions) {
    if (!session.drill || (session.status !== 'running' && session.status !== 'paused') || session.started < sinceIso) continue;
    const journal = Journal.open(home, session.id);
    try {
      journal.append({ type: 'note', text: 'Drill ended before the end of the walk; the simulated cluster is gone, so it cannot be resumed' });
      journal.append({ type: 'session-ended', outcome: 'abandoned' });
    } finally {
      journal.close();
    }
  }
}
