import { ALL_PRESETS, defineFieldRule } from '../define.js';
import { codesOf, lookup } from './codes.js';

export const codeOpenFamily = defineFieldRule({
  id: 'code/open-family',
  severity: 'info',
  presets: ALL_PRESETS,
  scope: 'field',
  history: false,
  applies: (f) => f.table !== undefined && f.table.open.length > 0 && f.pos > 1,
  check(v, ctx) {
    const found = codesOf(v);
    if (found === undefined) return;
    if (typeof found === 'string' && lookup(v.spec.table!, found) !== 'open') return; // the common case: one listed code, nothing allocated
    const codes = typeof found === 'string' ? [found] : found;
    const t = v.spec.table!;
    for (const c of codes) {
      if (lookup(t, c) !== 'open') continue;
      const o = t.open.find((x) => x.re.test(c))!;
      ctx.report(codeOpenFamily, {
        rec: v.rec,
        field: v.spec.field,
        at: v.start,
        length: v.length,
        expected: `code of ${t.name}`,
        found: `"${c}" (${o.meaning})`,
        params: { table: t.name, value: c, meaning: o.meaning },
      });
      return;
    }
  },
});
