import { boundsOf, defOf } from '../../engine/read.js';
import { isLow } from '../../engine/compile.js';
import { ALL_PRESETS, defineRule } from '../define.js';


export const fieldCount = defineRule({
  id: 'field/count',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'record',
  records: '*',
  description: 'A record has exactly the number of fields its table defines; omitted fields keep their commas.',
  descriptionJa: 'レコードの項目数が記録条件仕様の項目数と一致する（省略した項目もコンマは記録する）。',
  why: 'History lines (as written by the payer) and records whose layout is known only from weak sources (ON, [L]) are reported as warnings; so is a record whose layout in the file’s edition is not modelled (a 和暦 file: 医科 平成28年4月版以前, whose RE had 36 fields, and GR in 平成30年4月版), as every finding on such a record is.',
  whyJa:
    '履歴行（保険者が記録したもの）と、レイアウトが弱い情報源からしか分からないレコード（ON、[L]）は警告とする。ファイルの版でのレイアウトをモデル化していないレコード（和暦のファイル：RE が 36 項目だった医科 平成28年4月版以前、及び平成30年4月版の GR）も、そのようなレコードの指摘すべてと同じく警告とする。',
  reference: '第1章3(3)ウ(イ)(ウ); ORCA 25420',
  record(rec, _info, ctx) {
    const def = defOf(rec)!;
    const { a: bounds, o, n: nb } = boundsOf(rec);
    const n = nb - 1 - (rec.prefixed ? 3 : 0);
    const want = def.fields.length;
    if (n === want) return;
    const k0 = rec.prefixed ? 3 : 0;
    const at = n > want ? bounds[o + k0 + want]! : rec.table.end[rec.index]!;
    const length = n > want ? rec.table.end[rec.index]! - at : 0;
    ctx.report(fieldCount, {
      rec,
      at,
      length,
      expected: `${want} fields`,
      found: `${n} fields`,
      params: { want, count: n, diff: n - want },
      severity: rec.prefixed || isLow(def.confidence) ? 'warning' : undefined,
    });
  },
});
