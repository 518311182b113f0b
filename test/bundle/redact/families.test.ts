import { describe, expect, test } from 'vitest';
import { Redactor } from '../../../src/bundle/redact/index.js';
import { b64, fake, filler, wrap } from './corpus.js';

interface Case {
  name: string;
  text: string;
  /** Values that must not survive, in any form given. */
  secrets: string[];
  /** The kind of placeholder expected in the output. */
  kind: string;
  literals?: string[];
}

const escapeJson = (text: string): string => JSON.stringify(text).slice(1, -1);

function cases(): Case[] {
  const list: Case[] = [];
  const add = (name: string, kind: string, secrets: string[], text: string, literals?: string[]): void => {
    list.push({ name, kind, secrets, text, ...(literals ? { literals } : {}) });
  };

  // Layer 1: Kubernetes structure.
  const dataValue = fake.password();
  add('Secret data, -o yaml', 'secret-data', [b64(dataValue)], `apiVersion: v1\ndata:\n  password: ${b64(dataValue)}\n  username: ${b64('admin')}\nkind: Secret\nmetadata:\n  name: db\n  namespace: prod\ntype: Opaque\n`);
  add('Secret stringData, block scalar', 'secret-data', [dataValue], `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  config.ini: |\n    [db]\n    host = db.prod\n    secret_value = ${dataValue}\n  plain: "${dataValue}x"\ntype: Opaque\n`);
  add('Secret data, flow style', 'secret-data', [b64(dataValue)], `apiVersion: v1\ndata: {password: ${b64(dataValue)}, user: "${b64('root')}"}\nkind: Secret\nmetadata: {name: db}\n`);
  const second = fake.password();
  add('Secret in a kind: List, second document too', 'secret-data', [b64(dataValue), b64(second)], [
    'apiVersion: v1',
    'items:',
    '- apiVersion: v1',
    '  data:',
    `    token: ${b64(dataValue)}`,
    '  kind: Secret',
    '  metadata:',
    '    name: one',
    '- apiVersion: v1',
    '  data:',
    '    color: blue',
    '  kind: ConfigMap',
    '  metadata:',
    '    name: two',
    'kind: List',
    '---',
    'apiVersion: v1',
    'data:',
    `  api: ${b64(second)}`,
    'kind: Secret',
    'metadata:',
    '  name: three',
    '',
  ].join('\n'));
  const secretJson = { apiVersion: 'v1', data: { password: b64(dataValue), 'tls.key': b64(fake.pem('PRIVATE KEY')) }, kind: 'Secret', metadata: { name: 'db', namespace: 'prod' }, type: 'Opaque' };
  add('Secret data, -o json', 'secret-data', [b64(dataValue), secretJson.data['tls.key']], JSON.stringify(secretJson, null, 4));
  add('Secret in a JSON List', 'secret-data', [b64(dataValue)], JSON.stringify({ apiVersion: 'v1', items: [secretJson], kind: 'List', metadata: {} }, null, 4));
  const applied = JSON.stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db' }, stringData: { password: dataValue } });
  add('Secret in last-applied-configuration, escaped in -o json', 'secret-data', [dataValue], JSON.stringify({ apiVersion: 'v1', data: { password: b64(dataValue) }, kind: 'Secret', metadata: { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': `${applied}\n` }, name: 'db' } }, null, 4));
  add('Secret in last-applied-configuration, -o yaml', 'secret-data', [dataValue], `apiVersion: v1\ndata:\n  password: ${b64(dataValue)}\nkind: Secret\nmetadata:\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: |\n      ${applied}\n  name: db\n`);
  const saToken = fake.jwt();
  add('service account token Secret, describe', 'jwt', [saToken], `Name:         default-token-x7k2p\nType:  kubernetes.io/service-account-token\n\nData\n====\nca.crt:     1099 bytes\nnamespace:  7 bytes\ntoken:      ${saToken}\n`);
  const kubeToken = fake.bearer();
  const clientKey = b64(fake.pem('RSA PRIVATE KEY'));
  add('kubeconfig token and client-key-data, config view --raw', 'token', [kubeToken, clientKey], `apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: ${b64(`cert ${filler(40)}`)}\n    server: https://10.0.0.1:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    client-key-data: ${clientKey}\n    token: ${kubeToken}\n`);
  const kubePassword = fake.password();
  add('kubeconfig password, -o json', 'password', [kubePassword], JSON.stringify({ kind: 'Config', users: [{ name: 'basic', user: { password: kubePassword, username: 'admin' } }] }, null, 2));
  const dockerAuth = b64(`robot:${fake.password()}`);
  const dockerConfig = JSON.stringify({ auths: { 'registry.example.com': { auth: dockerAuth } } });
  add('.dockerconfigjson decoded', 'docker-auth', [dockerAuth], dockerConfig);
  add('.dockerconfigjson as base64 outside a Secret', 'docker-auth', [b64(dockerConfig)], `$ kubectl get secret regcred -o jsonpath='{.data.\\.dockerconfigjson}'\n${b64(dockerConfig)}\n`);
  add('.dockercfg in a Secret', 'secret-data', [b64(JSON.stringify({ 'registry.example.com': { auth: dockerAuth } }))], `apiVersion: v1\ndata:\n  .dockercfg: ${b64(JSON.stringify({ 'registry.example.com': { auth: dockerAuth } }))}\nkind: Secret\ntype: kubernetes.io/dockercfg\n`);
  const envPassword = fake.password();
  add('env value in a pod spec, YAML', 'password', [envPassword], `spec:\n  containers:\n  - env:\n    - name: DB_PASSWORD\n      value: ${envPassword}\n    - name: LOG_LEVEL\n      value: debug\n    image: app:1\n`);
  add('env value in a pod spec, JSON', 'password', [envPassword], JSON.stringify({ spec: { containers: [{ env: [{ name: 'DB_PASSWORD', value: envPassword }, { name: 'LOG_LEVEL', value: 'debug' }] }] } }, null, 4));
  add('env value in flow YAML', 'password', [envPassword], `env: [{name: DB_PASSWORD, value: "${envPassword}"}, {name: LOG_LEVEL, value: debug}]\n`);
  add('env value in last-applied-configuration', 'token', [envPassword], JSON.stringify({ metadata: { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify({ spec: { template: { spec: { containers: [{ env: [{ name: 'API_TOKEN', value: envPassword }] }] } } } }) } } }, null, 4));
  add('kubectl describe pod Environment', 'password', [envPassword], `    Environment:\n      LOG_LEVEL:    info\n      DB_PASSWORD:  ${envPassword}\n    Mounts:\n`);

  // Layer 3: token shapes, raw and in the forms kubectl shows them.
  for (const [name, kind, make] of [
    ['GitHub token', 'github-token', fake.githubToken],
    ['GitHub OAuth token', 'github-token', fake.githubOauth],
    ['GitHub fine-grained token', 'github-token', fake.githubPat],
    ['GitLab token', 'gitlab-token', fake.gitlabToken],
    ['Slack token', 'slack-token', fake.slackToken],
    ['Stripe key', 'stripe-key', fake.stripeKey],
    ['npm token', 'npm-token', fake.npmToken],
    ['Vault token', 'vault-token', fake.vaultToken],
    ['AWS access key id', 'aws-access-key-id', fake.awsKeyId],
    ['GCP API key', 'gcp-api-key', fake.gcpApiKey],
    ['JWT', 'jwt', fake.jwt],
  ] as const) {
    const value = make();
    add(`${name}, raw in a log line`, kind, [value], `2026-03-01T04:22:33Z INFO using ${value} for the call\n`);
    add(`${name}, YAML env`, kind, [value], `    - name: SOME_SETTING\n      value: ${value}\n`);
    add(`${name}, JSON escaped in a string`, kind, [value], JSON.stringify({ log: `{"msg":"config","value":"${value}"}` }));
    add(`${name}, command line`, kind, [value], `kubectl create secret generic ci --from-literal=value=${value} -n prod\n`);
  }
  const slackPath = fake.slackWebhookPath();
  add('Slack webhook URL keeps its host', 'slack-webhook', [slackPath], `webhook_url: https://hooks.slack.com/services/${slackPath}\n`);
  const awsSecret = fake.awsSecret();
  add('AWS secret access key in context', 'aws-secret-key', [awsSecret], `[default]\naws_access_key_id = ${fake.awsKeyId()}\naws_secret_access_key = ${awsSecret}\n`);
  add('AWS secret key, env form', 'aws-secret-key', [awsSecret], `AWS_SECRET_ACCESS_KEY=${awsSecret}\n`);
  const gcpKey = fake.pem('PRIVATE KEY', 16);
  const keyId = filler(40, '0123456789abcdef');
  const serviceAccount = JSON.stringify({ type: 'service_account', project_id: 'prod-1', private_key_id: keyId, private_key: `${gcpKey}\n`, client_email: 'ci@prod-1.iam.gserviceaccount.com' }, null, 2);
  add('GCP service-account JSON', 'private-key', [gcpKey.split('\n')[3]!, keyId], serviceAccount);
  add('GCP service-account JSON as base64, wrapped at 76', 'private-key', [wrap(b64(serviceAccount), 76).split('\n')[2]!], `$ base64 key.json\n${wrap(b64(serviceAccount), 76)}\n`);
  const azureKey = fake.azureKey();
  add('Azure storage connection string', 'azure-key', [azureKey], `AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=prodlogs;AccountKey=${azureKey};EndpointSuffix=core.windows.net"\n`);
  for (const label of ['RSA PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'PRIVATE KEY']) {
    const pem = fake.pem(label);
    const bodyLine = pem.split('\n')[5]!;
    add(`PEM ${label}, raw`, 'private-key', [bodyLine], `${pem}\n`);
    add(`PEM ${label}, escaped in JSON`, 'private-key', [bodyLine], JSON.stringify({ key: pem }));
    add(`PEM ${label}, YAML block`, 'private-key', [bodyLine], `stringData:\n  key.pem: |\n${pem.split('\n').map((line) => `    ${line}`).join('\n')}\n`);
  }
  const pemInBase64 = b64(fake.pem('RSA PRIVATE KEY'));
  add('PEM in base64, wrapped at 76', 'private-key', [wrap(pemInBase64, 76).split('\n')[3]!], `${wrap(pemInBase64, 76)}\n`);
  add('PEM in base64 in a ConfigMap by mistake', 'private-key', [pemInBase64], `apiVersion: v1\ndata:\n  tls.key: ${pemInBase64}\nkind: ConfigMap\n`);
  // Found by its own search, each: a key found later in the text must not hide the config before it.
  add('base64 docker config, then a base64 key, in one output', 'docker-auth', [b64(dockerConfig), pemInBase64], `$ cat regcred.b64\n${b64(dockerConfig)}\n$ cat key.b64\n${pemInBase64}\n`);
  const bearer = fake.bearer();
  add('Authorization: Bearer header', 'bearer-token', [bearer], `> GET /api/v1/pods HTTP/1.1\n> Authorization: Bearer ${bearer}\n`);
  add('curl -H Authorization', 'bearer-token', [bearer], `curl -sS -H "Authorization: Bearer ${bearer}" https://api.example.com/v1\n`);
  const basic = b64(`admin:${fake.password()}`);
  add('Authorization: Basic header', 'basic-auth', [basic], `Authorization: Basic ${basic}\n`);
  const legacyVault = fake.vaultLegacy();
  add('legacy Vault token in context', 'vault-token', [legacyVault], `VAULT_TOKEN=${legacyVault}\nX-Vault-Token: ${legacyVault}\n`);

  // Layer 4: key/value context; only the value goes.
  const password = fake.password();
  for (const [form, text] of [
    ['env', `DB_PASSWORD=${password}\n`],
    ['shell export', `export DB_PASSWORD='${password}'\n`],
    ['YAML', `database:\n  password: ${password}\n`],
    ['YAML passwd', `passwd: "${password}"\n`],
    ['JSON', `{"db": {"password": "${password}"}}`],
    ['CLI flag =', `psql --password=${password} -h db\n`],
    ['CLI flag space', `mysql --password ${password} -h db\n`],
    ['JDBC', `jdbc:sqlserver://db:1433;databaseName=app;user=sa;password=${password};encrypt=true\n`],
    ['ODBC', `Driver={ODBC Driver 18};Server=db;Database=app;Uid=sa;Pwd=${password};\n`],
    ['query string', `https://api.example.com/v1?user=ci&password=${password}&page=2\n`],
    ['curl -u', `curl -u admin:${password} https://registry.example.com/v2/\n`],
  ] as const) {
    add(`password, ${form}`, 'password', [password], text);
  }
  const token = fake.bearer();
  add('token: in YAML', 'token', [token], `auth:\n  token: ${token}\n`);
  add('--token= flag', 'token', [token], `kubectl --token=${token} get pods\n`);
  add('api_key=', 'api-key', [token], `api_key=${token}\n`);
  add('secret=', 'secret', [token], `client_secret=${token}&grant_type=client_credentials\n`);
  add('postgres URL: only the password', 'url-password', [password], `DATABASE_URL=postgres://app:${password}@db.prod:5432/app?sslmode=require\n`);
  add('user:pass@ in any URL', 'url-password', [password], `Cloning into 'repo'... https://ci:${password}@git.example.com/team/repo.git\n`);
  add('redis URL with an empty user', 'url-password', [password], `redis://:${password}@cache:6379/0\n`);
  add('changeme is a real default password', 'password', ['changeme'], `admin_password=changeme\n`);

  // Layer 2: literals, as given, in base64 at every alignment, wrapped, URL-safe.
  const literal = `lit-${filler(40)}`;
  add('literal, raw', 'value', [literal], `the cluster answered for ${literal}.\n`, [literal]);
  add('literal, base64', 'value', [b64(literal)], `${b64(literal)}\n`, [literal]);
  add('literal, URL-safe base64', 'value', [Buffer.from(literal).toString('base64url')], `?t=${Buffer.from(literal).toString('base64url')}\n`, [literal]);
  for (const prefix of ['', 'x', 'xy']) {
    const blob = b64(`${prefix}blob:${literal}:${filler(30)}`);
    add(`literal inside a longer base64 blob, alignment ${prefix.length}`, 'value', [blob], `data: ${blob}\n`, [literal]);
  }
  const longLiteral = `lit-${filler(90)}`;
  add('literal in base64 wrapped at 76 columns', 'value', wrap(b64(longLiteral), 76).split('\n'), `${wrap(b64(longLiteral), 76)}\n`, [longLiteral]);
  add('literal, escaped in JSON', 'value', [escapeJson(`pa"ss\\${literal}`)], JSON.stringify({ a: `pa"ss\\${literal}` }), [`pa"ss\\${literal}`]);
  return list;
}

describe('every family, in every form', () => {
  test.each(cases().map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const redactor = new Redactor({ literals: c.literals ?? [] });
    const output = redactor.redactText(c.text, 'steps/01.txt');
    for (const secret of c.secrets) expect(output).not.toContain(secret);
    expect(output).toContain(`[REDACTED:${c.kind}:`);
    expect(redactor.hits().length).toBeGreaterThan(0);
  });
});
