/** A code's meaning in a table (a module of its own: the full layer, ./docs.ts, reads it without the runtime tables). */
import type { CodeTable } from './types.js';

/**
 * Meaning of `code` in table `t` (listed, or by an open family), or undefined when it is not listed. On the
 * runtime tables only the repeat-unit part tables have meanings; `codeMeaning` (./docs.ts) reads the full ones.
 */
export function meaningIn(t: CodeTable | undefined, code: string): string | undefined {
  if (!t) return undefined;
  const m = t.codes[code];
  if (m !== undefined) return m;
  for (const o of t.open ?? []) if (new RegExp(o.pattern).test(code)) return o.meaning;
  return undefined;
}
