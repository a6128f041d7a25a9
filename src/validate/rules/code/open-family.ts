import { ALL_PRESETS, defineFieldRule } from '../define.js';
import { codesOf, lookup } from './codes.js';

export const codeOpenFamily = defineFieldRule({
  id: 'code/open-family',
  severity: 'info',
  presets: ALL_PRESETS,
  scope: 'field',
  history: false,
  description: 'A code that the table admits as a family without listing it (国保 S2000番台, 200000番台 …) is accepted and reported for information.',
  descriptionJa: '別表に個別には載っていないが、コード体系として認められる範囲のコード（国保連の S2000 番台・200000 番台等）は受け付け、情報として報告する。',
  why: 'The codes of these families are “別に定める” by each payer and cannot be checked further.',
  whyJa: 'これらの系統のコードは各保険者が “別に定める” ものであり、これ以上は確認できない。',
  reference: 'return-files.md §3.4, §3.6–3.10; 別表17 注1',
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
