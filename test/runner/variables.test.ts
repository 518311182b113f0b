import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { parseRunbook } from '../../src/runbook/parse.js';
import { applyCapture, fillCommand, labelsFromAlert, resolveVariables, validateValue } from '../../src/runner/variables.js';
import { describeInputProblem } from '../../src/cli/input-problems.js';
import { parseVarFlags } from '../../src/cli/var-flags.js';
import { InputError } from '../../src/errors.js';
import { VALID_RUNBOOK } from '../helpers/sample.js';

const runbook = parseRunbook('runbooks/disk-pressure.md', VALID_RUNBOOK).data as Record<string, unknown>;

describe('variables', () => {
  test('resolution order: --var, alert labels, captures, defaults; the rest is missing', () => {
    expect(resolveVariables(runbook, {})).toEqual({ values: { namespace: 'production' }, sources: { namespace: 'default' }, missing: ['node'] });
    const resolved = resolveVariables(runbook, { flags: { namespace: 'staging' }, alert: { namespace: 'prod', node: 'node-a' }, captured: { node: 'node-b' } });
    expect(resolved.values).toEqual({ namespace: 'staging', node: 'node-a' });
    expect(resolved.sources).toEqual({ namespace: 'flag', node: 'alert' });
    expect(resolveVariables(runbook, { captured: { node: 'node-b' } }).sources.node).toBe('capture');
  });

  test('a variable named namespace takes the kube context\'s namespace before the runbook\'s default', () => {
    expect(resolveVariables(runbook, { contextNamespace: 'payments' })).toMatchObject({ values: { namespace: 'payments' }, sources: { namespace: 'context' } });
    expect(resolveVariables(runbook, { contextNamespace: 'payments', flags: { namespace: 'shop' } }).sources.namespace).toBe('flag');
    expect(resolveVariables(runbook, { contextNamespace: 'payments', alert: { namespace: 'shop' } }).values.namespace).toBe('shop');
  });

  test('a --var the runbook does not declare is a usage error naming the closest declared one', () => {
    const wording = (run: () => unknown): string => {
      try {
        run();
      } catch (error) {
        if (error instanceof InputError) return describeInputProblem(error.problem);
      }
      return 'no input problem';
    };
    expect(wording(() => resolveVariables(runbook, { flags: { namespce: 'staging' } }))).toBe(
      '--var namespce: no such variable; did you mean `namespace`? (this runbook declares `namespace`, `node`)',
    );
    expect(wording(() => resolveVariables(runbook, { flags: { colour: 'red' } }))).toBe('--var colour: no such variable (this runbook declares `namespace`, `node`)');
    // Alert labels are many and mostly unrelated: only --var names are checked.
    expect(resolveVariables(runbook, { alert: { alertname: 'X', namespace: 'prod' } }).values.namespace).toBe('prod');
  });

  test('values are validated by type', () => {
    expect(validateValue('ns', { type: 'k8s-name' }, 'web-1.prod')).toBeUndefined();
    for (const bad of ['Web', '-web', 'web-', 'a b', 'web;rm', '', 'x'.repeat(254)]) expect(validateValue('ns', { type: 'k8s-name' }, bad)).toMatch(/Kubernetes name/);
    expect(validateValue('n', { type: 'integer' }, '5')).toBeUndefined();
    expect(validateValue('n', { type: 'integer' }, '5x')).toMatch(/whole number/);
    expect(validateValue('e', { type: 'enum', choices: ['a', 2] }, '2')).toBeUndefined();
    expect(validateValue('e', { type: 'enum', choices: ['a', 2] }, 'b')).toBe('`e` must be one of `a`, `2`');
  });

  // The value must come back out of a real shell exactly as typed, and run nothing.
  test.each([
    'web; touch /tmp/runbook-injected',
    'web && touch /tmp/runbook-injected',
    '$(touch /tmp/runbook-injected)',
    '`touch /tmp/runbook-injected`',
    `it's "quoted"`,
    'line one\nline two',
    '{{namespace}}',
    '*',
    '~root',
    '',
  ])('%j is inserted as one literal word', (value) => {
    const command = fillCommand('printf "%s|" {{node}} end', { node: value });
    const run = spawnSync('/bin/sh', ['-c', command], { encoding: 'utf8' });
    expect(run.stdout).toBe(`${value}|end|`);
    expect(spawnSync('test', ['-e', '/tmp/runbook-injected']).status).not.toBe(0);
  });

  test('a missing value is a usage error; go-templates are left alone', () => {
    expect(() => fillCommand('kubectl get pods -n {{ns}}', {})).toThrow(UsageError);
    expect(fillCommand(`kubectl get pods -n {{ns}} -o go-template='{{.metadata.name}}'`, { ns: 'prod' })).toBe(`kubectl get pods -n prod -o go-template='{{.metadata.name}}'`);
  });

  test('--var flags and alert payloads', () => {
    expect(parseVarFlags(['a=1', 'b=x=y', 'c='])).toEqual({ a: '1', b: 'x=y', c: '' });
    expect(() => parseVarFlags(['nope'])).toThrow(expect.objectContaining({ problem: { kind: 'variable-not-assigned', given: 'nope' } }));
    const webhook = { version: '4', commonLabels: { namespace: 'prod' }, alerts: [{ labels: { alertname: 'KubePodCrashLooping', pod: 'web-1', namespace: 'prod' } }] };
    expect(labelsFromAlert(webhook, 'alert.json')).toEqual({ namespace: 'prod', alertname: 'KubePodCrashLooping', pod: 'web-1' });
    expect(labelsFromAlert({ labels: { pod: 'web-2' } }, 'a.json')).toEqual({ pod: 'web-2' });
    expect(() => labelsFromAlert({ nothing: true }, 'a.json')).toThrow(/a.json: no alert labels found/);
  });

  test('captures take the first match of the first group, line-aware', () => {
    const output = 'NAME     READY   STATUS\nweb-7d9f-abc   0/1   CrashLoopBackOff\nweb-7d9f-def   1/1   Running\n';
    expect(applyCapture({ pod: '^(\\S+)\\s+0/1', missing: 'nothing (here)' }, output)).toEqual({ pod: 'web-7d9f-abc' });
    expect(applyCapture({ bad: '(' }, output)).toEqual({});
  });
});
