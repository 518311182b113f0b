/**
 * report.html: one page that opens from the extracted archive with no network at all (inline CSS and script,
 * and a Content-Security-Policy that forbids fetching anything). The timeline is an inline SVG, one bar per
 * step run over the session's elapsed time; each step is a `<details>` with its command, result and output.
 * Every value is escaped. Pure.
 */
import { formatDuration, formatOffset, formatUtc, SENSITIVE_OUTPUT, type CauseEvidence, type Facts, type StepFact } from './facts.js';

/** Output shown per step in the page, at most (escaped characters), keeping the end. */
export const HTML_EXCERPT_CHARS = 16_384;
const HTML_EXCERPT_LINES = 200;

const STATUS_COLORS: Record<string, string> = {
  ok: '#2e7d32',
  done: '#2e7d32',
  failed: '#c62828',
  'timed-out': '#ef6c00',
  cancelled: '#6d4c41',
  interrupted: '#6d4c41',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function renderReportHtml(facts: Facts, extras: { redaction: boolean }): string {
  const e = escapeHtml;
  const title = `${facts.escalated ? 'Escalated' : facts.status}${facts.drill ? ' (drill)' : ''}: ${facts.runbook.title}`;
  const rows: [string, string][] = [
    ['Runbook', `<code>${e(facts.runbook.id)}</code> ${e(facts.runbook.title)}`],
    ['Severity', `<strong>${e(facts.runbook.severity ?? 'unknown')}</strong>`],
    ['Context', facts.context ? `<code>${e(facts.context)}</code>${facts.production ? ' <span class="prod">PRODUCTION</span>' : ''}${facts.contextMatches ? '' : ' (outside the runbook’s contexts)'}` : 'none set'],
    ['Namespace', `<code>${e(facts.namespace ?? 'default')}</code>`],
    ['Operator', `${e(facts.operator)} on ${e(facts.host)}`],
    ['Started', `${e(formatUtc(facts.started))}, elapsed ${e(formatDuration(facts.elapsedMs))}`],
    ['Outcome', `<strong>${e(facts.escalated ? 'escalated' : facts.status)}</strong>${facts.escalated && facts.contact ? ` to ${e(facts.contact)}` : ''}`],
    ['Session', `<code>${e(facts.sessionId)}</code>`],
  ];
  const causes = facts.causes.length
    ? facts.causes
        .map(
          (c) =>
            `<li><strong>${e(c.title ?? c.id)}</strong> (${c.chosen ? 'chosen' : 'suggested by evidence'})${c.evidence ? `: ${evidenceHtml(c.evidence)}` : ''}</li>`,
        )
        .join('')
    : '<li>None identified</li>';
  const list = (items: string[], empty: string): string => (items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : `<p>${empty}</p>`);

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1100px;padding:1rem 1.5rem;color:#1d1d1f}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:1.6rem;border-bottom:1px solid #ddd}
table.facts td{padding:2px 10px 2px 0;vertical-align:top}table.facts td:first-child{color:#555}
code,pre{font:12px/1.4 ui-monospace,Menlo,Consolas,monospace}
pre{background:#f6f8fa;padding:.6rem;overflow:auto;white-space:pre-wrap;word-break:break-all}
.prod{background:#c62828;color:#fff;padding:0 6px;border-radius:3px;font-weight:bold}
details{border:1px solid #ddd;border-radius:4px;margin:.4rem 0;padding:.3rem .6rem}
details>summary{cursor:pointer;font-weight:600}
.status{display:inline-block;min-width:6.5em;padding:0 6px;border-radius:3px;color:#fff;background:#757575;font-weight:normal}
${Object.entries(STATUS_COLORS)
  .map(([status, color]) => `.status-${status}{background:${color}}`)
  .join('')}
svg text{font:11px ui-monospace,Menlo,Consolas,monospace}
.timeline-table td{padding:0 10px 0 0;vertical-align:top}
</style>
</head>
<body>
<h1>${e(title)}</h1>
${extras.redaction ? '' : '<p class="prod">Redaction was turned off for this bundle: it may contain secrets.</p>'}
${facts.drill ? `<p class="prod">This was a drill against a simulated cluster (${e(facts.drill)}): nothing here happened on a real cluster.</p>` : ''}
<table class="facts">${rows.map(([k, v]) => `<tr><td>${k}</td><td>${v}</td></tr>`).join('')}</table>
${
  facts.alert
    ? `<h2>Alert</h2><p><strong>${e(facts.alert.name ?? 'unnamed alert')}</strong>${facts.alert.startsAt ? `, firing since ${e(facts.alert.startsAt)}` : ''}${facts.alert.summary ? `: ${e(facts.alert.summary)}` : ''}</p>${list(
        Object.entries(facts.alert.labels).map(([name, value]) => `<code>${e(name)}=${e(value)}</code>`),
        'No labels.',
      )}`
    : ''
}
<h2>Suspected cause</h2><ul>${causes}</ul>${
  facts.overruled.length > 0 ? `<p>The evidence suggested ${facts.overruled.map((id) => `<code>${e(id)}</code>`).join(', ')}; the operator chose <code>${e(facts.causes[0]?.id ?? '')}</code> instead.</p>` : ''
}
<h2>Changes made to the cluster</h2>${list(
    facts.changes.map(
      (c) =>
        `<code>${e(c.id)}</code> ${c.command ? `<code>${e(c.command)}</code> ` : ''}(${e(c.exitCode !== null ? `${c.status}, exit ${c.exitCode}` : c.status)}); confirmed by typing <code>${e(c.typed)}</code>${c.dryRun ? `; dry run: ${e(c.dryRun)}` : ''}`,
    ),
    'None: no step that changes the cluster ran.',
  )}
<h2>Escalation</h2>${list(facts.criteria.map(e), facts.escalated ? 'No criterion was ticked.' : 'Not escalated in the session.')}${facts.escalationReason ? `<p>Why escalate anyway: ${e(facts.escalationReason)}</p>` : ''}
<h2>Tier 3 actions requested</h2>${list(
    facts.tier3.map((s) => `<strong>${e(s.title)}</strong> <code>${e(s.id)}</code>${s.template ? ` <code>${e(s.template)}</code>` : ''}`),
    'None recorded.',
  )}
<h2>Failed, skipped or not run</h2>${list(
    [...facts.failed, ...facts.notDone].map((s) => `<code>${e(s.id)}</code> ${e(s.status)}${s.reason ? `: ${e(s.reason)}` : s.exitCode !== null ? `, exit ${s.exitCode}` : ''}`),
    'Every step that was reached ran and succeeded.',
  )}
<h2>Timeline</h2>
${timelineSvg(facts)}
<details><summary>Every event (${facts.timeline.length})</summary><table class="timeline-table">${facts.timeline
    .map((t) => `<tr><td><code>${e(formatOffset(t.offsetMs))}</code></td><td>${codeSpans(e(t.text))}</td></tr>`)
    .join('')}</table></details>
<h2>Steps</h2>
<p><button type="button" id="expand-all">Expand all</button> <button type="button" id="collapse-all">Collapse all</button></p>
${facts.steps.map((step, i) => stepDetails(step, i + 1)).join('\n')}
<script>
for (const [id, open] of [['expand-all', true], ['collapse-all', false]]) {
  document.getElementById(id).addEventListener('click', () => { for (const d of document.querySelectorAll('details.step')) d.open = open; });
}
for (const bar of document.querySelectorAll('[data-step]')) {
  bar.addEventListener('click', () => { const d = document.getElementById('step-' + bar.getAttribute('data-step')); if (d) { d.open = true; d.scrollIntoView(); } });
}
</script>
</body>
</html>
`;
}

const ROW = 22;
const LABEL = 190;
const WIDTH = 1000;

// One row per step that ran, a bar per attempt, placed on the session's elapsed time.
function timelineSvg(facts: Facts): string {
  const e = escapeHtml;
  const ids = [...new Set(facts.runs.map((r) => r.step))];
  const total = Math.max(1, facts.elapsedMs, ...facts.runs.map((r) => r.startMs + r.durationMs));
  const scale = (ms: number): number => LABEL + ((WIDTH - LABEL - 10) * ms) / total;
  const height = (ids.length + 1) * ROW + 10;
  const bars = facts.runs.map((run) => {
    const y = (ids.indexOf(run.step) + 1) * ROW;
    const x = scale(run.startMs);
    const w = Math.max(3, scale(run.startMs + run.durationMs) - x);
    return `<rect class="run" data-step="${e(run.step)}" x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW - 6}" rx="2" fill="${STATUS_COLORS[run.status] ?? '#757575'}"><title>${e(`${run.step} attempt ${run.attempt}: ${run.status}, ${formatDuration(run.durationMs)} at ${formatOffset(run.startMs)}`)}</title></rect>`;
  });
  const labels = ids.map((id, i) => `<text x="4" y="${(i + 1) * ROW + 15}">${e(id.length > 26 ? `${id.slice(0, 25)}…` : id)}</text>`);
  const marks = facts.timeline
    .filter((t) => /^(Escalated|Cause chosen|Evidence points|Note|Session (ended|paused|resumed))/.test(t.text))
    .map((t) => `<line x1="${scale(t.offsetMs).toFixed(1)}" x2="${scale(t.offsetMs).toFixed(1)}" y1="${ROW - 4}" y2="${height - 4}" stroke="#999" stroke-dasharray="3 3"><title>${e(`${formatOffset(t.offsetMs)} ${t.text}`)}</title></line>`);
  const axis = `<text x="${LABEL}" y="14">${e(formatOffset(0))}</text><text x="${WIDTH - 10}" y="14" text-anchor="end">${e(formatOffset(total))}</text>`;
  const empty = ids.length === 0 ? `<text x="${LABEL}" y="${ROW + 15}">No step ran.</text>` : '';
  return `<svg id="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="Steps over the session's elapsed time">${axis}${labels.join('')}${marks.join('')}${bars.join('')}${empty}</svg>`;
}

function stepDetails(step: StepFact, index: number): string {
  const e = escapeHtml;
  const parts: string[] = [];
  const command = step.command ?? step.template;
  if (command) parts.push(`<p>Command:</p><pre class="command">${e(command)}</pre>`);
  const facts = [`status ${e(step.status)}`];
  if (step.exitCode !== null) facts.push(`exit code ${step.exitCode}`);
  if (step.signal) facts.push(`signal ${e(step.signal)}`);
  if (step.durationMs !== null) facts.push(`took ${e(formatDuration(step.durationMs))}`);
  if (step.attempts > 1) facts.push(`${step.attempts} attempts`);
  parts.push(`<p>${facts.join(', ')}</p>`);
  if (step.reason) parts.push(`<p>Reason: ${e(step.reason)}</p>`);
  if (step.approval) parts.push(`<p>Approved by ${e(step.approval.approver)}: ${e(step.approval.reason)}</p>`);
  if (step.output?.text != null) {
    const excerpt = escapedTail(step.output.text);
    parts.push(`<p>Output${excerpt.cut ? ` (the end; all of it in <code>${e(step.output.path)}</code>)` : ` (<code>${e(step.output.path)}</code>)`}:</p><pre class="output">${excerpt.html}</pre>`);
  } else if (step.output) {
    parts.push(`<p>Output left out of the bundle: ${e(step.output.leftOut ?? 'could not be scanned')}.</p>`);
  } else if (step.sensitive && step.attempts > 0) {
    parts.push(`<p>${SENSITIVE_OUTPUT}</p>`);
  }
  for (const note of step.notes) parts.push(`<blockquote>Note: ${e(note)}</blockquote>`);
  return `<details class="step" id="step-${e(step.id)}"><summary>${index}. ${e(step.title)} <span class="status status-${e(step.status)}">${e(step.status)}</span></summary>${parts.join('')}</details>`;
}

// The end of an output, whole lines, at most HTML_EXCERPT_CHARS once escaped.
function escapedTail(text: string): { html: string; cut: boolean } {
  const lines = text.replace(/\n$/, '').split('\n');
  const kept: string[] = [];
  let size = 0;
  for (let i = lines.length - 1; i >= 0 && kept.length < HTML_EXCERPT_LINES; i--) {
    const line = escapeHtml(lines[i]!);
    if (size + line.length + 1 > HTML_EXCERPT_CHARS) {
      if (kept.length === 0) kept.unshift(line.slice(line.length - HTML_EXCERPT_CHARS).replace(/^[^;&]*;/, ''));
      break;
    }
    kept.unshift(line);
    size += line.length + 1;
  }
  return { html: kept.join('\n'), cut: kept.length < lines.length };
}

// The same account of a cause's evidence as SUMMARY.md gives, escaped.
function evidenceHtml(evidence: CauseEvidence): string {
  const e = escapeHtml;
  const step = `step <code>${e(evidence.step)}</code>`;
  const pattern = evidence.pattern !== null ? `<code>${e(evidence.pattern)}</code>` : 'its pattern';
  if (evidence.judged === 'not-judged') return `${step} should match ${pattern}; the session recorded no judgement of it`;
  if (evidence.judged === 'unmatched') return `${step} should match ${pattern}; its output did not`;
  if (evidence.lineNumber === null) return `${step} matched ${pattern}; its output was not stored (a sensitive step)`;
  if (evidence.line === null) return `${step} matched ${pattern} at line ${evidence.lineNumber} of its output, a line this bundle does not keep${evidence.file ? ` (see ${e(evidence.file)})` : ''}`;
  return `${step} matched ${pattern} (${e(evidence.file ?? 'its output')}, line ${evidence.lineNumber}) <pre>${e(evidence.line.slice(0, 500))}</pre>`;
}

// The timeline's step ids are Markdown code spans (see describeEvent); in HTML they are <code>, on escaped text.
function codeSpans(escaped: string): string {
  return escaped.replace(/`([^`]+)`/g, '<code>$1</code>');
}
