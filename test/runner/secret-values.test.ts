import { describe, expect, test } from 'vitest';
import { learnSecretValues } from '../../src/runner/secret-values.js';

const VALUE = ['sample', 'only', 'value'].join('-');
const ENCODED = Buffer.from(VALUE).toString('base64');

describe('learnSecretValues', () => {
  test('a Secret as YAML gives its data values, as printed and decoded, and nothing of its metadata', () => {
    const yaml = `apiVersion: v1\ndata:\n  password: ${ENCODED}\n  port: NTQzMg==\nkind: Secret\nmetadata:\n  name: db-credentials\n  namespace: shop\nstringData:\n  user: app-reader\ntype: Opaque\n`;
    expect(learnSecretValues(yaml)).toEqual([ENCODED, VALUE, 'NTQzMg==', '5432', 'app-reader']);
  });

  test('a list of Secrets as JSON, and the bare map that `jsonpath={.data}` prints', () => {
    const list = JSON.stringify({ kind: 'List', items: [{ kind: 'Secret', metadata: { name: 'a' }, data: { token: ENCODED } }] });
    expect(learnSecretValues(list)).toEqual([ENCODED, VALUE]);
    expect(learnSecretValues(JSON.stringify({ password: ENCODED }))).toEqual([ENCODED, VALUE]);
  });

  test('decoded output: every line, and a multi-line value whole; short words are left alone', () => {
    expect(learnSecretValues(VALUE)).toEqual([VALUE]);
    expect(learnSecretValues(ENCODED)).toEqual([ENCODED, VALUE]);
    expect(learnSecretValues('first-line-of-key\nsecond-line-of-key\n')).toEqual(['first-line-of-key', 'second-line-of-key', 'first-line-of-key\nsecond-line-of-key']);
    expect(learnSecretValues('ok\n\n')).toEqual([]);
    // What kubectl says when it fails is for Tier 3 to read: it is no value of the Secret.
    expect(learnSecretValues('Error from server (NotFound): secrets "db" not found\n')).toEqual([]);
  });
});
