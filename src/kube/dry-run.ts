/**
 * The server-side dry run the runner shows before a mutating kubectl command: the same line with
 * `--dry-run=server` added to that command, offered only when kubectl accepts it and the result is read-only.
 */
import { classifyCommand } from './classifier.js';
import { supportsDryRun } from './kubectl-safety.js';
import { parseShell } from './shell.js';

const FLAG = '--dry-run=server';

// The runner previews a change with the API server's own dry run before asking for confirmation.
export function withServerDryRun(line: string): string | undefined {
  const classification = classifyCommand(line);
  if (classification.safety === 'read-only' || classification.errors.length > 0) return undefined;
  const culprits = classification.commands.filter((c) => c.safety === 'mutating');
  const [culprit] = culprits;
  if (culprits.length !== 1 || culprit?.kubectl === undefined || !supportsDryRun(culprit.kubectl, culprit.program === 'oc' ? 'oc' : 'kubectl')) return undefined;
  const command = parseShell(line).commands.find((c) => c.start === culprit.start && c.end === culprit.end);
  if (command === undefined) return undefined;
  const programIndex = command.words.findIndex((w) => /(^|\/)(kubectl|oc)$/.test(w.text));
  const dashDash = command.words.findIndex((w, i) => i > programIndex && w.text === '--');
  const lastWord = command.words.at(-1);
  if (lastWord === undefined) return undefined;
  const candidate =
    dashDash === -1
      ? `${line.slice(0, lastWord.end)} ${FLAG}${line.slice(lastWord.end)}`
      : `${line.slice(0, command.words[dashDash]?.start)}${FLAG} ${line.slice(command.words[dashDash]?.start)}`;
  return classifyCommand(candidate).safety === 'read-only' ? candidate : undefined;
}
