import { codeMeaning } from '../../../spec/registry.js';
import { boundsOf, recBuffer } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';

export const dataKind = defineRule<{ seen: Set<string>; receipt: number }>({
  id: 'history/data-kind',
  severity: 'info',
  presets: ALL_PRESETS,
  scope: 'record',
  records: '*',
  description: 'A history line’s データ識別 is listed in the データ識別コード table (reported once per receipt and value).',
  descriptionJa: '履歴行のデータ識別がデータ識別コードの表にある（レセプトごと・値ごとに１回報告）。',
  why: 'The table is reconstructed ([M]/[L]) and readers must treat any numeric データ識別 as a history line, so an unlisted value is only information.',
  whyJa:
    '表は再構成したもの（[M]/[L]）であり、読み手は数字のデータ識別はどれも履歴行として扱う必要があるため、一覧にない値は情報にとどめる。',
  reference: 'return-files.md §2.5, §3.2',
  init: () => ({ seen: new Set<string>(), receipt: -1 }),
  record(rec, info, ctx, s) {
    if (!rec.prefixed) return;
    const { a: bounds, o } = boundsOf(rec);
    const b = recBuffer(rec);
    const at = bounds[o]!;
    let v = '';
    for (let i = at; i < bounds[o + 1]! - 1; i++) v += String.fromCharCode(b[i]!);
    if (codeMeaning('ret:data-kind', v) !== undefined) return;
    const r = info?.ordinal ?? -1;
    if (r !== s.receipt) {
      s.receipt = r;
      s.seen.clear();
    }
    if (s.seen.has(v)) return;
    s.seen.add(v);
    ctx.report(dataKind, { rec, at, expected: 'データ識別コード', found: `"${v}"`, params: { value: v } });
  },
});
