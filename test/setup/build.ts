import { execFileSync } from 'node:child_process';

// End-to-end tests run the real CLI from dist/, so it is rebuilt from the sources under test first.
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.js'], { stdio: 'inherit' });
}
