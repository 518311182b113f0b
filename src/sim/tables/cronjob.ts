import { since } from './duration.js';
import { at, isSet, list, record, text } from './fields.js';
import { age, ageColumn, column, containerCells, containersColumn, imagesColumn, nameColumn, selectorColumn, type TablePrinter } from './printer.js';
import { selectorCell } from './selectors.js';

export const cronJobPrinter: TablePrinter = {
  columns: [
    nameColumn,
    column('Schedule', 'string', 'When the job runs, in cron format.'),
    column('Timezone', 'string', 'Time zone of the schedule.'),
    column('Suspend', 'boolean', 'Whether new runs are held back.'),
    column('Active', 'integer', 'Jobs of this cron job running now.'),
    column('Last Schedule', 'string', 'When a job was last started.'),
    ageColumn,
    containersColumn,
    imagesColumn,
    selectorColumn,
  ],
  row(cronJob, context) {
    const spec = record(cronJob.spec);
    const status = record(cronJob.status);
    const template = at(spec, 'jobTemplate', 'spec', 'template');
    const [containers, images] = containerCells(template);
    return [
      cronJob.metadata.name,
      text(spec.schedule),
      isSet(spec.timeZone) ? text(spec.timeZone) : '<none>',
      // The API server defaults suspend to false.
      spec.suspend === true ? 'True' : 'False',
      list(status.active).length,
      isSet(status.lastScheduleTime) ? since(status.lastScheduleTime, context.now) : '<none>',
      age(cronJob, context),
      containers,
      images,
      selectorCell(at(spec, 'jobTemplate', 'spec', 'selector')),
    ];
  },
};
