import pkg from '../package.json' with { type: 'json' };

/** The tool's version, as published. */
export const VERSION: string = pkg.version;
