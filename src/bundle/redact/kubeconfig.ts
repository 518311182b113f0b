import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parse } from 'yaml';
import { isSecretName } from './secret-names.js';

/** Keys of a kubeconfig user (and its auth-provider config) whose values are credentials. */
const USER_SECRETS = ['token', 'password', 'client-key-data'] as const;
const PROVIDER_SECRETS = ['id-token', 'refresh-token', 'access-token', 'client-secret'] as const;
/** The fallback for a file the YAML parser rejects: kubectl may still read more of it than nothing. */
const LINE_SECRET = /^[ \t-]*["']?(token|password|client-key-data|id-token|refresh-token|access-token|client-secret)["']?[ \t]*:[ \t]*["']?([^\s"'#]+)/gm;

/**
 * The credentials of the current kubeconfig ($KUBECONFIG's files, else ~/.kube/config), to be scrubbed
 * literally wherever they turn up. Certificates are public and stay. Never throws: what cannot be read adds nothing.
 */
export function kubeconfigCredentials(env: NodeJS.ProcessEnv = process.env, homeDir: string = homedir()): string[] {
  const files = env.KUBECONFIG ? env.KUBECONFIG.split(delimiter).filter((file) => file !== '') : [join(homeDir, '.kube', 'config')];
  const found = new Set<string>();
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const value of credentialsIn(text)) if (value.trim() !== '') found.add(value);
  }
  return [...found];
}

function credentialsIn(text: string): string[] {
  let config: unknown;
  try {
    config = parse(text);
  } catch {
    return [...text.matchAll(LINE_SECRET)].map((match) => match[2]!);
  }
  const values: string[] = [];
  for (const entry of arrayAt(config, 'users')) {
    const user = recordAt(entry, 'user');
    if (!user) continue;
    for (const key of USER_SECRETS) pushString(values, user[key]);
    // Basic auth travels as base64 of `user:password`, which the literal's base64 forms then cover.
    if (typeof user.username === 'string' && typeof user.password === 'string') values.push(`${user.username}:${user.password}`);
    if (typeof user['client-key-data'] === 'string') {
      const key = Buffer.from(user['client-key-data'], 'base64').toString('utf8');
      if (key.includes('PRIVATE KEY')) values.push(key.trim());
    }
    const provider = recordAt(recordAt(user, 'auth-provider'), 'config');
    if (provider) for (const key of PROVIDER_SECRETS) pushString(values, provider[key]);
    const exec = recordAt(user, 'exec');
    if (exec) {
      for (const variable of arrayAt(exec, 'env')) {
        const item = recordAt({ item: variable }, 'item');
        if (item && typeof item.name === 'string' && isSecretName(item.name)) pushString(values, item.value);
      }
      const args = arrayAt(exec, 'args').filter((arg): arg is string => typeof arg === 'string');
      args.forEach((arg, index) => {
        const flag = /^--?([A-Za-z0-9-]+)(?:=(.*))?$/.exec(arg);
        if (!flag || !isSecretName(flag[1]!)) return;
        pushString(values, flag[2] ?? args[index + 1]);
      });
    }
  }
  return values;
}

function pushString(values: string[], value: unknown): void {
  if (typeof value === 'string' && value.trim() !== '') values.push(value);
}

function recordAt(value: unknown, key: string): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const inner = (value as Record<string, unknown>)[key];
  return typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? (inner as Record<string, unknown>) : undefined;
}

function arrayAt(value: unknown, key: string): unknown[] {
  if (typeof value !== 'object' || value === null) return [];
  const inner = (value as Record<string, unknown>)[key];
  return Array.isArray(inner) ? inner : [];
}
