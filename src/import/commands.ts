/** A command found in a prose runbook, with its placeholders turned into `{{variables}}`. */
export interface FoundCommand {
  command: string;
  /** Line of the command within its code block (0-based), for located warnings. */
  lineInBlock: number;
  /** Variable name to the placeholder as the source wrote it (`<my-namespace>`, `$NAMESPACE`). */
  variables: Map<string, string>;
  /**
   * Set for a line that only sets a shell variable (`NAMESPACE=kube-etcd`, `NODE=<node-name>`): steps share no shell,
   * so it is no step but a declared variable, with the value as its default when it is a literal.
   */
  assigns?: { variable: string; default?: string };
}

/** Code block languages that hold shell commands. */
const SHELL_LANGS = new Set(['shell', 'sh', 'bash', 'zsh', 'console', 'shell-session', 'shellsession', 'terminal', 'command', 'cmd']);
/** Programs an untagged block most likely starts with when it holds commands. */
const PROGRAMS = /^(sudo\s+)?(kubectl|oc|helm|curl|wget|etcdctl|promtool|amtool|jq|dig|nslookup|ping|systemctl|journalctl|df|du|ls|cat|grep|ps|top|free|crictl|docker|podman|virtctl|openssl|ip|ss|netstat|mount|lsblk|kubeadm|aws|gcloud|az)\b/;
const PROMPT = /^\s*[$%>]\s+/;

export function isShellBlock(lang: string | null | undefined, value: string): boolean {
  if (lang) return SHELL_LANGS.has(lang.toLowerCase());
  const first = value.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
  return PROMPT.test(first) || PROGRAMS.test(first);
}

// With prompts (`$ kubectl ...`), prompted lines are commands and the rest is example output; without, every line
// that is not a comment is one, `\`-continued lines joined. A block with a here-document or a loop stays one script.
export function commandsInBlock(value: string): FoundCommand[] {
  const lines = value.replace(/\r\n?/g, '\n').split('\n');
  const prompted = lines.some((line) => PROMPT.test(line));
  const script = /<<-?\s*['"]?\w+|^\s*(for|while|if|until|case)\b/m.test(value);
  if (script && !prompted) {
    const text = lines.filter((line) => line.trim() !== '' && !/^\s*#/.test(line)).join('\n');
    return text ? [templatize(text, 0)] : [];
  }
  const found: FoundCommand[] = [];
  // Without prompts, example output is told apart by its shape, and runs to the next blank line.
  let inOutput = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (prompted) {
      if (!PROMPT.test(line)) continue;
      line = line.replace(PROMPT, '');
    } else {
      if (line.trim() === '') inOutput = false;
      else if (inOutput || looksLikeOutput(line)) {
        inOutput = true;
        continue;
      }
    }
    if (line.trim() === '' || /^\s*#/.test(line)) continue;
    const start = i;
    let command = line.trimEnd();
    while (command.endsWith('\\') && i + 1 < lines.length) {
      i++;
      command = `${command.slice(0, -1).trimEnd()} ${lines[i]!.replace(PROMPT, '').trim()}`;
    }
    if (/^\.{3}|^…/.test(command.trim())) continue;
    found.push(assignment(command.trim(), start) ?? templatize(command.trim(), start));
  }
  return found;
}

// A table row (columns aligned with runs of spaces), a header in capitals, a number or a log line: not a command.
export function looksLikeOutput(line: string): boolean {
  const text = line.trim();
  if (/^[A-Z][A-Z0-9_]*=/.test(text)) return false;
  return /\S {3,}\S/.test(text) || /^[A-Z][A-Z0-9_-]*(\s|$)/.test(text) || /^[\d[{"<]/.test(text) || /^(level|ts|time)=/.test(text);
}

/** Whether a block shows example output besides its commands. */
export function hasExampleOutput(value: string): boolean {
  const lines = value.split('\n').filter((line) => line.trim() !== '');
  return lines.some((line) => PROMPT.test(line)) ? lines.some((line) => !PROMPT.test(line)) : lines.some(looksLikeOutput);
}

/** An inline `kubectl …` or `oc …` in prose, worth a step of its own. */
export function isInlineCommand(value: string): boolean {
  return /^(kubectl|oc)\s+\S+/.test(value.trim());
}

/** Variables every shell has: a command using them means the operator's own environment, not a value to ask for. */
const ENVIRONMENT = ['HOME', 'PATH', 'USER', 'PWD', 'SHELL', 'KUBECONFIG', 'TMPDIR', 'EDITOR'];
const ANGLE = /^<([A-Za-z][A-Za-z0-9_ .-]*)>/;
const DOLLAR = /^\$(?:\{([A-Z][A-Z0-9_]*)\}|([A-Z][A-Z0-9_]*))/;

// `<my-namespace>` and `$NAMESPACE` become `{{my_namespace}}` and `{{namespace}}`, always outside quotes (a quoted
// string is closed around the placeholder, so the filled-in value stays one shell word). Shell variables the command
// sets itself, and `$VAR` inside single quotes (awk, jq), are left alone.
export function templatize(command: string, lineInBlock: number): FoundCommand {
  const assigned = new Set([...ENVIRONMENT, ...[...command.matchAll(/(?:^|[\s;&|(])(?:export\s+)?([A-Z][A-Z0-9_]*)=/g)].map((m) => m[1]!)]);
  for (const m of command.matchAll(/\b(?:for|read)\s+([A-Z][A-Z0-9_]*)\b/g)) assigned.add(m[1]!);
  const variables = new Map<string, string>();
  let out = '';
  let quote: '' | "'" | '"' = '';
  let i = 0;
  while (i < command.length) {
    const ch = command[i]!;
    const rest = command.slice(i);
    const angle = ANGLE.exec(rest);
    const dollar = quote === "'" ? null : DOLLAR.exec(rest);
    const match = angle ?? dollar;
    const raw = match?.[0];
    const name = angle ? variableName(angle[1]!) : dollar ? ((dollar[1] ?? dollar[2])!) : undefined;
    if (match && raw && name && !(dollar && assigned.has(name))) {
      const variable = variableName(name);
      if (variable) {
        variables.set(variable, raw);
        if (quote) {
          // Close the quote before the placeholder (dropping it when nothing was quoted yet) and reopen it after.
          if (out.endsWith(quote)) out = out.slice(0, -1);
          else out += quote;
        }
        out += `{{${variable}}}`;
        i += raw.length;
        if (quote) {
          if (command[i] === quote) {
            i++;
            quote = '';
          } else {
            out += quote;
          }
        }
        continue;
      }
    }
    if (ch === '\\' && quote !== "'" && i + 1 < command.length) {
      out += ch + command[i + 1];
      i += 2;
      continue;
    }
    if ((ch === "'" || ch === '"') && (quote === '' || quote === ch)) quote = quote === ch ? '' : ch;
    out += ch;
    i++;
  }
  return { command: out, lineInBlock, variables };
}

function assignment(line: string, lineInBlock: number): FoundCommand | undefined {
  const match = /^(?:export\s+)?([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
  if (!match) return undefined;
  const value = match[2]!.trim().replace(/^(['"])(.*)\1$/, '$2');
  // Anything computed (`$(...)`, a pipeline, a second command) stays a command.
  if (/[$`;&|()\s]/.test(value.replace(/^<[^>]*>$/, ''))) return undefined;
  const variable = variableName(match[1]!);
  if (!variable) return undefined;
  const literal = ANGLE.test(value) || value === '' ? undefined : value;
  return { command: '', lineInBlock, variables: new Map([[variable, ANGLE.test(value) ? value : `$${match[1]}`]]), assigns: { variable, ...(literal ? { default: literal } : {}) } };
}

/** `my-namespace` → `namespace` (the reader's own is meant), `POD_NAME` → `pod_name`; undefined when nothing is left. */
export function variableName(text: string): string | undefined {
  const name = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .replace(/^(my|your)_(?=[a-z])/, '');
  return name || undefined;
}
