import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { KubeObject } from '../../../src/sim/kube-object.js';
import { resolveRelativeTimes } from '../../../src/sim/relative-time.js';
import { loadScenario } from '../../../src/sim/scenario.js';
import { tablePrinter } from '../../../src/sim/tables/index.js';

// The shipped drills tell a story through these rows; an edit that changes the story should fail here first.
const now = new Date('2026-11-30T10:56:30Z');

function rows(scenarioFile: string, kind: string): Map<string, unknown[]> {
  const scenario = loadScenario(fileURLToPath(new URL(`../../../runbooks/scenarios/${scenarioFile}`, import.meta.url)));
  const objects = resolveRelativeTimes(scenario.objects, now).filter((object: KubeObject) => object.kind === kind);
  const printer = tablePrinter(kind);
  return new Map(objects.map((object) => [object.metadata.name, printer.row(object, { now })]));
}

describe('pod-oom-restart-loop scenario', () => {
  test('one checkout pod serves, one is in back-off, the most restarted one has just come back', () => {
    const pods = rows('pod-oom-restart-loop.yaml', 'Pod');
    expect(pods.get('checkout-7c9d6b5f4-kq2mz')?.slice(1, 4)).toEqual(['1/1', 'Running', '2 (47m ago)']);
    expect(pods.get('checkout-7c9d6b5f4-p9w4t')?.slice(1, 4)).toEqual(['0/1', 'CrashLoopBackOff', '6 (110s ago)']);
    expect(pods.get('checkout-7c9d6b5f4-x2x8q')?.slice(1, 4)).toEqual(['0/1', 'Running', '9 (6m31s ago)']);
    for (const [name, cells] of pods) if (!name.startsWith('checkout-')) expect(cells.slice(1, 4)).toEqual(['1/1', 'Running', '0']);
  });

  test('the deployment is one pod short of three, and no job is running (the burst branch must not be suggested)', () => {
    expect(rows('pod-oom-restart-loop.yaml', 'Deployment').get('checkout')?.slice(1, 4)).toEqual(['1/3', 3, 1]);
    const jobs = [...rows('pod-oom-restart-loop.yaml', 'Job').values()];
    expect(jobs.length).toBeGreaterThan(0);
    for (const cells of jobs) expect(cells[1]).toBe('Complete');
  });
});

describe('report-service-timeout scenario', () => {
  test('the report service is healthy and nowhere near its autoscaling targets', () => {
    expect(rows('report-service-timeout.yaml', 'Deployment').get('report-service')?.slice(1, 4)).toEqual(['2/2', 2, 2]);
    expect(rows('report-service-timeout.yaml', 'HorizontalPodAutoscaler').get('report-service')?.slice(1, 6)).toEqual(['Deployment/report-service', 'cpu: 34%/70%, memory: 61%/80%', '2', 6, 2]);
    for (const cells of rows('report-service-timeout.yaml', 'Pod').values()) expect(cells.slice(1, 4)).toEqual(['1/1', 'Running', '0']);
  });

  test('the current version went out days before the timeouts', () => {
    expect(rows('report-service-timeout.yaml', 'ReplicaSet').get('report-service-6f7b8c9d4')?.slice(1, 5)).toEqual([2, 2, 2, '9d']);
  });
});
