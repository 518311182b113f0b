import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SimServer } from '../../src/sim/server.js';
import { extract, filesUnder, tempDir } from '../bundle/fixtures.js';
import { runCliAsync } from '../helpers/cli.js';
import { startShop } from '../sim/kubectl.js';

// The shop scenario's Secret `checkout-db` holds this password, base64-encoded.
const PASSWORD = ['not', 'a', 'real', 'password'].join('-');
const ENCODED = Buffer.from(PASSWORD).toString('base64');

// The step that decodes the password is exactly what the lint rule stops; an author who switched the rule off
// still gets a bundle without the value.
const runbook = `---
id: db-login
title: Database login fails
summary: The checkout service cannot log in to its database.
severity: high
owner: test-team
symptoms: [Login errors in the checkout logs]
variables:
  hint: { description: Anything the operator was told }
diagnosis:
  - id: password
    title: Read the password
    run: kubectl get secret checkout-db -n shop -o jsonpath='{.data.password}' | base64 -d
  - id: secret
    title: Show the Secret
    run: kubectl get secret checkout-db -n shop -o yaml
    sensitive: true
  - id: echo-hint
    title: Repeat what the operator was told
    run: echo {{hint}}
  - id: encode-hint
    title: Encode what the operator was told
    run: printf %s {{hint}} | base64
resolution:
  - cause: wrong-password
    title: The password was rotated
    steps: [{ title: Rotate it back, tier: 3 }]
escalation: { after: 15m, when: [It persists] }
---
# Database login fails

<!-- runbook-lint-disable no-unprotected-secret-read -->

## Prevention

Nothing.
`;

const work = tempDir('secret-scrub');
let server: SimServer;
beforeAll(async () => {
  server = await startShop();
  mkdirSync(join(work, 'runbooks'));
  writeFileSync(join(work, 'runbooks', 'db-login.md'), runbook);
});
afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

describe('values a step reads from a Secret', () => {
  test('are in no file of the bundle, as they are or in base64, and a step named `secret` keeps its timeline', async () => {
    const env = { RUNBOOK_HOME: join(work, 'home'), HOME: work, ...server.env };
    const run = await runCliAsync(['run', 'db-login', '--yes', '--var', `hint=${PASSWORD}`], { cwd: work, env });
    expect(run.code, run.stderr).toBe(0);
    // The walk itself shows what kubectl printed: the operator asked for it.
    expect(run.stdout + run.stderr).toContain(PASSWORD);

    const bundle = await runCliAsync(['bundle', '-o', join(work, 'out.tar.gz')], { cwd: work, env });
    expect(bundle.code, bundle.stderr).toBe(0);
    const dir = extract(join(work, 'out.tar.gz'), join(work, 'x'));
    const files = filesUnder(dir);
    // The sensitive step's output was never stored; the values it printed were learned all the same.
    expect(files).toEqual(expect.arrayContaining(['SUMMARY.md', 'report.html', 'session.json', 'steps/01-password.txt', 'steps/03-echo-hint.txt', 'steps/04-encode-hint.txt']));
    expect(files).not.toContain('steps/02-secret.txt');
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text, file).not.toContain(PASSWORD);
      expect(text, file).not.toContain(ENCODED);
    }
    expect(readFileSync(join(dir, 'steps/01-password.txt'), 'utf8')).toMatch(/\[REDACTED:[a-z-]+:\d+\]/);
    expect(readFileSync(join(dir, 'steps/04-encode-hint.txt'), 'utf8')).toMatch(/\[REDACTED:[a-z-]+:\d+\]/);
    const summary = readFileSync(join(dir, 'SUMMARY.md'), 'utf8');
    expect(summary).toContain('| `secret` started: kubectl get secret checkout-db -n shop -o yaml |');
    expect(summary).toMatch(/\| `secret` ok, exit 0 after /);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('<code>secret</code> started: kubectl get secret checkout-db -n shop -o yaml');
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);
});
