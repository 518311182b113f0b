import { describe, expect, test } from 'vitest';
import { commandsInBlock, hasExampleOutput, isShellBlock, templatize } from '../../src/import/commands.js';

describe('commandsInBlock', () => {
  test('with prompts, only prompted lines are commands; the rest is example output', () => {
    const block = '$ kubectl -n <namespace> get pod\nprometheus-k8s-0   2/2   Running   1   122m\n$ kubectl -n <namespace> logs prometheus-k8s-0\nlevel=warn msg="x"';
    expect(commandsInBlock(block).map((c) => [c.command, c.lineInBlock])).toEqual([
      ['kubectl -n {{namespace}} get pod', 0],
      ['kubectl -n {{namespace}} logs prometheus-k8s-0', 2],
    ]);
  });

  test('without prompts, every line but comments, with backslash continuations joined', () => {
    const block = '# look at the nodes\nkubectl get nodes \\\n  -o wide\n\nkubectl top nodes\n';
    expect(commandsInBlock(block).map((c) => c.command)).toEqual(['kubectl get nodes -o wide', 'kubectl top nodes']);
  });

  test('without prompts, example output after a command is not taken for commands', () => {
    const block = 'kubectl get pod -l app=alertmanager\n\nNAMESPACE   NAME                    READY   STATUS\ndefault     alertmanager-main-0     1/2     CrashLoopBackOff\n\nkubectl get events';
    expect(commandsInBlock(block).map((c) => c.command)).toEqual(['kubectl get pod -l app=alertmanager', 'kubectl get events']);
    expect(hasExampleOutput(block)).toBe(true);
    expect(hasExampleOutput('kubectl get pods\nkubectl top pods')).toBe(false);
  });

  test('a line that only sets a variable is a variable to declare, not a step; an ellipsis is nothing', () => {
    const [set, placeholder, computed, run] = commandsInBlock('NAMESPACE="kube-etcd"\nNODE=<node-name>\nPOD=$(kubectl get pods -o name)\nkubectl -n $NAMESPACE describe node $NODE\n...');
    expect(set).toMatchObject({ command: '', assigns: { variable: 'namespace', default: 'kube-etcd' } });
    expect(placeholder).toMatchObject({ command: '', assigns: { variable: 'node' } });
    expect(placeholder!.assigns!.default).toBeUndefined();
    expect(computed!.command).toBe('POD=$(kubectl get pods -o name)');
    expect(run!.command).toBe('kubectl -n {{namespace}} describe node {{node}}');
  });

  test('a loop or here-document stays one script', () => {
    const block = 'for POD in $(kubectl get pods -o name); do\n  kubectl logs $POD\ndone';
    const [only, ...rest] = commandsInBlock(block);
    expect(rest).toEqual([]);
    expect(only!.command).toBe(block);
    expect(only!.variables.size).toBe(0);
  });

  test('shell blocks are told from others by language, or by the program an untagged block starts with', () => {
    expect(isShellBlock('console', 'anything')).toBe(true);
    expect(isShellBlock('promql', 'up == 0')).toBe(false);
    expect(isShellBlock(undefined, 'kubectl get pods')).toBe(true);
    expect(isShellBlock(undefined, 'apiVersion: v1')).toBe(false);
  });
});

describe('templatize', () => {
  test('angle placeholders and $VARIABLES become declared {{variables}}', () => {
    const found = templatize('kubectl -n <my-namespace> logs <pod-name> -c ${CONTAINER}', 0);
    expect(found.command).toBe('kubectl -n {{namespace}} logs {{pod_name}} -c {{container}}');
    expect([...found.variables]).toEqual([
      ['namespace', '<my-namespace>'],
      ['pod_name', '<pod-name>'],
      ['container', '${CONTAINER}'],
    ]);
  });

  test('a quoted placeholder ends up outside the quotes, so its value stays one word', () => {
    expect(templatize('kubectl get pods -l "app=<app>"', 0).command).toBe('kubectl get pods -l "app="{{app}}');
    expect(templatize('echo "$NAME"', 0).command).toBe('echo {{name}}');
    expect(templatize(`jq '.items[] | select(.name == "<pod>")'`, 0).command).toBe(`jq '.items[] | select(.name == "'{{pod}}'")'`);
  });

  test('shell variables the command sets, the environment, and $ inside single quotes are left alone', () => {
    expect(templatize('NS=monitoring; kubectl get pods -n $NS', 0).command).toBe('NS=monitoring; kubectl get pods -n $NS');
    expect(templatize('kubectl --kubeconfig $KUBECONFIG get pods', 0).command).toBe('kubectl --kubeconfig $KUBECONFIG get pods');
    expect(templatize(`awk '{print $NF}'`, 0).command).toBe(`awk '{print $NF}'`);
  });
});
