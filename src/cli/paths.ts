import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';

/** True when two paths name the same existing file (the CLI never overwrites an input). */
export function sameFile(cwd: string, a: string, b: string): boolean {
  const ra = resolve(cwd, a);
  const rb = resolve(cwd, b);
  if (ra === rb) return true;
  try {
    return realpathSync(ra) === realpathSync(rb);
  } catch {
    return false;
  }
}
