import type { KubeObject } from '../kube-object.js';
import { since, parseTimestamp } from './duration.js';
import { at, integer, isRecord, record, text } from './fields.js';
import { column, wideColumn, type PrintContext, type TablePrinter } from './printer.js';

function sinceOrUnknown(timestamp: unknown, context: PrintContext): string | undefined {
  return parseTimestamp(timestamp) === undefined ? undefined : since(timestamp, context.now);
}

// Events written by the newer events API carry eventTime and series instead of first/last timestamps and count.
function seen(event: KubeObject, context: PrintContext): { first: string; last: string; count: number } {
  const first = sinceOrUnknown(event.firstTimestamp, context) ?? since(event.eventTime, context.now);
  const last = sinceOrUnknown(event.lastTimestamp, context) ?? first;
  if (isRecord(event.series)) return { first, last: since(event.series.lastObservedTime, context.now), count: integer(event.series.count) };
  return { first, last, count: integer(event.count) || 1 };
}

function source(event: KubeObject): string {
  const component = text(at(event, 'source', 'component')) || text(event.reportingComponent);
  const host = text(at(event, 'source', 'host')) || text(event.reportingInstance);
  return host === '' ? component : `${component}, ${host}`;
}

export const eventPrinter: TablePrinter = {
  columns: [
    column('Last Seen', 'string', 'Time since the event was last seen.'),
    column('Type', 'string', 'Normal or Warning.'),
    column('Reason', 'string', 'Short machine-readable reason for the event.'),
    column('Object', 'string', 'The object the event is about.'),
    wideColumn('Subobject', 'string', 'The part of the object the event is about, such as one container.'),
    wideColumn('Source', 'string', 'The component that reported the event.'),
    column('Message', 'string', 'What happened, in words.'),
    wideColumn('First Seen', 'string', 'Time since the event was first seen.'),
    wideColumn('Count', 'string', 'How many times the event happened.'),
    { name: 'Name', type: 'string', format: 'name', description: 'Name of the event object.', priority: 1 },
  ],
  row(event, context) {
    const involved = record(event.involvedObject);
    const kind = text(involved.kind).toLowerCase();
    const name = text(involved.name);
    const times = seen(event, context);
    return [
      times.last,
      text(event.type),
      text(event.reason),
      name === '' ? kind : `${kind}/${name}`,
      text(involved.fieldPath),
      source(event),
      text(event.message).trim(),
      times.first,
      times.count,
      event.metadata.name,
    ];
  },
};
