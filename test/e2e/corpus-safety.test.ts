/**
 * The safety classifier over the commands of real runbooks: the shell code blocks of the shared corpus.
 * Prints how many are read-only and how many mutating (and lists the read-only ones, so a person can check
 * that none of them changes anything), and holds the classifier to what every reader of those runbooks knows.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { classifyCommand } from '../../src/kube/classify.js';
import { maskPlaceholderMistakes } from '../../src/lint/rules/read-only-commands.js';
import { ROOT } from '../helpers/cli.js';

const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const present = existsSync(CORPUS);
if (!present) console.warn(`corpus safety tests skipped: ${relative(ROOT, CORPUS)} is not beside this clone`);

const SHELL_LANGUAGES = new Set(['shell', 'console', 'bash', 'sh', 'zsh', '']);
/** In a block without prompts, the lines that are commands rather than their output. */
const COMMAND_START = /^(kubectl|oc|helm|etcdctl|curl|journalctl|jq|[A-Z_][A-Z0-9_]*=)(\s|$)/;

interface CorpusCommand {
  file: string;
  line: string;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The commands of one file's shell blocks: `$ ` prompt lines where a block has prompts, command-like lines otherwise. */
function commandsOf(file: string): CorpusCommand[] {
  const blocks: { lang: string; lines: string[] }[] = [];
  let open: { fence: string; lang: string; lines: string[] } | undefined;
  for (const text of readFileSync(file, 'utf8').split('\n')) {
    const fence = /^\s*(`{3,}|~{3,})\s*([\w-]*)\s*$/.exec(text);
    if (open === undefined) {
      if (fence) open = { fence: fence[1] ?? '```', lang: fence[2] ?? '', lines: [] };
    } else if (fence && text.trim().startsWith(open.fence) && fence[2] === '') {
      blocks.push(open);
      open = undefined;
    } else open.lines.push(text);
  }
  return blocks
    .filter((block) => SHELL_LANGUAGES.has(block.lang))
    .flatMap((block) => {
      const prompted = block.lines.filter((l) => l.trimStart().startsWith('$ '));
      const lines = prompted.length > 0 ? prompted.map((l) => l.trimStart().slice(2)) : block.lines.filter((l) => COMMAND_START.test(l.trim()));
      return lines.map((line) => ({ file: relative(CORPUS, file), line: line.trim() })).filter((c) => c.line !== '');
    });
}

/** Commands that, run for real, change a cluster or start a process in it: never read-only. */
const CHANGES = /^(kubectl|oc)\b.*\s(edit|delete|rsh|exec|debug|apply|patch|scale|drain|cordon)\s/;

describe.skipIf(!present)(`safety of the commands in the shared corpus${present ? '' : ' (skipped: ../shared/corpus is not beside this clone)'}`, () => {
  const commands = present ? markdownFiles(CORPUS).flatMap(commandsOf) : [];
  const classified = commands.map((c) => ({ ...c, result: classifyCommand(maskPlaceholderMistakes(c.line)) }));

  test('every command gets a verdict, and the share of mutating ones is reported', () => {
    expect(commands.length).toBeGreaterThan(0);
    const mutating = classified.filter((c) => c.result.safety === 'mutating');
    const readOnly = classified.filter((c) => c.result.safety === 'read-only');
    const share = ((100 * mutating.length) / classified.length).toFixed(1);
    console.log(
      [
        '| commands | read-only | mutating | mutating share |',
        '| --- | --- | --- | --- |',
        `| ${classified.length} | ${readOnly.length} | ${mutating.length} | ${share}% |`,
        '',
        'read-only:',
        ...readOnly.map((c) => `  ${c.line}`),
        'mutating:',
        ...mutating.map((c) => `  ${c.line}    # ${c.result.reason}`),
      ].join('\n'),
    );
    for (const c of classified) expect(c.result.reason, c.line).not.toMatch(/internal/);
  });

  test('no command that edits, deletes, scales or runs something in the cluster is called read-only', () => {
    const wrong = classified.filter((c) => CHANGES.test(`${c.line} `) && c.result.safety === 'read-only').map((c) => c.line);
    expect(wrong).toEqual([]);
    expect(classified.filter((c) => CHANGES.test(`${c.line} `)).length).toBeGreaterThan(0);
  });
});
