import { isLow } from '../../engine/compile.js';
import { CLAIM_PRESETS, defineRule } from '../define.js';

interface S {
  receipts: number;
  done: boolean;
}

export const noReceipts = defineRule<S>({
  id: 'structure/no-receipts',
  severity: 'error',
  presets: CLAIM_PRESETS,
  scope: 'file',
  description: 'A claim file holds at least one receipt (医科: レセプト「１ファイル単位内に１以上記録 必須」); a header followed directly by the trailer is an empty claim.',
  descriptionJa: '請求ファイルにはレセプトを１以上記録する（医科: レセプト「１ファイル単位内に１以上記録　必須」）。医療機関情報レコードの直後に診療報酬請求書レコードが続くファイルは請求内容がない。',
  why: 'Per kind from its structure table: 医科 and 訪問看護 state it (error); 歯科, 調剤 and DPC by analogy [INF] (warning).',
  whyJa: '種類ごとにその構成の表から判断する：医科と訪問看護は明記している（エラー）。歯科、調剤、DPC は類推 [INF]（警告）。',
  reference: '第1章3(3)ア(エ) (kiroku-ika-R0404.txt l.189); 訪問看護 R06 第1章3(3)ア',
  init: () => ({ receipts: 0, done: false }),
  receipt(_info, _ctx, s) {
    s.receipts++;
  },
  // Reported on the trailer, when every receipt has been seen (a file without one is structure/no-trailer's).
  // A record is reported while it is current: a streamed record's position is gone by the end.
  tail(rec, ctx, s) {
    const want = ctx.file.kindDef?.structure.receipts;
    if (s.done || rec.prefixed || rec.id !== ctx.file.kindDef?.structure.trailer) return;
    s.done = true;
    if (!want || ctx.file.isReturn || s.receipts >= want.min) return;
    ctx.report(noReceipts, { rec, at: rec.offset, expected: `at least ${want.min} receipt`, found: `${s.receipts} receipts`, params: { count: s.receipts, min: want.min }, severity: isLow(want.confidence) ? 'warning' : undefined });
  },
});
