import { dirname } from 'node:path';
import { isMap } from 'yaml';
import { ConfigError, InputError, type ConfigMistake } from '../errors.js';
import { createLocator } from '../runbook/locator.js';
import { parseYamlFile } from '../runbook/yaml-file.js';
import { runValidator } from '../runbook/validate.js';
import type { RunbookConfig } from './types.generated.js';
import validateConfig from './validator.generated.js';

import { readConfigRaw, type LoadedConfig } from './read.js';

// Every mistake is reported as `file:line:col: what is wrong`, never as a stack trace.
export function loadConfig(cwd: string, explicit?: string): LoadedConfig {
  const { path, raw } = readConfigRaw(cwd, explicit);
  if (!path) return { path, dir: cwd, raw, config: {} };
  const configPath = path;
  const { doc, index } = parseYamlFile(path, raw);
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new ConfigError(`${path}:1:1: the config must be a mapping of settings (\`rules:\`, \`runbooksDir:\`)`);
  }
  const data: unknown = doc.toJS() ?? {};
  const errors = runValidator(validateConfig, data);
  if (errors.length > 0) {
    const locate = createLocator(doc, raw, 0, index, index.toSpan(0, 0));
    const mistakes = errors.map((error): ConfigMistake => {
      const instance = error.instancePath
        .split('/')
        .slice(1)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
      const extra = error.params.additionalProperty ?? error.params.propertyName;
      const target = extra === undefined ? instance : [...instance, String(extra)];
      const at = (extra === undefined ? locate.value(target) : locate.key(target)) ?? locate.nearest(target);
      const place = `${configPath}:${at.start.line}:${at.start.column}`;
      if (error.keyword === 'propertyNames') return { at: place, unknownRule: String(extra) };
      const what =
        error.keyword === 'additionalProperties'
          ? `unknown setting \`${String(extra)}\``
          : error.keyword === 'enum'
            ? `\`${target.join('.')}\` must be one of ${(error.params.allowedValues as string[]).map((v) => `\`${v}\``).join(', ')}`
            : `\`${target.join('.') || 'config'}\` ${error.message ?? 'is invalid'}`;
      return { at: place, what };
    });
    // Only the first few: a config in the wrong format would otherwise flood the terminal.
    const distinct = new Map(mistakes.map((mistake) => [JSON.stringify(mistake), mistake]));
    throw new InputError({ kind: 'config-invalid', mistakes: [...distinct.values()].slice(0, 5) });
  }
  const config = data as RunbookConfig;
  // The schema cannot say a string is a valid regular expression; a bad one is caught here, where it can be located.
  for (const [i, pattern] of (config.redact?.patterns ?? []).entries()) {
    try {
      new RegExp(pattern.regex, 'gd');
    } catch (error) {
      const at = createLocator(doc, raw, 0, index, index.toSpan(0, 0)).value(['redact', 'patterns', i, 'regex']);
      const where = at ? `${at.start.line}:${at.start.column}` : '1:1';
      throw new ConfigError(`${configPath}:${where}: \`redact.patterns[${i}].regex\` is not a valid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`);
    }
  }
  return { path, dir: dirname(path), raw, config };
}
