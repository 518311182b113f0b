import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importRunbook, kebab } from '../../src/import/import-runbook.js';
import { lintSources } from '../../src/lint/lint-sources.js';
import { rules } from '../../src/lint/rules/index.js';
import { asLooseRunbook, branchesOf, diagnosisOf } from '../../src/runbook/model.js';
import { parseRunbook } from '../../src/runbook/parse.js';
import { ROOT } from '../helpers/cli.js';

const NOW = new Date('2026-11-22T12:00:00Z');
const out = (id: string): string => join(ROOT, 'runbooks', `${id}.md`);

const PROSE = `---
title: Queue Consumer Stalled
weight: 20
---

# QueueConsumerStalled

## Meaning

The consumers of a queue stopped taking messages.

## Impact

Orders wait in the queue.

## Diagnosis

Check the consumer pods:

\`\`\`shell
$ kubectl -n <namespace> get pods -l app=consumer
consumer-1   1/1   Running   0   3h
\`\`\`

Check the events via \`kubectl -n $NAMESPACE get events\`.

\`\`\`yaml
kind: Deployment
\`\`\`

Restart the stuck consumer:

\`\`\`shell
kubectl -n <namespace> delete pod <pod>
\`\`\`

## Mitigation

Scale the consumers up:

\`\`\`console
$ kubectl -n <namespace> scale deployment consumer --replicas=<replicas>
\`\`\`

## Escalation

- The queue keeps growing after the restart
- Messages are lost
`;

describe('importRunbook', () => {
  const result = importRunbook('docs/QueueConsumerStalled.md', PROSE, { outputPath: out, now: NOW });
  const runbook = asLooseRunbook(parseRunbook(out('queue-consumer-stalled'), result.text!).data)!;

  test('the alert and id come from the file name, the title from the front-matter, the prose from its sections', () => {
    expect(result.id).toBe('queue-consumer-stalled');
    expect(runbook).toMatchObject({ id: 'queue-consumer-stalled', title: 'Queue Consumer Stalled', alerts: ['QueueConsumerStalled'], summary: 'The consumers of a queue stopped taking messages.', impact: 'Orders wait in the queue.' });
    expect((runbook.escalation as { when: string[] }).when).toEqual(['The queue keeps growing after the restart', 'Messages are lost']);
  });

  test('shell blocks and inline kubectl under Diagnosis are read-only steps named by the text before them', () => {
    expect(diagnosisOf(runbook).map((e) => [e.step.id, e.step.run])).toEqual([
      ['check-the-consumer-pods', 'kubectl -n {{namespace}} get pods -l app=consumer'],
      ['check-the-events', 'kubectl -n {{namespace}} get events'],
    ]);
    expect(Object.keys(runbook.variables as object).sort()).toEqual(['namespace', 'pod', 'replicas']);
  });

  test('a mutating command under Diagnosis moves to the branch, with confirmation, like the Mitigation commands', () => {
    const [[branch]] = [branchesOf(runbook)[0]!];
    expect((branch.steps ?? []).map((s) => [s.run, s.confirm])).toEqual([
      ['kubectl -n {{namespace}} scale deployment consumer --replicas={{replicas}}', true],
      ['kubectl -n {{namespace}} delete pod {{pod}}', true],
    ]);
  });

  test('the prose is kept in the body, with a Prevention section to write', () => {
    expect(result.text).toContain('\n# QueueConsumerStalled\n\n## Meaning\n\nThe consumers of a queue stopped taking messages.\n');
    expect(result.text).toContain('```yaml\nkind: Deployment\n```');
    expect(result.text).toMatch(/\n## Prevention\n\nTODO: /);
  });

  test('what was moved or left in the body is a warning located in the source', () => {
    expect(result.warnings.map((w) => `${w.line}:${w.column} ${w.message}`)).toEqual([
      '27:1 Kept in the body only: a `yaml` block under Diagnosis that is not shell commands',
      '34:1 Moved to the resolution branch: `kubectl delete` changes the cluster; diagnosis steps must only read',
    ]);
  });

  test('the result lints clean but for TODO markers', () => {
    expect(result.remaining).toEqual([]);
    const [linted] = lintSources([{ filePath: out(result.id!), content: result.text! }], { rules, severities: {}, now: NOW });
    expect(linted!.messages.filter((m) => m.ruleId !== 'todo-marker')).toEqual([]);
    expect(result.todos).toBe(linted!.messages.length);
  });

  test('a command lint refuses becomes a manual step, and a kubectl without namespace gets one', () => {
    const prose = '# NodeBusy\n\n## Diagnosis\n\n```shell\nkubectl get pods\nkubectl logs `kubectl get pods -o name | head -1` -n <ns>\n```\n';
    const imported = importRunbook('NodeBusy.md', prose, { outputPath: out, now: NOW });
    const steps = diagnosisOf(asLooseRunbook(parseRunbook(out('node-busy'), imported.text!).data)!);
    expect(steps.map((e) => e.step.run)).toEqual(['kubectl -n {{namespace}} get pods', undefined]);
    expect(steps[1]!.step.expect).toBe('Run by hand, after checking it: kubectl logs `kubectl get pods -o name | head -1` -n <ns>');
    expect(imported.warnings.map((w) => w.line)).toEqual([6, 7]);
    expect(imported.warnings[0]!.message).toMatch(/^Added `-n \{\{namespace\}\}`/);
    expect(imported.warnings[1]!.message).toMatch(/^Made a manual step/);
    expect(imported.remaining).toEqual([]);
  });

  test('a page without the layout is not converted, and says why', () => {
    const imported = importRunbook('_index.md', '---\nbookHidden: true\n---\n', { outputPath: out, now: NOW });
    expect(imported.text).toBeUndefined();
    expect(imported.warnings[0]).toMatchObject({ line: 1, column: 1, message: expect.stringMatching(/^Not converted: /) });
  });

  test('a variable set in a block becomes a declared variable with its value as default', () => {
    const prose = '# EtcdSlow\n\n## Diagnosis\n\n```shell\nNAMESPACE="kube-etcd"\nkubectl -n $NAMESPACE get pods\n```\n';
    const imported = importRunbook('EtcdSlow.md', prose, { outputPath: out, now: NOW });
    const runbook = asLooseRunbook(parseRunbook(out('etcd-slow'), imported.text!).data)!;
    expect(runbook.variables).toEqual({ namespace: { description: 'TODO: describe this value (written `$NAMESPACE` in the source)', type: 'k8s-name', default: 'kube-etcd' } });
    expect(diagnosisOf(runbook).map((e) => e.step.run)).toEqual(['kubectl -n {{namespace}} get pods']);
    expect(imported.remaining).toEqual([]);
  });

  test('ids from alert names', () => {
    expect(kebab('KubePodCrashLooping')).toBe('kube-pod-crash-looping');
    expect(kebab('etcdGRPCRequestsSlow')).toBe('etcd-grpc-requests-slow');
  });
});

// The prometheus-operator runbooks, kept beside the repository rather than in it.
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'prometheus-operator__runbooks', 'content', 'runbooks');
const present = existsSync(CORPUS);
if (!present) console.warn(`import corpus test skipped: ${relative(ROOT, CORPUS)} is not beside this clone`);

describe.skipIf(!present)(`import of the prometheus-operator runbooks${present ? '' : ' (skipped: ../shared/corpus is not beside this clone)'}`, () => {
  test('nearly every page converts to a runbook that parses and lints clean but for TODO markers', () => {
    const files = readdirSync(CORPUS, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.md'))
      .map((e) => join(e.parentPath, e.name));
    // Section index pages hold no runbook.
    const pages = files.filter((file) => !file.endsWith('_index.md'));
    let parsed = 0;
    let clean = 0;
    let todos = 0;
    const ids = new Set<string>();
    for (const file of pages) {
      const result = importRunbook(file, readFileSync(file, 'utf8'), { outputPath: out, now: NOW });
      for (const warning of result.warnings) expect(warning.line, file).toBeGreaterThanOrEqual(1);
      if (result.text === undefined) continue;
      const runbook = parseRunbook(out(result.id!), result.text);
      if (runbook.problems.length === 0 && asLooseRunbook(runbook.data)) parsed++;
      if (result.remaining.length === 0) clean++;
      todos += result.todos;
      ids.add(result.id!);
    }
    console.log(`import figures: ${files.length} files, ${pages.length} runbook pages; ${parsed} convert to a runbook that parses, ${clean} lint clean but for TODO markers (${todos} markers)`);
    expect(parsed / pages.length).toBeGreaterThanOrEqual(0.95);
    expect(clean / pages.length).toBeGreaterThanOrEqual(0.95);
    // Two pages never make one runbook.
    expect(ids.size).toBe(parsed);
  });
});
