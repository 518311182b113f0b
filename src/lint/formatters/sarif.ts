import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintMessage } from '../result.js';
import type { RuleMeta } from '../rule.js';
import type { Formatter, FormatterContext } from './formatter.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const TOOL_NAME = 'runbook-lint';
const INFORMATION_URI = 'https://github.com/runbook-dev/runbook';
const RULE_DOCS = 'https://github.com/runbook-dev/runbook/blob/main/docs/rules/';
/** Relative URIs in the log resolve against this base; its value on the machine that ran is in `originalUriBaseIds`. */
const SRCROOT = '%SRCROOT%';

// The subset of SARIF 2.1.0 this formatter writes; the names are the spec's.
type Level = 'error' | 'warning';
interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}
interface Region {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}
interface ReportingDescriptor {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  helpUri: string;
  defaultConfiguration: { level: Level };
  properties: { tags: string[] };
}
interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: Level;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: ArtifactLocation; region?: Region } }[];
}
interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: ReportingDescriptor[] } };
    originalUriBaseIds: Record<string, ArtifactLocation>;
    results: SarifResult[];
  }[];
}

// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run that describes every known rule (so alerts
// show the rule's description and docs link) and one result per finding, located relative to the checkout.
const sarif: Formatter = (results, context) => {
  const rules = Object.values(context.rulesMeta).map(toDescriptor);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const log: SarifLog = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: context.version, informationUri: INFORMATION_URI, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(context.cwd) } },
        results: results.flatMap((result) => {
          const artifactLocation = toArtifactLocation(result.filePath, context);
          return result.messages.map((message) => toResult(message, artifactLocation, ruleIndex.get(message.ruleId)));
        }),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
};

export default sarif;

function toDescriptor(meta: RuleMeta): ReportingDescriptor {
  const helpUri = meta.docsPath ? new URL(meta.docsPath, `${RULE_DOCS}../../`).href : `${RULE_DOCS}${encodeURIComponent(meta.id)}.md`;
  return {
    id: meta.id,
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.description },
    help: { text: `${meta.description}\n\nSee ${helpUri}` },
    helpUri,
    defaultConfiguration: { level: meta.severity === 'error' ? 'error' : 'warning' },
    properties: { tags: [meta.type] },
  };
}

function toResult(message: LintMessage, artifactLocation: ArtifactLocation, index: number | undefined): SarifResult {
  const physicalLocation: SarifResult['locations'][number]['physicalLocation'] = { artifactLocation };
  const region = toRegion(message);
  if (region) physicalLocation.region = region;
  const result: SarifResult = {
    ruleId: message.ruleId,
    level: message.severity === 2 ? 'error' : 'warning',
    message: { text: message.message },
    locations: [{ physicalLocation }],
  };
  // A finding from a rule this build does not describe (an older cache, say) keeps its ruleId but points at no rule.
  if (index !== undefined) result.ruleIndex = index;
  return result;
}

/**
 * SARIF regions are 1-based with an exclusive end column, like ours; a position the schema would reject (line 0,
 * an end before the start) is dropped rather than sent, so a file-level finding still uploads.
 */
function toRegion(message: LintMessage): Region | undefined {
  if (!isPosition(message.line)) return undefined;
  const region: Region = { startLine: message.line };
  if (!isPosition(message.column)) return region;
  region.startColumn = message.column;
  const endsAfterStart = message.endLine > message.line || (message.endLine === message.line && message.endColumn >= message.column);
  if (isPosition(message.endLine) && isPosition(message.endColumn) && endsAfterStart) {
    region.endLine = message.endLine;
    region.endColumn = message.endColumn;
  }
  return region;
}

function isPosition(value: number): boolean {
  return Number.isInteger(value) && value >= 1;
}

/**
 * Files under cwd get a relative, percent-encoded URI against %SRCROOT% (what code scanning matches to the
 * repository); anything else keeps an absolute file: URI rather than a `../` path that resolves nowhere.
 */
function toArtifactLocation(filePath: string, context: FormatterContext): ArtifactLocation {
  const relative = path.relative(context.cwd, filePath);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return { uri: pathToFileURL(filePath).href };
  }
  // Encoding each segment keeps spaces, `#`, `%` and a `:` (which would read as a scheme) valid in a URI reference.
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** SARIF requires a base URI to end with a slash, or the last segment would be replaced on resolution. */
function directoryUri(directory: string): string {
  const href = pathToFileURL(directory).href;
  return href.endsWith('/') ? href : `${href}/`;
}
