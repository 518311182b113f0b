import { describe, expect, it } from 'vitest';
import { isClusterScoped, type KubectlInvocation, needsNamespace, normalizeResource, parseKubectl } from '../../src/kube/kubectl.js';
import { parseShell } from '../../src/kube/shell.js';

/** The kubectl arguments of a command line, after the program word. */
function inv(line: string): KubectlInvocation {
  const words = parseShell(line).commands[0]?.words.map((w) => w.text) ?? [];
  return parseKubectl(words.slice(1));
}

describe('parseKubectl', () => {
  it.each<[string, Partial<KubectlInvocation>]>([
    ['kubectl get pods', { verb: 'get', positionals: ['pods'], resources: ['pods'], allNamespaces: false }],
    ['kubectl -n prod get pods', { verb: 'get', namespace: 'prod', resources: ['pods'] }],
    ['kubectl --context x --namespace=prod get po', { verb: 'get', namespace: 'prod', flags: { context: 'x', namespace: 'prod' } }],
    ['kubectl get pods -nprod', { namespace: 'prod' }],
    ['kubectl get pods -n=prod', { namespace: 'prod' }],
    ['kubectl get pods -A -o wide -l app=web', { allNamespaces: true, flags: { 'all-namespaces': true, output: 'wide', selector: 'app=web' } }],
    ['kubectl get pods --all-namespaces=false', { allNamespaces: false }],
    ['kubectl get pods,svc,deploy', { resources: ['pods', 'services', 'deployments'] }],
    ['kubectl get po/web-1 deployment.apps/web', { positionals: ['po/web-1', 'deployment.apps/web'], resources: ['pods', 'deployments'] }],
    ['kubectl logs deploy/web -c app -p --tail 50', { verb: 'logs', resources: ['deployments'], flags: { container: 'app', previous: true, tail: '50' } }],
    ['kubectl logs -f web-0', { positionals: ['web-0'], resources: ['pods'], flags: { follow: true } }],
    ['kubectl apply -f x.yaml', { verb: 'apply', flags: { filename: 'x.yaml' }, resources: [] }],
    ['kubectl patch deploy web -p \'{"spec":{}}\'', { flags: { patch: '{"spec":{}}' }, resources: ['deployments'] }],
    ['kubectl rollout restart deployment/web', { verb: 'rollout', subverb: 'restart', positionals: ['deployment/web'], resources: ['deployments'] }],
    ['kubectl config use-context prod', { verb: 'config', subverb: 'use-context', positionals: ['prod'] }],
    ['kubectl config use prod', { subverb: 'use-context' }],
    ['kubectl auth can-i delete pods', { subverb: 'can-i', positionals: ['delete', 'pods'], resources: ['pods'] }],
    ['kubectl set image deploy/web app=img:2', { subverb: 'image', positionals: ['deploy/web', 'app=img:2'], resources: ['deployments'] }],
    ['kubectl certificate approve csr-x', { subverb: 'approve', resources: ['certificatesigningrequests'] }],
    ['kubectl create secret generic db --from-literal=a=b', { subverb: 'secret generic', positionals: ['db'], resources: ['secrets'] }],
    ['kubectl create deploy web --image=nginx', { subverb: 'deployment', resources: ['deployments'] }],
    ['kubectl create -f x.yaml', { verb: 'create', resources: [] }],
    ['kubectl top nodes', { verb: 'top', subverb: 'node', resources: ['nodes'] }],
    ['kubectl exec -it web -- sh -c "ls -l"', { verb: 'exec', positionals: ['web'], afterDashDash: ['sh', '-c', 'ls -l'], flags: { stdin: true, tty: true } }],
    ['kubectl delete pod x --dry-run=server', { dryRun: 'server' }],
    ['kubectl delete pod x --dry-run', { dryRun: 'client', positionals: ['pod', 'x'] }],
    ['kubectl delete pod x --dry-run=none', { dryRun: 'none' }],
    ['kubectl delete pod x --dry-run server', { dryRun: 'client', positionals: ['pod', 'x', 'server'] }],
    ['kubectl delete pod x --cascade foreground', { flags: { cascade: true }, positionals: ['pod', 'x', 'foreground'] }],
    ['kubectl label pod/x app.kubernetes.io/name=web', { resources: ['pods'] }],
    ['kubectl explain deployment.spec.replicas', { resources: ['deployments'] }],
    ['kubectl proxy -p 8001', { flags: { port: '8001' } }],
    ['kubectl', { positionals: [], resources: [], allNamespaces: false }],
  ])('%s', (line, expected) => {
    expect(inv(line)).toMatchObject(expected);
  });

  it('leaves the verb undefined without one', () => {
    expect(inv('kubectl --help').verb).toBeUndefined();
  });
});

describe('normalizeResource and isClusterScoped', () => {
  it.each<[string, string]>([
    ['po', 'pods'],
    ['pod', 'pods'],
    ['Pods', 'pods'],
    ['pod/foo', 'pods'],
    ['deploy', 'deployments'],
    ['deployment', 'deployments'],
    ['deployments.apps', 'deployments'],
    ['deployments.v1.apps/web', 'deployments'],
    ['svc', 'services'],
    ['no', 'nodes'],
    ['ns', 'namespaces'],
    ['pvc', 'persistentvolumeclaims'],
    ['crd', 'customresourcedefinitions'],
    ['hpa', 'horizontalpodautoscalers'],
    ['certificates.cert-manager.io', 'certificates'],
    ['widgets.example.com', 'widgets'],
  ])('%s -> %s', (given, canonical) => {
    expect(normalizeResource(given)).toBe(canonical);
  });

  it.each([
    'nodes', 'no', 'namespaces', 'ns', 'pv', 'persistentvolumes', 'storageclasses', 'sc', 'clusterroles', 'clusterrolebindings',
    'crd', 'customresourcedefinitions', 'priorityclasses', 'csidrivers', 'csinodes', 'ingressclasses',
    'mutatingwebhookconfigurations', 'validatingwebhookconfigurations', 'apiservices', 'csr', 'runtimeclasses',
    'volumeattachments', 'componentstatuses', 'node/worker-1',
  ])('%s is cluster-scoped', (resource) => {
    expect(isClusterScoped(resource)).toBe(true);
  });

  it.each(['pods', 'deploy', 'services', 'configmaps', 'secrets', 'pvc', 'roles', 'rolebindings', 'events', 'widgets'])(
    '%s is namespaced',
    (resource) => {
      expect(isClusterScoped(resource)).toBe(false);
    },
  );
});

describe('needsNamespace', () => {
  it.each<[string, boolean]>([
    ['kubectl get nodes', false],
    ['kubectl get pods', true],
    ['kubectl get pods -A', false],
    ['kubectl get pods --all-namespaces', false],
    ['kubectl get pods -n prod', false],
    ['kubectl -n {{namespace}} get pods', false],
    ['kubectl top node', false],
    ['kubectl top pod', true],
    ['kubectl describe pv x', false],
    ['kubectl get pods,nodes', true],
    ['kubectl get nodes,pv', false],
    ['kubectl get all', true],
    ['kubectl get widgets.example.com', true],
    ['kubectl logs deploy/web', true],
    ['kubectl logs web-0 -n x', false],
    ['kubectl exec web -- ls', true],
    ['kubectl rollout restart deployment/{{deployment}}', true],
    ['kubectl rollout status deploy/web -n x', false],
    ['kubectl create namespace x', false],
    ['kubectl create deployment web --image=nginx', true],
    ['kubectl apply -f x.yaml', false],
    ['kubectl version', false],
    ['kubectl config view', false],
    ['kubectl cluster-info', false],
    ['kubectl api-resources', false],
    ['kubectl explain pods', false],
    ['kubectl cordon node-1', false],
    ['kubectl drain node-1', false],
    ['kubectl taint nodes node-1 k=v:NoSchedule', false],
    ['kubectl auth whoami', false],
    ['kubectl auth can-i list pods', true],
    ['kubectl certificate approve csr-1', false],
    ['kubectl label ns x a=b', false],
    ['kubectl get --raw /metrics', false],
    ['kubectl events', true],
    ['kubectl cp prod/web:/tmp/x ./x', false],
    ['kubectl debug node/worker-1 -it --image=busybox', false],
    ['kubectl', false],
  ])('%s -> %s', (line, expected) => {
    expect(needsNamespace(inv(line))).toBe(expected);
  });
});
