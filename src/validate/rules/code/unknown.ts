import { ALL_PRESETS, confidenceSeverity, defineFieldRule } from '../define.js';
import { firstUnlisted, lookup, unlistedFinding } from './codes.js';
import type { FieldValue } from '../../engine/value.js';
import type { RuleContext } from '../../types.js';

export const codeUnknown = defineFieldRule({
  id: 'code/unknown',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'field',
  history: false,
  description:
    'A field that references a 別表 holds codes listed in it (審査支払機関, 都道府県, 点数表, レセプト種別, 男女区分, 病棟区分, 特記事項, 診療識別, 負担区分, 転帰区分, 負担者種別, 確認区分, 受診等区分, 窓口負担額区分, 返戻区分, データ識別 …).',
  descriptionJa: '別表を参照する項目には、その別表のコードを記録する。',
  why:
    'Warning for fields and tables of the reconstructed return-file spec marked [L]/[INF] (e.g. HR 診療識別), and for the parts of 歯科 歯式コード (歯種・状態・部分 looked up in the R06 別表15–17, which R08 replaced by a 歯式マスター not public here [L]). HR 返戻事由コード is looked up in 別表17 only when 返戻区分 is 4–9: the 一次請求返戻 codes come from a payer table nobody has.',
  whyJa:
    '再構成した返戻ファイルの仕様で [L]/[INF] とした項目・表（例：HR 診療識別）と、歯科 歯式コードの各部分（歯種・状態・部分。R06 の別表15–17 で照合するが、R08 はこれをここでは入手できない歯式マスターに置き換えた [L]）では警告とする。HR 返戻事由コードは返戻区分が 4–9 の場合に限り別表17 で照合する：一次請求返戻のコードは誰も持っていない保険者側の表による。',
  reference: '別表1〜31; return-files.md §3',
  applies: (f) => (f.table !== undefined || f.unitParts !== undefined) && f.pos > 1,
  check(v, ctx) {
    if (v.spec.unitParts) return checkParts(v, ctx);
    const c = firstUnlisted(v);
    if (c === undefined) return;
    ctx.report(codeUnknown, { rec: v.rec, field: v.spec.field, at: v.start, length: v.length, ...unlistedFinding(v, c, ctx.showPersonalData), severity: confidenceSeverity(v) });
  },
});

/** 歯式コード and other structured units: each part of each unit in its own table (the first unknown part is reported). */
function checkParts(v: FieldValue, ctx: RuleContext): void {
  if (v.length === 0 || !v.isAscii()) return;
  const t = v.text();
  const unit = v.spec.repeat!.unit;
  for (let at = 0; at + unit <= t.length; at += unit) {
    for (const p of v.spec.unitParts!) {
      if (!p.table) continue;
      const c = t.slice(at + p.offset, at + p.offset + p.width);
      if (lookup(p.table, c) !== 'unknown') continue;
      ctx.report(codeUnknown, {
        rec: v.rec,
        field: v.spec.field,
        at: v.start + at + p.offset,
        length: p.width,
        expected: `${p.name} of ${p.table.name}`,
        found: `"${c}" in unit ${at / unit + 1} (not listed)`,
        params: { table: p.table.name, value: c, part: p.name, unit: at / unit + 1 },
        severity: p.lowConfidence || v.spec.lowConfidence ? 'warning' : undefined,
      });
      return;
    }
  }
}
