import { InputError } from '../errors.js';

/** `--var name=value` flags as a record; a flag without `=` is a usage error naming it. */
export function parseVarFlags(flags: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const flag of flags) {
    const equals = flag.indexOf('=');
    if (equals <= 0) throw new InputError({ kind: 'variable-not-assigned', given: flag });
    values[flag.slice(0, equals)] = flag.slice(equals + 1);
  }
  return values;
}
