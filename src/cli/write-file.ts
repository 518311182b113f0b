import { linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

// A report is written under a temporary name and renamed, so a reader never sees half of it.
export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

// A new file appears whole or not at all, and never replaces one that exists, even one created meanwhile:
// the link fails with EEXIST where a rename would overwrite.
export function writeNewFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    linkSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}
