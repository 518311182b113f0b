import type { KubeObject } from '../kube-object.js';
import { humanDuration, parseTimestamp } from './duration.js';
import { conditionTrue, integer, isSet, record } from './fields.js';
import { age, ageColumn, column, containerCells, containersColumn, imagesColumn, nameColumn, selectorColumn, type PrintContext, type TablePrinter } from './printer.js';
import { selectorCell } from './selectors.js';

// The first condition that holds wins, in this order, as in kubectl 1.32.
function jobStatus(job: KubeObject): string {
  const conditions = record(job.status).conditions;
  if (conditionTrue(conditions, 'Complete')) return 'Complete';
  if (conditionTrue(conditions, 'Failed')) return 'Failed';
  if (job.metadata.deletionTimestamp !== undefined) return 'Terminating';
  if (conditionTrue(conditions, 'Suspended')) return 'Suspended';
  if (conditionTrue(conditions, 'FailureTarget')) return 'FailureTarget';
  return 'Running';
}

function completions(job: KubeObject): string {
  const spec = record(job.spec);
  const succeeded = integer(record(job.status).succeeded);
  // With neither field set the API server defaults both to 1.
  if (isSet(spec.completions)) return `${succeeded}/${integer(spec.completions)}`;
  if (!isSet(spec.parallelism)) return `${succeeded}/1`;
  const parallelism = integer(spec.parallelism);
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

// A running job's duration grows with the clock; a finished one's is fixed; one not started yet has none.
function duration(job: KubeObject, context: PrintContext): string {
  const status = record(job.status);
  const started = parseTimestamp(status.startTime);
  if (started === undefined) return '';
  const completed = parseTimestamp(status.completionTime);
  return humanDuration((completed ?? context.now.getTime()) - started);
}

export const jobPrinter: TablePrinter = {
  columns: [
    nameColumn,
    column('Status', 'string', 'Whether the job runs, finished, failed or is suspended.'),
    column('Completions', 'string', 'Pods that succeeded out of the completions wanted.'),
    column('Duration', 'string', 'How long the job ran, or has been running.'),
    ageColumn,
    containersColumn,
    imagesColumn,
    selectorColumn,
  ],
  row(job, context) {
    const spec = record(job.spec);
    const [containers, images] = containerCells(spec.template);
    return [job.metadata.name, jobStatus(job), completions(job), duration(job, context), age(job, context), containers, images, selectorCell(spec.selector)];
  },
};
