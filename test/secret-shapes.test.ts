import { describe, expect, test } from 'vitest';
import { Redactor } from '../src/bundle/redact/index.js';
import { lintSources } from '../src/lint/lint-sources.js';
import noLiteralSecrets from '../src/lint/rules/no-literal-secrets.js';
import { SECRET_SHAPES } from '../src/secret-shapes.js';
import { fake, filler } from './bundle/redact/corpus.js';
import { runbookText, VALID_BODY } from './helpers/sample.js';

const join = (...parts: string[]): string => parts.join('');

/** One sample line per shape of the shared table, each holding exactly one secret of that shape (assembled at run time). */
const SAMPLES: { label: string; line: string; secret: string }[] = [
  { label: 'AWS access key id', secret: fake.awsKeyId(), line: 'aws_access_key_id $' },
  { label: 'GitHub token', secret: fake.githubToken(), line: 'git clone https://x-access:$@github.example.com/repo' },
  { label: 'GitHub token', secret: fake.githubPat(), line: 'gh auth login --with $' },
  { label: 'npm token', secret: fake.npmToken(), line: 'npm config set //registry.npmjs.org/:_authToken $' },
  { label: 'Stripe key', secret: fake.stripeKey(), line: 'charge with $ now' },
  { label: 'Google service-account key id', secret: filler(40, '0123456789abcdef'), line: '{"type": "service_account", "private_key_id": "$"}' },
  { label: 'GitLab token', secret: fake.gitlabToken(), line: 'glab auth login $' },
  { label: 'Slack webhook URL', secret: fake.slackWebhookPath(), line: 'curl https://hooks.slack.com/services/$ -d @msg.json' },
  { label: 'Slack token', secret: fake.slackToken(), line: 'slack chat send $' },
  // The letters the two used to disagree on: `xoxo-`, `xoxr-` and Vault's recovery tokens `hvr.`.
  { label: 'Slack token', secret: join('xo', 'xr-', filler(30)), line: 'slack chat send $' },
  { label: 'Slack token', secret: join('xo', 'xo-', filler(30)), line: 'slack chat send $' },
  { label: 'Vault token', secret: fake.vaultToken(), line: 'vault login $' },
  { label: 'Vault token', secret: join('hv', 'r.', filler(40)), line: 'vault login $' },
  { label: 'Google API key', secret: fake.gcpApiKey(), line: 'maps fetch key $' },
  { label: 'Azure storage key', secret: fake.azureKey(), line: 'az storage ls "AccountName=logs;AccountKey=$;EndpointSuffix=core.windows.net"' },
  { label: 'JWT', secret: fake.jwt(), line: 'kubectl get pods --server https://api $' },
  { label: 'bearer token', secret: fake.bearer(), line: 'curl -H "Authorization: Bearer $" https://api.example.com' },
  { label: 'basic-auth credential', secret: Buffer.from(`admin:${fake.password()}`).toString('base64'), line: 'curl -H "Authorization: Basic $" https://api.example.com' },
];

function lintKinds(body: string): { kind: string | undefined; text: string }[] {
  const code = runbookText(undefined, `${body}\n\n${VALID_BODY}`);
  const [result] = lintSources([{ filePath: 'runbooks/disk-pressure.md', content: code }], { rules: [noLiteralSecrets], severities: {}, now: new Date('2026-11-22T12:00:00Z') });
  const lines = code.split('\n');
  return (result?.messages ?? []).map((m) => ({ kind: /Unexpected (.+?) in the runbook/.exec(m.message)?.[1], text: lines[m.line - 1]!.slice(m.column - 1, m.endLine === m.line ? m.endColumn! - 1 : undefined) }));
}

describe('one table of secret shapes, read by the redactor and the lint rule alike', () => {
  test('every shape in the table has a sample here', () => {
    expect(new Set(SAMPLES.map((s) => s.label))).toEqual(new Set(SECRET_SHAPES.map((s) => s.label)));
  });

  test.each(SAMPLES.map((s) => [`${s.label}: ${s.secret.slice(0, 5)}…`, s] as const))('%s', (_name, sample) => {
    const line = sample.line.replace('$', sample.secret);
    const shape = SECRET_SHAPES.find((s) => s.label === sample.label)!;
    const redacted = new Redactor().redactText(`${line}\n`, 'steps/01.txt');
    expect(redacted).not.toContain(sample.secret);
    expect(redacted).toContain(`[REDACTED:${shape.kind}:1]`);
    expect(lintKinds(`\`${line}\``)).toContainEqual({ kind: sample.label, text: sample.secret });
  });
});
