// `npm run bench`: runs every *.bench.js here in turn; each prints its tables and PASS/FAIL lines.
import { readdirSync } from 'node:fs';

let failed = 0;
for (const name of readdirSync(new URL('.', import.meta.url)).filter((file) => file.endsWith('.bench.js')).sort()) {
  console.log(`\n=== ${name}`);
  const module = await import(new URL(name, import.meta.url).href);
  if (!(await module.run())) failed++;
}
console.log(failed ? `\n${failed} benchmark file(s) missed a target` : '\nall benchmark targets met');
process.exitCode = failed ? 1 : 0;
