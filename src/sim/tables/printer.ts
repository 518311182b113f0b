import type { KubeObject } from '../kube-object.js';
import { at, list, text } from './fields.js';
import { since } from './duration.js';

/** One column of a meta.k8s.io/v1 Table; priority 1 columns are the `-o wide` extras kubectl hides otherwise. */
export interface TableColumnDefinition {
  name: string;
  type: string;
  format: string;
  description: string;
  priority: number;
}

/** What a row may depend on besides the object: the moment ages are measured from. */
export interface PrintContext {
  now: Date;
}

/** The columns of one kind and the cells of one object's row, in the same order, wide columns included. */
export interface TablePrinter {
  columns: TableColumnDefinition[];
  row(object: KubeObject, context: PrintContext): unknown[];
}

/** A column kubectl always shows. */
export function column(name: string, type: 'string' | 'integer' | 'boolean' | 'date', description: string): TableColumnDefinition {
  return { name, type, format: '', description, priority: 0 };
}

/** A column kubectl shows only with `-o wide`. */
export function wideColumn(name: string, type: 'string' | 'integer' | 'boolean' | 'date', description: string): TableColumnDefinition {
  return { ...column(name, type, description), priority: 1 };
}

export const nameColumn: TableColumnDefinition = {
  name: 'Name',
  type: 'string',
  format: 'name',
  description: 'Name of the object, unique within its namespace.',
  priority: 0,
};

export const ageColumn = column('Age', 'string', 'Time since the object was created.');

/** The AGE cell of any object. */
export function age(object: KubeObject, context: PrintContext): string {
  return since(object.metadata.creationTimestamp, context.now);
}

/** The CONTAINERS and IMAGES cells of a pod template: names and images, each comma-joined in order. */
export function containerCells(template: unknown): [string, string] {
  const containers = list(at(template, 'spec', 'containers'));
  const names = containers.map((container) => text(at(container, 'name')));
  const images = containers.map((container) => text(at(container, 'image')));
  return [names.join(','), images.join(',')];
}

export const containersColumn = wideColumn('Containers', 'string', 'Names of each container in the template.');
export const imagesColumn = wideColumn('Images', 'string', 'Images referenced by each container in the template.');
export const selectorColumn = wideColumn('Selector', 'string', 'Label selector of the pods this object manages.');
