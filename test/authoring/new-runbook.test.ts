import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkNewRunbookNames, instantiate, planNewRunbook } from '../../src/authoring/new-runbook.js';
import { listTemplates, loadTemplate, templateDirs } from '../../src/authoring/templates.js';
import { lintSources } from '../../src/lint/lint-sources.js';
import { rules } from '../../src/lint/rules/index.js';
import { loadScenario } from '../../src/sim/scenario.js';
import { ROOT } from '../helpers/cli.js';

const TODAY = new Date('2026-11-22T12:00:00Z');
const dirs = templateDirs(undefined);
const names = listTemplates(dirs);

describe('templates', () => {
  test('the shipped set covers the common incident shapes', () => {
    expect(dirs).toEqual([join(ROOT, 'templates')]);
    expect(names).toEqual(expect.arrayContaining(['generic', 'workload-crash', 'latency-timeout', 'database-connectivity', 'capacity']));
  });

  for (const name of names) {
    test(`${name}: once instantiated, the real linter finds nothing but TODO markers`, () => {
      const text = instantiate(loadTemplate(name, dirs), 'orders-incident', ['OrdersDown'], TODAY);
      const [result] = lintSources([{ filePath: join(ROOT, 'runbooks', 'orders-incident.md'), content: text }], { rules, severities: {}, now: TODAY });
      const others = result!.messages.filter((m) => m.ruleId !== 'todo-marker');
      expect(others).toEqual([]);
      // The author is told what to fill in: the owner, the escalation contact and the Markdown title at least.
      const todos = result!.messages.filter((m) => m.ruleId === 'todo-marker');
      expect(todos.length).toBeGreaterThanOrEqual(4);
      expect(todos.every((m) => m.severity === 1)).toBe(true);
      expect(text).toMatch(/^owner: "TODO/m);
      expect(text).toMatch(/^## Prevention$/m);
      expect(text).toMatch(/^\s+tier: 3$/m);
      expect(text).toMatch(/evidence: \{ step: /);
      expect(text).toMatch(/^ {2}collect:\n {4}- kubectl /m);
    });

    test(`${name}: its scenario skeleton validates against the scenario schema`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'runbook-new-'));
      try {
        const plan = planNewRunbook({ id: 'orders-incident', template: loadTemplate(name, dirs), alerts: ['OrdersDown'], today: TODAY, runbooksDir: dir, scenario: true });
        mkdirSync(join(dir, 'scenarios'));
        writeFileSync(plan.scenario!.path, plan.scenario!.text);
        const scenario = loadScenario(plan.scenario!.path);
        expect(scenario.runbook).toBe('orders-incident');
        expect(scenario.alert?.name).toBe('OrdersDown');
        expect(scenario.variables.namespace).toBe('demo');
        expect(scenario.expect.cause).toMatch(/^[a-z-]+$/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

describe('instantiate', () => {
  const template = loadTemplate('generic', dirs);

  test('sets id, alerts and the review date, and keeps the rest of the template as written', () => {
    const text = instantiate(template, 'queue-backlog', ['QueueBacklog', 'QueueStalled'], TODAY);
    expect(text).toMatch(/^id: queue-backlog$/m);
    expect(text).toMatch(/^alerts: \[QueueBacklog, QueueStalled\]$/m);
    expect(text).toMatch(/^reviewed: "2026-11-22"$/m);
    const untouched = (s: string): string => s.replace(/^(id|alerts|reviewed):.*$/gm, '');
    expect(untouched(text)).toBe(untouched(template.text));
  });

  test('without --alert, the alerts line keeps its TODO for the author', () => {
    expect(instantiate(template, 'queue-backlog', [], TODAY)).toMatch(/^alerts: \[\] # TODO/m);
  });
});

describe('names', () => {
  test.each([['PodCrash', 'pod-crash'], ['pod_crash', 'pod-crash'], ['-x-', 'x']])('id %s is refused with a kebab-case suggestion', (id, suggestion) => {
    expect(() => checkNewRunbookNames(id, [])).toThrow(`for example \`${suggestion}\``);
  });

  test('an alert name that Prometheus would not accept is refused', () => {
    expect(() => checkNewRunbookNames('ok-id', ['Kube Pod'])).toThrow(/Invalid alert name `Kube Pod`/);
    expect(() => checkNewRunbookNames('ok-id', ['KubePodCrashLooping', 'node_down'])).not.toThrow();
  });

  test('an unknown template names the known ones', () => {
    expect(() => loadTemplate('nope', dirs)).toThrow(/Unknown template `nope`, expected one of .*`generic`/);
    expect(() => loadTemplate('../etc/passwd', dirs)).toThrow(/Unknown template/);
  });
});
