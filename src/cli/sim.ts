import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { KUBECONFIG_MARKER } from '../sim/kubeconfig.js';
import { loadScenario } from '../sim/scenario.js';
import { startSimServer } from '../sim/server.js';
import { shellQuote } from '../kube/shell-quote.js';

export interface SimServeFlags {
  port?: string;
  kubeconfig?: string;
}

/** `runbook sim serve <scenario>`: serves the scenario's cluster in the foreground until Ctrl-C or SIGTERM. */
export async function simServeCommand(scenarioPath: string, flags: SimServeFlags, io: { cwd: string; stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }): Promise<number> {
  const port = parsePort(flags.port);
  const kubeconfigPath = flags.kubeconfig === undefined ? undefined : resolve(io.cwd, flags.kubeconfig);
  if (kubeconfigPath && existsSync(kubeconfigPath) && !writtenByUs(kubeconfigPath)) {
    throw new UsageError(`${kubeconfigPath} already exists and was not written by \`runbook sim serve\`: choose another --kubeconfig path (your own kubeconfig is never replaced)`);
  }
  const scenario = loadScenario(resolve(io.cwd, scenarioPath));
  const server = await startSimServer({ scenario, ...(port === undefined ? {} : { port }), ...(kubeconfigPath ? { kubeconfigPath } : {}) });
  // Listening before the exports are printed: whoever reads them may stop the server at once, and a signal that
  // came before the listener would kill the process with the temporary files left behind.
  const stopped = new Promise<NodeJS.Signals>((done) => {
    const stop = (name: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done(name);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  // Comments keep stdout a valid shell script: `runbook sim serve x.yaml > env.sh` then `. env.sh` elsewhere.
  io.stdout.write(
    [
      `export KUBECONFIG=${shellQuote(server.kubeconfigPath)}`,
      `export KUBECACHEDIR=${shellQuote(server.env.KUBECACHEDIR!)}`,
      `# Simulated cluster for ${scenario.runbook} at ${server.url}: context ${server.context}, namespace ${server.namespace}.`,
      '# Run the export lines in another shell to point kubectl at it; press Ctrl-C here to stop (the kubeconfig is removed).',
      '',
    ].join('\n'),
  );
  const signal = await stopped;
  await server.close();
  io.stderr.write(`Stopped the simulated cluster (${signal}).\n`);
  return 0;
}

function parsePort(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) > 65535) throw new UsageError(`--port must be a number from 0 to 65535 (0 picks a free port), not \`${text}\``);
  return Number(text);
}

function writtenByUs(path: string): boolean {
  try {
    return readFileSync(path, 'utf8').startsWith(KUBECONFIG_MARKER);
  } catch {
    return false;
  }
}
