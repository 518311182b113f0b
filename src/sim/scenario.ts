import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap } from 'yaml';
import { ConfigError } from '../errors.js';
import { createLocator, type Path } from '../runbook/locator.js';
import { readPlainYamlWithAliases } from '../runbook/plain-yaml.js';
import { parseYamlFile } from '../runbook/yaml-file.js';
import { runValidator, type SchemaError } from '../runbook/validate.js';
import type { CertificateSpec } from './certificates.js';
import type { KubeObject } from './kube-object.js';
import { timeProblem } from './relative-time.js';
import type { Scenario as ScenarioFile } from './types.generated.js';
import validateScenario from './validator.generated.js';
import scenarioSchema from '../../schemas/scenario.schema.json' with { type: 'json' };

/** The keys a scenario may have at its top, in the schema's order, for the error that names an unknown one. */
const TOP_LEVEL_KEYS: readonly string[] = Object.keys(scenarioSchema.properties);

/** Capacity and use of a filesystem, as quantities (`10Gi`), with inode counts when known. */
export interface FilesystemUsage {
  capacity: string;
  used: string;
  inodes?: number;
  inodesUsed?: number;
}

/** A scenario file, read and checked: the cluster a drill starts from and what a correct walk finds. */
export interface Scenario {
  file: string;
  runbook: string;
  description?: string;
  namespace: string;
  alert?: { name?: string; labels: Record<string, string>; summary?: string };
  variables: Record<string, string>;
  /** As written: relative times are resolved when a server starts, against its clock. */
  objects: KubeObject[];
  logs: { namespace: string; pod: string; container?: string; previous: boolean; text: string }[];
  metrics: {
    pods: { namespace: string; pod: string; containers: Record<string, { cpu: string; memory: string }>; ephemeralStorage?: string }[];
    nodes: { node: string; cpu: string; memory: string; filesystem?: FilesystemUsage }[];
    /** Volume usage the kubelet's stats summary reports, by pod and volume name. */
    volumes: ({ namespace: string; pod: string; volume: string } & FilesystemUsage)[];
  };
  /** TLS certificates made when a server starts, into Secrets. */
  certificates: CertificateSpec[];
  /** What a step outside the cluster (a dashboard, a console) would show, by step id. */
  observations: Record<string, string>;
  expect: { cause?: string; escalate?: boolean; steps: Record<string, string> };
}

/** Where the scenario of a runbook lives. */
export function scenarioPathFor(runbooksDir: string, runbookId: string): string {
  return join(runbooksDir, 'scenarios', `${runbookId}.yaml`);
}

// Every mistake is reported as `file:line:col: what is wrong`, never as a stack trace.
export function loadScenario(path: string): Scenario {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(code === 'ENOENT' ? `${path}: no such scenario file` : `${path}: cannot read the scenario (${code ?? String(error)})`);
  }
  // Nearly every scenario is plain YAML, which js-yaml reads several times faster than `yaml`; the document with
  // every node's position is built only to place a mistake (`runbook lint` loads the scenario beside each runbook).
  const plain = readPlainYamlWithAliases(raw);
  let located: ((path: Path, part?: 'key' | 'value') => string) | undefined;
  const place = (key: Path, part: 'key' | 'value' = 'value'): string => (located ??= locatorFor(path, raw))(key, part);
  const data: unknown = plain ?? readWithYaml(path, raw);
  const errors = runValidator(validateScenario, data);
  if (errors.length > 0) {
    const lines = errors.filter(relevant).map((error) => {
      const { target, onKey, what } = describe(error);
      return `${path}:${place(target, onKey ? 'key' : 'value')}: ${what}`;
    });
    // Only the first few: a file in the wrong format would otherwise flood the terminal.
    throw new ConfigError([...new Set(lines)].slice(0, 5).join('\n'));
  }
  const file = data as ScenarioFile;
  const timeErrors = findTimeProblems(file.objects, ['objects']).map((problem) => `${path}:${place(problem.path)}: ${problem.what}`);
  if (timeErrors.length > 0) throw new ConfigError(timeErrors.slice(0, 5).join('\n'));
  return normalise(path, file);
}

function readWithYaml(path: string, raw: string): unknown {
  const { doc } = parseYamlFile(path, raw);
  if (!isMap(doc.contents)) throw new ConfigError(`${path}:1:1: a scenario must be a mapping with at least \`runbook:\` and \`objects:\``);
  return doc.toJS();
}

/** Places in a scenario file by key path, as `line:col`, from `yaml`'s document. */
function locatorFor(path: string, raw: string): (key: Path, part?: 'key' | 'value') => string {
  const { doc, index } = parseYamlFile(path, raw);
  const locator = createLocator(doc, raw, 0, index, index.toSpan(0, 0));
  return (key, part = 'value') => {
    const span = (part === 'key' ? locator.key(key) : locator.value(key)) ?? locator.nearest(key, part);
    return `${span.start.line}:${span.start.column}`;
  };
}

/** Where a key of a scenario file is, as `file:line:col`, for a mistake found once the scenario is in use. */
export function placeInScenario(path: string, key: Path): string {
  const raw = readFileSync(path, 'utf8');
  const { doc, index } = parseYamlFile(path, raw);
  const locator = createLocator(doc, raw, 0, index, index.toSpan(0, 0));
  const span = locator.value(key) ?? locator.nearest(key, 'value');
  return `${path}:${span.start.line}:${span.start.column}`;
}

function normalise(path: string, file: ScenarioFile): Scenario {
  const namespace = file.namespace ?? 'default';
  const scenario: Scenario = {
    file: path,
    runbook: file.runbook,
    namespace,
    variables: Object.fromEntries(Object.entries(file.variables ?? {}).map(([name, value]) => [name, String(value)])),
    objects: file.objects as KubeObject[],
    logs: (file.logs ?? []).map((log) => ({
      namespace: log.namespace ?? namespace,
      pod: log.pod,
      ...(log.container === undefined ? {} : { container: log.container }),
      previous: log.previous ?? false,
      text: log.text,
    })),
    metrics: {
      pods: (file.metrics?.pods ?? []).map((pod) => ({
        namespace: pod.namespace ?? namespace,
        pod: pod.pod,
        containers: pod.containers,
        ...(pod.ephemeralStorage === undefined ? {} : { ephemeralStorage: pod.ephemeralStorage }),
      })),
      nodes: file.metrics?.nodes ?? [],
      volumes: (file.metrics?.volumes ?? []).map((volume) => ({ ...volume, namespace: volume.namespace ?? namespace })),
    },
    certificates: (file.certificates ?? []).map((certificate) => ({ ...certificate, namespace: certificate.namespace ?? namespace })),
    observations: file.observations ?? {},
    expect: {
      ...(file.expect?.cause === undefined ? {} : { cause: file.expect.cause }),
      ...(file.expect?.escalate === undefined ? {} : { escalate: file.expect.escalate }),
      steps: file.expect?.steps ?? {},
    },
  };
  if (file.description !== undefined) scenario.description = file.description;
  if (file.alert) {
    scenario.alert = { labels: file.alert.labels ?? {} };
    if (file.alert.name !== undefined) scenario.alert.name = file.alert.name;
    if (file.alert.summary !== undefined) scenario.alert.summary = file.alert.summary;
  }
  return scenario;
}

// ajv reports every branch it tried; the `if` wrapper errors add nothing a reader can act on.
function relevant(error: SchemaError): boolean {
  return error.keyword !== 'if';
}

function describe(error: SchemaError): { target: Path; onKey: boolean; what: string } {
  const instance: (string | number)[] = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const name = (segments: Path): string => segments.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '') || 'the scenario';
  const extra = error.params.additionalProperty ?? error.params.propertyName;
  if (error.keyword === 'additionalProperties') {
    const allowed = instance.length === 0 ? ` (allowed: ${TOP_LEVEL_KEYS.join(', ')})` : '';
    return { target: [...instance, String(extra)], onKey: true, what: `unknown key \`${String(extra)}\` in ${name(instance)}${allowed}` };
  }
  if (error.keyword === 'required') {
    const missing = String(error.params.missingProperty);
    return { target: instance, onKey: instance.length > 0, what: `${name(instance)} needs \`${missing}\`` };
  }
  if (error.keyword === 'propertyNames') {
    return { target: [...instance, String(extra)], onKey: true, what: `\`${String(extra)}\` is not a variable name: use lower case letters, digits and \`_\`` };
  }
  if (error.keyword === 'type') {
    const wanted = String(error.params.type).replace('object', 'a mapping').replace('array', 'a list').replace(/^string$/, 'a string');
    const isObject = instance[0] === 'objects' && instance.length === 2;
    return { target: instance, onKey: false, what: `${name(instance)} must be ${wanted}${isObject ? ' (a Kubernetes manifest with apiVersion, kind and metadata)' : ''}` };
  }
  if (error.keyword === 'pattern') {
    const last = instance.at(-1);
    const hint =
      last === 'cpu' || last === 'memory' ? 'a quantity like `250m`, `1`, `512Mi` or `2Gi`'
      : last === 'capacity' || last === 'used' || last === 'ephemeralStorage' ? 'a quantity like `512Mi`, `20Gi` or `47.5Gi`'
      : last === 'runbook' || last === 'cause' ? 'a kebab-case id like `pod-oom-restart-loop`'
      : last === 'notBefore' || last === 'notAfter' ? '`now`, a signed duration like `-90d` or `+6d12h`, or an RFC 3339 time'
      : 'a lower-case DNS label like `shop`';
    return { target: instance, onKey: false, what: `${name(instance)} must be ${hint}` };
  }
  return { target: instance, onKey: false, what: `${name(instance)} ${error.message ?? 'is invalid'}` };
}

interface TimeProblem {
  path: Path;
  what: string;
}

function findTimeProblems(value: unknown, path: (string | number)[], key?: string | number): TimeProblem[] {
  if (typeof value === 'string') {
    const what = timeProblem(key, value);
    return what ? [{ path, what }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => findTimeProblems(item, [...path, i], key));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([name, item]) => findTimeProblems(item, [...path, name], name));
  }
  return [];
}
