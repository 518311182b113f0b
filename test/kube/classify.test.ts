import { describe, expect, it } from 'vitest';
import { classifyCommand, withServerDryRun } from '../../src/kube/classify.js';
import { shellQuote } from '../../src/kube/shell.js';

const READ_ONLY: string[] = [
  // kubectl
  'kubectl get pods -o name | grep web',
  'kubectl get pods',
  'kubectl -n prod get pods',
  'kubectl --context prod-eu -n prod get pods -o wide',
  'kubectl get pods -n {{namespace}} -l app={{deployment}}',
  'kubectl describe pods -n {{namespace}} -l app={{deployment}}',
  'kubectl get deployment {{deployment}} -n {{namespace}} -o jsonpath={.spec.template.spec.containers[*].resources}',
  'kubectl get events -n {{namespace}} --sort-by=.lastTimestamp',
  'kubectl logs deploy/web 2>&1 | grep -i timeout',
  'kubectl logs -f -p web-0 -c app --tail=100 --since=1h',
  'kubectl top node',
  'kubectl top pod -n x --containers',
  'kubectl explain deployment.spec',
  'kubectl api-resources --namespaced=true',
  'kubectl api-versions',
  'kubectl version --client',
  'kubectl cluster-info',
  'kubectl cluster-info dump',
  'kubectl events -n x --for pod/web-0',
  'kubectl diff -f deploy.yaml',
  'kubectl wait --for=condition=Ready pod -l app=web -n x --timeout=60s',
  'kubectl auth can-i delete pods -n x',
  'kubectl auth whoami',
  'kubectl rollout status deploy/web -n x',
  'kubectl rollout history deployment/web -n x',
  'kubectl config view --minify',
  'kubectl config get-contexts',
  'kubectl config current-context',
  'kubectl completion bash',
  'kubectl plugin list',
  'kubectl kustomize overlays/prod',
  'kubectl get --raw /readyz',
  'kubectl',
  'kubectl delete --help',
  'kubectl delete pod x --dry-run=server',
  'kubectl delete pod x --dry-run=client',
  'kubectl delete pod x --dry-run',
  'kubectl apply -f x.yaml --dry-run=server',
  'kubectl scale deploy/web --replicas=0 --dry-run=server -n x',
  'kubectl drain node-1 --ignore-daemonsets --dry-run=server',
  'kubectl create deployment web --image=nginx --dry-run=client -o yaml',
  'kubectl run tmp --image=busybox --dry-run=client -o yaml -- sleep 1',
  'oc get pods',
  'oc whoami',
  'oc describe pod web-1 -n shop',
  'oc logs deploy/web -n shop --tail=50',
  'oc project',
  'oc projects',
  'oc status',
  'oc adm top pods -n shop',
  'oc adm top nodes',
  'oc adm policy who-can delete pods -n shop',
  'kubectl config view --raw',
  'kubectl label pods web-1 --list -n shop',
  'kubectl set image deploy/web app=nginx:2 --local -f web.yaml -o yaml',
  // shell builtins that change nothing
  'exit 1',
  'kubectl get pods & wait',
  'true',
  'false',
  'test -n "$X"',
  '[ -n "$X" ]',
  ':',
  '/usr/bin/kubectl get pods',
  // pipelines through text tools
  'kubectl get pods -o json | jq -r \'.items[] | select(.status.phase != "Running") | .metadata.name\'',
  "kubectl get pods -o yaml | yq '.items[0].metadata'",
  "kubectl get secret x -o jsonpath='{.data.password}' | base64 -d",
  'kubectl get pods --no-headers | awk \'$4 > 3 {print $1}\'',
  "kubectl get pods | awk '/Crash|Error/ {print $1}'",
  'kubectl get pods | sort -k4 -rn | head -5',
  'kubectl get pods | cut -d" " -f1 | uniq -c | wc -l',
  "kubectl get pods | sed -n 's/web/app/p'",
  "kubectl get pods | sed -e '1d' -e 's/ \\+/ /g'",
  'kubectl get pods | tail -n +2 | column -t',
  'kubectl get pods | tee /dev/stderr | grep -c Running',
  'kubectl get pods >/dev/null 2>&1 && echo ok || echo missing',
  'kubectl get pods &> /dev/null',
  'cat < pods.txt',
  // loops, conditionals, substitutions
  'for p in $(kubectl get pods -o name -n x); do kubectl describe $p -n x; done',
  'while read -r p; do kubectl logs "$p" -n x; done < pods.txt',
  'if kubectl get ns x; then echo present; else echo absent; fi',
  'echo "pods: $(kubectl get pods -o name | wc -l)"',
  '! kubectl get pods',
  '{ kubectl get pods; kubectl get svc; } 2>/dev/null',
  // wrappers
  'timeout 10 kubectl get pods',
  'watch -n 5 kubectl get pods',
  "watch 'kubectl get pods | grep -v Running'",
  'kubectl get pods -o name | xargs -n1 kubectl describe',
  'kubectl get pods -o name | xargs -I{} kubectl logs {} --tail=5',
  "sh -c 'kubectl get pods | grep x'",
  'nice -n 10 kubectl top pod',
  'time kubectl get pods',
  // other tools
  'helm list -A',
  'helm status web -n x',
  'helm get values web -n x',
  'helm history web',
  'helm upgrade web ./chart --dry-run',
  'helm template web ./chart',
  'helm repo list',
  'curl -s http://localhost:8080/healthz',
  "curl -sS -o /dev/null -w '%{http_code}' https://x",
  'curl -I https://x',
  'curl -X GET https://x',
  'curl -G -d q=up https://prometheus/api/v1/query',
  'wget -qO- http://x/metrics',
  'wget --spider http://x',
  'openssl x509 -in cert.pem -noout -enddate',
  'openssl s_client -connect x:443 -servername x',
  'dig +short web.prod.svc.cluster.local',
  'nslookup web',
  'ping -c 3 10.0.0.1',
  'date -u +%s',
  'sleep 5',
  'echo done',
  'printf "%s\\n" a b',
  'test -f x && echo yes',
  '[ -n "$X" ]',
  'true',
  'env',
];

const MUTATING: string[] = [
  // OpenShift
  'oc project shop',
  'oc adm drain node-1',
  'oc adm cordon node-1',
  'oc adm taint nodes node-1 key=value:NoSchedule',
  'oc adm policy add-role-to-user admin alice -n shop',
  'oc adm inspect ns/shop',
  'oc debug node/node-1',
  'oc rsh web-1',
  // kubectl's own flags that defeat a dry run, flags it does not have, plugins
  'kubectl delete --raw /api/v1/namespaces/shop/pods/web-1 --dry-run=client',
  'kubectl edit deploy/web --dry-run=server',
  'kubectl get pods --frobnicate',
  'kubectl get pods -Z',
  'kubectl auth reconcile -f rbac.yaml --dry-run=server',
  'kubectl ns shop',
  // past the read-only guard, or running a kubeconfig's credential plugin
  'kubectl --kubeconfig /etc/kubernetes/admin.conf get nodes',
  'kubectl -s https://10.0.0.1:6443 get pods',
  'kubectl get pods --server=https://10.0.0.1:6443',
  'KUBECONFIG=/etc/kubernetes/admin.conf kubectl get nodes',
  'env KUBECONFIG=/tmp/other kubectl get nodes',
  // tunnels: anything can be sent through them
  'kubectl port-forward svc/web 8080:80 -n x',
  'kubectl proxy --port=8001',
  // kubectl
  'kubectl get pods | xargs kubectl delete pod',
  'kubectl get pods -o name | xargs kubectl delete --dry-run=server',
  'echo $(kubectl delete pod x)',
  'echo "`kubectl delete pod x`"',
  'kubectl delete pod x',
  'kubectl delete pod x --dry-run=none',
  'kubectl delete pod x --dry-run={{mode}}',
  'kubectl delete pod x --dry-run=server {{extra}}',
  'kubectl rollout restart deployment/{{deployment}} -n {{namespace}}',
  'kubectl rollout restart deployment/web --dry-run=server',
  'kubectl rollout undo deploy/web',
  'kubectl rollout pause deploy/web',
  'kubectl config use-context prod',
  'kubectl config set-context --current --namespace=x',
  'kubectl exec -it pod -- ls',
  'kubectl exec pod --dry-run=server -- ls',
  'kubectl attach web -it',
  'kubectl debug web -it --image=busybox',
  'kubectl cp web:/tmp/x ./x',
  'kubectl run tmp --image=busybox -- sleep 1',
  'kubectl apply -f x.yaml',
  'kubectl create -f x.yaml',
  'kubectl create token default',
  'kubectl edit deploy web',
  'kubectl patch deploy web -p \'{"spec":{"replicas":2}}\'',
  'kubectl replace -f x.yaml',
  'kubectl scale deploy/web --replicas=3',
  'kubectl autoscale deploy web --max=5',
  'kubectl drain node-1 --ignore-daemonsets',
  'kubectl cordon node-1',
  'kubectl uncordon node-1',
  'kubectl taint nodes node-1 k=v:NoSchedule',
  'kubectl label pod web tier=db',
  'kubectl annotate pod web a=b',
  'kubectl set image deploy/web app=img:2',
  'kubectl expose deploy web --port=80',
  'kubectl certificate approve csr-1',
  'kubectl auth reconcile -f rbac.yaml',
  'kubectl foo',
  'kubectl {{verb}} pods',
  'kubectl get pods --profile=cpu',
  'kubectl cluster-info dump --output-directory=/tmp/state',
  'kubectl kustomize overlays/prod -o out.yaml',
  'oc delete pod x',
  'oc project prod',
  './kubectl get pods',
  '$KUBECTL get pods',
  // redirections
  'kubectl get pods > pods.txt',
  'kubectl get pods >> pods.txt',
  'kubectl get pods 2> err.log',
  'kubectl get pods &> all.log',
  'kubectl get pods >& all.log',
  'kubectl get pods > {{file}}',
  '(kubectl get pods; kubectl get svc) > out.txt',
  '> truncated.txt',
  // placeholders the inserted value would escape from
  'kubectl get pods -l "app={{app}}"',
  "kubectl get pods '{{pod}}'",
  'echo `echo {{x}}`',
  // text tools with side effects
  'sed -i s/a/b/ f',
  'sed -i.bak s/a/b/ f',
  'sed --in-place s/a/b/ f',
  "sed 's/a/b/w out.txt' f",
  "sed 's/.*/date/e' f",
  "sed '1w out.txt' f",
  'sed -f script.sed f',
  'yq -i \'.a = 1\' f.yaml',
  "awk '{print > \"out.txt\"}' f",
  'awk \'{system("rm " $1)}\' f',
  'awk \'{print | "sh"}\' f',
  'awk -f prog.awk f',
  'sort -o sorted.txt f',
  'uniq in.txt out.txt',
  'kubectl get pods | tee pods.txt',
  'date -s "2020-01-01"',
  'rg --pre ./x pattern',
  // network tools that change something
  'curl -X POST https://x/api',
  'curl -XDELETE https://x/api',
  'curl -d a=b https://x',
  'curl --data-binary @f https://x',
  'curl -F file=@x https://x',
  'curl -T f https://x',
  'curl -o out.html https://x',
  'curl -sSLO https://x/file.tgz',
  'curl -s {{url}}',
  'wget http://x/file',
  'wget -O file http://x',
  'openssl genrsa -out key.pem 2048',
  'openssl x509 -in c.pem -out c.der',
  // helm
  'helm install web ./chart',
  'helm upgrade web ./chart',
  'helm uninstall web',
  'helm rollback web 2',
  'helm repo add bitnami https://charts.bitnami.com/bitnami',
  'helm repo update',
  'helm template web ./chart --output-dir out',
  // wrappers around mutating commands
  'timeout 10 kubectl delete pod x',
  "watch 'kubectl get pods; rm -f x'",
  "sh -c 'kubectl delete pod x'",
  'bash -c "$SCRIPT"',
  'bash script.sh',
  'env LD_PRELOAD=/tmp/x.so kubectl get pods',
  'LD_PRELOAD=/tmp/x.so kubectl get pods',
  'KUBECTL_EXTERNAL_DIFF=rm kubectl diff -f x.yaml',
  'xargs rm',
  'nice rm x',
  // unknown programs
  'rm -rf /tmp/x',
  'echo a; rm b',
  'sudo kubectl get pods',
  'python3 -c "print(1)"',
  'tee out.txt',
  'nohup kubectl get pods',
];

describe('classifyCommand: read-only', () => {
  it.each(READ_ONLY)('%s', (line) => {
    const c = classifyCommand(line);
    expect(c.errors).toEqual([]);
    expect({ safety: c.safety, reason: c.reason }).toEqual({ safety: 'read-only', reason: c.reason });
    expect(c.commands.every((x) => x.safety === 'read-only')).toBe(true);
  });
});

describe('classifyCommand: mutating', () => {
  it.each(MUTATING)('%s', (line) => {
    expect(classifyCommand(line).safety).toBe('mutating');
  });
});

describe('classifyCommand: reasons name the culprit', () => {
  it.each<[string, string]>([
    ['kubectl delete pod x', '`kubectl delete` changes the cluster'],
    ['kubectl get pods | xargs kubectl delete pod', '`kubectl delete` changes the cluster (run by `xargs`)'],
    ['rm -rf /tmp/x', '`rm` is not known to be read-only'],
    ['kubectl delete pod x --dry-run=server', '`--dry-run=server` makes it read-only'],
    ['kubectl delete pod x --dry-run=none', '`kubectl delete` changes the cluster (`--dry-run=none` does not prevent it)'],
    ['kubectl get pods > out.txt', 'output is redirected to the file `out.txt`'],
    ['kubectl rollout status deploy/web', '`kubectl rollout status` only reads'],
    ['kubectl config use-context prod', '`kubectl config use-context` changes the kubeconfig'],
    ['kubectl exec -it pod -- ls', '`kubectl exec` runs or attaches to a process in the cluster'],
    ['sed -i s/a/b/ f', '`sed -i` edits files in place'],
    ['curl -X POST https://x', '`curl -X POST` sends a POST request'],
    ['kubectl get pods "{{x}}"', '`{{x}}` is inside double quotes, where the inserted value would not be quoted safely'],
    ['kubectl', '`kubectl` without a command only prints help'],
    ['kubectl foo', '`kubectl foo` is not a command the classifier knows to only read (a plugin or a newer command), so it may change anything'],
    ['oc adm drain node-1', '`oc adm drain` is not a command the classifier knows to only read (one of OpenShift\'s own, a plugin or a newer command), so it may change anything'],
    ['kubectl delete --raw /api/v1/namespaces/shop/pods/web-1 --dry-run=server', '`kubectl delete` changes the cluster: with `--raw` kubectl sends the request whatever `--dry-run` says'],
    ['kubectl edit deploy/web --dry-run=server', '`--dry-run` is not a known flag of `kubectl edit`, so what it does cannot be checked'],
    ['kubectl port-forward svc/web 8080:80', '`kubectl port-forward` opens a tunnel into the cluster that other programs can send any request through'],
    ['', 'the command is empty'],
    ['   ', 'the command is empty'],
    ["kubectl get pods -n 'prod", "unterminated single quote: no closing `'`"],
    ['kubectl get pods |', 'a command is missing after `|`'],
  ])('%j', (line, reason) => {
    expect(classifyCommand(line).reason).toBe(reason);
  });

  it('reports the parse error of an unterminated quote, with its offset', () => {
    const c = classifyCommand('kubectl get pods -l "app=web');
    expect(c.safety).toBe('mutating');
    expect(c.errors).toEqual([{ message: 'unterminated double quote: no closing `"`', offset: 20 }]);
  });

  it('classifies each command, nested ones included, with offsets', () => {
    const line = 'kubectl get pods -o name | xargs kubectl delete pod; echo $(rm x)';
    const c = classifyCommand(line);
    expect(c.commands.map((x) => [x.program, x.safety, line.slice(x.start, x.end)])).toEqual([
      ['kubectl', 'read-only', 'kubectl get pods -o name'],
      ['xargs', 'mutating', 'xargs kubectl delete pod'],
      ['echo', 'read-only', 'echo $(rm x)'],
      ['rm', 'mutating', 'rm x'],
    ]);
  });

  it('attaches the kubectl invocation, also through wrappers', () => {
    const c = classifyCommand('timeout 5 kubectl -n prod get pods');
    expect(c.commands[0]?.kubectl).toMatchObject({ verb: 'get', namespace: 'prod', resources: ['pods'] });
  });
});

describe('classifyCommand: operator values inserted with shellQuote stay inert', () => {
  it.each(['x; rm -rf /', '$(kubectl delete pod x)', '`reboot`', 'a && b', "'; rm x; '", 'a\nrm x', '> out.txt'])(
    '%j',
    (value) => {
      const line = `kubectl get pods -n prod -l app=${shellQuote(value)}`;
      const c = classifyCommand(line);
      expect(c.safety).toBe('read-only');
      expect(c.commands).toHaveLength(1);
    },
  );
});

describe('withServerDryRun', () => {
  it.each<[string, string | undefined]>([
    ['kubectl delete pod x -n prod', 'kubectl delete pod x -n prod --dry-run=server'],
    ['kubectl scale deploy/web --replicas=0 -n {{namespace}}', 'kubectl scale deploy/web --replicas=0 -n {{namespace}} --dry-run=server'],
    ['kubectl apply -f x.yaml | tail -1', 'kubectl apply -f x.yaml --dry-run=server | tail -1'],
    ['kubectl run tmp --image=busybox -- sleep 10', 'kubectl run tmp --image=busybox --dry-run=server -- sleep 10'],
    ['kubectl drain node-1 --ignore-daemonsets', 'kubectl drain node-1 --ignore-daemonsets --dry-run=server'],
    ['kubectl cordon node-1', 'kubectl cordon node-1 --dry-run=server'],
    ['kubectl taint nodes node-1 k=v:NoSchedule', 'kubectl taint nodes node-1 k=v:NoSchedule --dry-run=server'],
    ['kubectl set image deploy/web app=img:2', 'kubectl set image deploy/web app=img:2 --dry-run=server'],
    ['kubectl rollout undo deploy/web', 'kubectl rollout undo deploy/web --dry-run=server'],
    ['kubectl delete pod x --dry-run=none', 'kubectl delete pod x --dry-run=none --dry-run=server'],
    ['kubectl apply -f - <<EOF\nkind: x\nEOF', 'kubectl apply -f - --dry-run=server <<EOF\nkind: x\nEOF'],
    ['kubectl delete pod x && kubectl get pods', 'kubectl delete pod x --dry-run=server && kubectl get pods'],
    ['timeout 30 kubectl delete pod x', 'timeout 30 kubectl delete pod x --dry-run=server'],
    // kubectl v1.32 has no --dry-run for these
    ['kubectl rollout restart deployment/web', undefined],
    ['kubectl edit deploy web', undefined],
    ['kubectl exec web -- ls', undefined],
    ['kubectl create token default', undefined],
    ['kubectl certificate approve csr-1', undefined],
    // not one mutating kubectl command
    ['kubectl get pods', undefined],
    ['kubectl delete pod x --dry-run=server', undefined],
    ['kubectl delete pod x > out.txt', undefined],
    ['kubectl delete pod a; kubectl delete pod b', undefined],
    ['kubectl get pods -o name | xargs kubectl delete', undefined],
    ['rm x', undefined],
    ["kubectl delete pod 'x", undefined],
  ])('%j', (line, expected) => {
    expect(withServerDryRun(line)).toBe(expected);
  });
});

describe('withServerDryRun through a wrapper with its own `--`', () => {
  it('inserts before kubectl’s `--`, not the wrapper’s', () => {
    expect(withServerDryRun('timeout -- 30 kubectl run t --image=busybox -- sleep 1')).toBe(
      'timeout -- 30 kubectl run t --image=busybox --dry-run=server -- sleep 1',
    );
  });
});

describe('classifyCommand: commands that print credentials', () => {
  it.each([
    ['kubectl config view --raw', '`kubectl config view --raw` prints credentials'],
    ['kubectl config view --minify --raw=true | grep token', '`kubectl config view --raw` prints credentials'],
    ['oc whoami -t', '`oc whoami --show-token` prints credentials'],
  ])('%s is read-only and sensitive', (line, sensitive) => {
    const result = classifyCommand(line);
    expect({ safety: result.safety, sensitive: result.sensitive }).toEqual({ safety: 'read-only', sensitive });
  });
  it.each(['kubectl config view', 'kubectl config view --raw=false', 'oc whoami'])('%s is not sensitive', (line) => {
    expect(classifyCommand(line).sensitive).toBeUndefined();
  });
});
