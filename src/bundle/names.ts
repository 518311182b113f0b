/** Names inside and of the bundle: stable for a session, safe as file names, short enough for a plain ustar header. */

const MAX_SLUG = 60;

/** `2026-11-22T16:34:48.123Z` → `20261122T163448Z`, the compact UTC form used in file names. */
export function compactUtc(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) throw new RangeError(`Unexpected time \`${iso}\`, expected ISO-8601`);
  return time.toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
}

/** The random tail of a session id (`20261122T153012Z-7f3a9c` → `7f3a9c`), else the id made safe and short. */
export function shortSessionId(sessionId: string): string {
  const tail = /-([0-9a-f]{4,12})$/.exec(sessionId);
  if (tail) return tail[1]!;
  return slug(sessionId).slice(-12) || 'session';
}

/** Lower-case words joined by `-`, for file names made from ids and commands. */
export function slug(text: string, max = MAX_SLUG): string {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return words.slice(0, max).replace(/-+$/, '');
}

/** `escalation-<runbook-id>-<start time>-<short id>`: the archive's root folder, and its file name without `.tar.gz`. */
export function bundleBaseName(runbookId: string, startedAt: string, sessionId: string): string {
  return `escalation-${slug(runbookId) || 'runbook'}-${compactUtc(startedAt)}-${shortSessionId(sessionId)}`;
}
