// A lint worker thread (`src/lint/engine.ts` starts them): the linter, loaded with its code cache, serving batches.
import { fileURLToPath } from 'node:url';
import { loadScriptBundle } from './cached-script.js';

const linter = loadScriptBundle(fileURLToPath(new URL('./linter.js', import.meta.url))) as { serveLintWorker: () => void };
linter.serveLintWorker();
