import type { Formatter } from './formatter.js';

// ESLint's `--format json`, byte for byte in shape, so tools that read ESLint reports read ours: every file (clean
// ones too), absolute paths, and no trailing newline.
const json: Formatter = (results) => JSON.stringify(results);

export default json;
