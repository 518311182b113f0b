import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The first executable file called `name` in PATH, as the shell would find it; undefined when there is none. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      if (statSync(candidate).isFile()) {
        accessSync(candidate, constants.X_OK);
        return candidate;
      }
    } catch {
      // not here, or not executable: keep looking
    }
  }
  return undefined;
}

/** Why a command that drives the real kubectl cannot start, and how to fix it. */
export const KUBECTL_MISSING =
  'kubectl is not on PATH, and every step runs the real kubectl: install it (Debian and Ubuntu: `apt install kubernetes-client`; elsewhere see kubernetes.io/docs/tasks/tools) and try again';
