import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The kube context a runbook would act on: what the operator must see before the first step. */
export interface KubeContext {
  /** Undefined when kubectl has no current context (or is missing): commands would fail, and the header says so. */
  name: string | undefined;
  namespace: string;
  /** True when the context names its namespace (`namespace` is otherwise kubectl's `default`). */
  namespaceSet?: boolean;
  /** Why the context could not be read, for the header. */
  problem?: string;
}

// Asks the real kubectl, so whatever KUBECONFIG, flags or plugins the operator uses are honoured.
export async function currentContext(env: NodeJS.ProcessEnv = process.env): Promise<KubeContext> {
  try {
    const { stdout } = await run('kubectl', ['config', 'view', '--minify', '-o', 'jsonpath={.current-context}{"\\n"}{..namespace}'], { env, timeout: 10_000 });
    const [name = '', namespace = ''] = stdout.split('\n');
    if (!name.trim()) return { name: undefined, namespace: 'default', problem: 'no current kube context is set' };
    return { name: name.trim(), namespace: namespace.trim() || 'default', namespaceSet: namespace.trim() !== '' };
  } catch (error) {
    const failure = error as { code?: string | number; stderr?: string };
    if (/current-context must exist|current-context is not set/.test(failure.stderr ?? '')) return { name: undefined, namespace: 'default', problem: 'no current kube context is set' };
    const problem = failure.code === 'ENOENT' ? 'kubectl is not installed or not on PATH' : (failure.stderr ?? '').trim().split('\n')[0] || 'kubectl could not read its configuration';
    return { name: undefined, namespace: 'default', problem };
  }
}

/** Names that suggest production; the header makes them loud. */
export function looksLikeProduction(name: string | undefined): boolean {
  return name !== undefined && /(^|[^a-z])(prod|production|prd|live)([^a-z]|$)/i.test(name);
}

/** Whether a context name matches one of a runbook's `contexts` patterns (`*` matches any run of characters). */
export function matchesContexts(name: string | undefined, patterns: readonly string[] | undefined): boolean {
  if (!patterns || patterns.length === 0) return true;
  if (name === undefined) return false;
  return patterns.some((pattern) => new RegExp(`^${pattern.split('*').map(escapeRegex).join('.*')}$`).test(name));
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
