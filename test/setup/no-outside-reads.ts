/**
 * Guard: no test reads a file outside the repository. A user's clone has nothing beside it (no
 * steering folder), so a test that opens such a path would pass here and fail for everyone else.
 *
 * Installed for every test file (vitest `setupFiles`): the `fs` functions that open or list paths
 * are wrapped, and a path outside the repository — other than the system temp directory, where tests
 * write their outputs, and `/dev` — fails the test file (the error is thrown where the path is opened,
 * and reported again after the file's tests, in case the code under test caught it).
 */
import * as fs from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function real(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return resolve(p);
  }
}

const ALLOWED = [real(ROOT), real(tmpdir()), '/dev', '/proc/self'];

/** Paths seen outside the allowed roots (reported after the file's tests). */
export const outsideReads: string[] = [];

function toPath(p: unknown): string | undefined {
  if (typeof p === 'string') return p;
  if (p instanceof URL) return p.protocol === 'file:' ? fileURLToPath(p) : undefined;
  if (p instanceof Uint8Array) return Buffer.from(p).toString();
  return undefined; // a file descriptor
}

/** Throws for a path outside the repository and the temp directory. Exported for the guard's own test. */
export function checkPath(p: unknown): void {
  const s = toPath(p);
  if (s === undefined) return;
  const abs = resolve(s);
  // Resolve links through the nearest existing ancestor (the path itself may not exist yet).
  let probe = abs;
  let rest = '';
  while (!fs.existsSync(probe) && dirname(probe) !== probe) {
    rest = join(probe.slice(dirname(probe).length + 1), rest);
    probe = dirname(probe);
  }
  const full = rest ? join(real(probe), rest) : real(probe);
  if (ALLOWED.some((a) => full === a || full.startsWith(a.endsWith(sep) ? a : a + sep))) return;
  outsideReads.push(full);
  const e = new Error(`test opened a path outside the repository: ${full} (copy what the test needs into fixtures/, with its licence)`) as NodeJS.ErrnoException;
  e.code = 'E_OUTSIDE_REPOSITORY';
  throw e;
}

const require = createRequire(import.meta.url);
const cjs = require('node:fs') as typeof fs & Record<string, unknown>;
const promises = cjs.promises as unknown as Record<string, unknown>;

type AnyFn = (...args: unknown[]) => unknown;
function wrap(target: Record<string, unknown>, name: string, async = false): void {
  const orig = target[name] as AnyFn | undefined;
  if (typeof orig !== 'function' || (orig as { __guarded?: boolean }).__guarded) return;
  const guarded = function (this: unknown, ...args: unknown[]) {
    if (!async) checkPath(args[0]);
    else {
      try {
        checkPath(args[0]);
      } catch (e) {
        return Promise.reject(e);
      }
    }
    return orig.apply(this, args);
  } as AnyFn & { __guarded?: boolean };
  guarded.__guarded = true;
  target[name] = guarded;
}

for (const n of ['readFileSync', 'readFile', 'openSync', 'open', 'createReadStream', 'readdirSync', 'readdir', 'opendirSync', 'opendir', 'copyFileSync', 'copyFile']) wrap(cjs, n);
for (const n of ['readFile', 'open', 'readdir', 'opendir', 'copyFile']) wrap(promises, n, true);
syncBuiltinESMExports();

afterAll(() => {
  if (outsideReads.length > 0) throw new Error(`tests opened paths outside the repository: ${[...new Set(outsideReads)].join(', ')}`);
});
