import { readFileSync, writeFileSync } from 'node:fs';

/**
 * A file the schema scripts generate: written, or with `--check` compared with the committed one. Returns
 * whether it is current (a written file always is).
 */
export function writeOrCheck(path: string, content: string, check: boolean): boolean {
  if (!check) {
    writeFileSync(path, content);
    console.log(`Wrote ${path}`);
    return true;
  }
  try {
    return readFileSync(path, 'utf8') === content;
  } catch {
    return false; // missing counts as stale
  }
}
