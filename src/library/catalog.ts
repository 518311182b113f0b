import { readFileSync } from 'node:fs';
import { listRunbookFiles } from '../lint/files.js';
import { asLooseRunbook, type LooseRunbook } from '../runbook/model.js';
import { parseRunbook, type ParsedRunbook } from '../runbook/parse.js';
import { isReviewOverdue } from '../runbook/review.js';

/** One runbook of the library as `runbook list` shows it. */
export interface CatalogEntry {
  id: string;
  title: string;
  severity: string;
  owner: string;
  alerts: string[];
  reviewed: string | null;
  overdue: boolean;
  /** Absolute path of the file. */
  path: string;
}

/** A Markdown file of the runbooks folder that could not be read as a runbook, and why. */
export interface CatalogProblem {
  path: string;
  message: string;
}

export interface Catalog {
  entries: CatalogEntry[];
  /** The front-matter of each entry, by path, for commands that need more than the summary. */
  runbooks: Map<string, LooseRunbook>;
  /** Each entry's parsed file, by path, for findings that point into it. */
  sources: Map<string, ParsedRunbook>;
  problems: CatalogProblem[];
}

// Every runbook under the folder, by id. Files without a front-matter `id` are reported, not guessed at:
// the linter says what is wrong with them.
export async function loadCatalog(runbooksDir: string, options: { now: Date; ignore?: string[]; ignoreBase?: string }): Promise<Catalog> {
  const files = await listRunbookFiles([runbooksDir], { cwd: runbooksDir, ignore: options.ignore ?? [], ignoreBase: options.ignoreBase ?? runbooksDir });
  const catalog: Catalog = { entries: [], runbooks: new Map(), sources: new Map(), problems: [] };
  for (const path of files) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      catalog.problems.push({ path, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
      continue;
    }
    const parsed = parseRunbook(path, text);
    const runbook = asLooseRunbook(parsed.data);
    if (!runbook || typeof runbook.id !== 'string') {
      catalog.problems.push({ path, message: 'not a runbook: no front-matter with an `id` (run `runbook lint` on it)' });
      continue;
    }
    catalog.runbooks.set(path, runbook);
    catalog.sources.set(path, parsed);
    catalog.entries.push(entryOf(path, runbook, options.now));
  }
  catalog.entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return catalog;
}

export function entryOf(path: string, runbook: LooseRunbook, now: Date): CatalogEntry {
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  return {
    id: text(runbook.id),
    title: text(runbook.title),
    severity: text(runbook.severity),
    owner: text(runbook.owner),
    alerts: Array.isArray(runbook.alerts) ? runbook.alerts.filter((a): a is string => typeof a === 'string') : [],
    reviewed: typeof runbook.reviewed === 'string' ? runbook.reviewed : null,
    overdue: isReviewOverdue(runbook.reviewed, runbook.review_every, now),
    path,
  };
}

/** The runbooks whose `alerts:` name the alert, exactly as Prometheus spells it. */
export function runbooksForAlert(catalog: Catalog, alertname: string): CatalogEntry[] {
  return catalog.entries.filter((entry) => entry.alerts.includes(alertname));
}
