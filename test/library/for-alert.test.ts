import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadCatalog } from '../../src/library/catalog.js';
import { alertValuesFor, pickRunbookForAlert, runbooksFor } from '../../src/library/for-alert.js';
import { renderRunbook } from '../../src/library/render.js';
import { asLooseRunbook } from '../../src/runbook/model.js';
import { parseRunbook } from '../../src/runbook/parse.js';
import { ROOT } from '../helpers/cli.js';
import { useProjects } from '../helpers/project.js';
import { runbookText, VALID_FRONT_MATTER, VALID_RUNBOOK } from '../helpers/sample.js';

const project = useProjects('runbook-library-');
const NOW = new Date('2026-11-22T12:00:00Z');
const sample = asLooseRunbook(parseRunbook('disk-pressure.md', VALID_RUNBOOK).data)!;

describe('alertValuesFor', () => {
  test('labels named like variables become their values, checked against the variable type', () => {
    const run = alertValuesFor(sample, { alertname: 'KubeNodeDiskPressure', node: 'node-a', namespace: 'team a' });
    // `namespace` is a k8s-name: a value with a space is refused, never passed on.
    expect(run.vars).toEqual({ node: 'node-a' });
    expect(run.refused).toEqual([{ name: 'namespace', value: 'team a', problem: expect.stringMatching(/must be a Kubernetes name/) }]);
  });

  test('a string value is kept as the label gave it, shell metacharacters and all', () => {
    const runbook = { variables: { selector: { description: 'pods' } } };
    expect(alertValuesFor(runbook, { selector: "app=a b;$(touch pwned)'" }).vars).toEqual({ selector: "app=a b;$(touch pwned)'" });
  });

  test('variables without a label, default or capture are the ones the walk will ask for', () => {
    const runbook = {
      variables: { namespace: { description: 'n', default: 'prod' }, pod: { description: 'p' }, deployment: { description: 'd' } },
      diagnosis: [{ id: 'a', title: 'a', run: 'kubectl get pods -n {{namespace}}', capture: { pod: '(\\S+)' } }],
    };
    expect(alertValuesFor(runbook, {}).asked).toEqual(['deployment']);
  });
});

describe('the catalog and alert lookup', () => {
  const twoForOneAlert = (): string =>
    project({
      'runbooks/disk-pressure.md': VALID_RUNBOOK,
      'runbooks/disk-cleanup.md': runbookText(VALID_FRONT_MATTER.replace('id: disk-pressure', 'id: disk-cleanup').replace('reviewed: 2026-11-01', 'reviewed: 2025-01-01')),
      'runbooks/notes.md': '# Not a runbook\n',
    });

  test('lists runbooks by id with review status, and notes files that are not runbooks', async () => {
    const dir = twoForOneAlert();
    const catalog = await loadCatalog(join(dir, 'runbooks'), { now: NOW });
    expect(catalog.entries.map((e) => [e.id, e.overdue, e.alerts])).toEqual([
      ['disk-cleanup', true, ['KubeNodeDiskPressure']],
      ['disk-pressure', false, ['KubeNodeDiskPressure']],
    ]);
    expect(catalog.problems).toEqual([{ path: join(dir, 'runbooks/notes.md'), message: expect.stringMatching(/^not a runbook/) }]);
  });

  test('run --alert picks the only runbook, and refuses none or several by name', async () => {
    const dir = twoForOneAlert();
    const catalog = await loadCatalog(join(dir, 'runbooks'), { now: NOW });
    const problem = (pick: () => unknown): unknown => {
      try {
        pick();
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        return (error as InputError).problem;
      }
      throw new Error('expected the pick to be refused');
    };
    expect(problem(() => pickRunbookForAlert(catalog, 'KubeNodeDiskPressure', 'runbooks'))).toEqual({ kind: 'several-runbooks-for-alert', alertname: 'KubeNodeDiskPressure', ids: ['disk-cleanup', 'disk-pressure'] });
    expect(problem(() => pickRunbookForAlert(catalog, 'Other', 'runbooks'))).toEqual({ kind: 'no-runbook-for-alert', alertname: 'Other', runbooksDirShown: 'runbooks' });
    const one = await loadCatalog(join(project({ 'runbooks/disk-pressure.md': VALID_RUNBOOK }), 'runbooks'), { now: NOW });
    expect(pickRunbookForAlert(one, 'KubeNodeDiskPressure', 'runbooks').id).toBe('disk-pressure');
    // Alert names are compared exactly, as Prometheus does.
    expect(runbooksFor(one, 'kubenodediskpressure')).toEqual([]);
  });
});

describe('renderRunbook', () => {
  const oom = parseRunbook('x.md', readFileSync(join(ROOT, 'runbooks/pod-oom-restart-loop.md'), 'utf8')).data;
  const text = renderRunbook(asLooseRunbook(oom)!, { color: false, overdue: true });

  test('shows every part an operator needs, in walking order', () => {
    const order = ['Pod OOMKilled restart loop', 'SYMPTOMS', 'IMPACT', 'VARIABLES', 'DIAGNOSIS', 'RESOLUTION', 'ESCALATION'].map((s) => text.indexOf(s));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(text).toContain('(REVIEW OVERDUE)');
    expect(text).toContain('     $ kubectl describe pod {{pod}} -n {{namespace}}\n');
    expect(text).toContain('suggested when the output of step "last-state" matches /Reason:\\s+OOMKilled/');
    expect(text).toContain('TIER 3: shown and recorded, not run');
    expect(text).toMatch(/Only if no pod is ready at all.*\n\s+CHANGES THINGS: asks for typed confirmation\n\s+needs approval \(Incident lead/);
    expect(text).toContain('    $ kubectl get events -n {{namespace}} --sort-by=.lastTimestamp\n');
    expect(text).not.toMatch(/\u001b\[/);
  });

  test('colour only when asked, and the words stay without it', () => {
    const coloured = renderRunbook(asLooseRunbook(oom)!, { color: true });
    expect(coloured).toMatch(/\u001b\[1mSYMPTOMS\u001b\[22m/);
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(renderRunbook(asLooseRunbook(oom)!, { color: false }));
  });

  test('a broken front-matter renders what is there without throwing', () => {
    expect(renderRunbook({ title: 'Half', diagnosis: 'nope', resolution: [{ steps: 3 }] } as never, { color: false })).toContain('Half');
  });
});
