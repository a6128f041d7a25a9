// Reconstructed from shared/spec/return-files.md §2.8 (EX 審査運用レコード). Source: MD13/MDH text [M];
// the order of the four 振替先公費負担者番号 fields (3–6) is [L].
import { defineRecord } from '../../types.js';

export const EX = /* @__PURE__ */ defineRecord({
  id: 'EX',
  name: '審査運用レコード',
  family: 'history',
  source: 'return-files.md §2.8 (MD13 rezept.hrl; MDH rezept_common_records.hrl)',
  confidence: 'M',
  note: '履歴管理ブロック内にのみ、履歴管理情報を前置して現れる（この表は前置を除いた形）。審査支払機関による運用で付加する情報。MD13: 「審査運用(EX)レコードは複数レコードに記録し、審査支払機関使用欄のみの記録とする場合がある。なお、審査支払機関使用欄のみに記録された場合、枝番号の1の位に「1」を記録する。」',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“EX”を記録する。' },
    { key: 'transferInsurerNumber', name: '振替先保険者番号', mode: '英数', maxBytes: 8, format: '可変', kind: 'text', required: 'conditional', note: '保険者番号に振替があった場合に記録する。' },
    // [L] fields 3–6 kept in the order meddatum transcribed them (第四 before 第一〜第三) — a later correction is a one-line edit here.
    { key: 'transferPublicPayer4', name: '振替先第四公費負担者番号', mode: '数字', maxBytes: 8, format: '可変', kind: 'digits', required: 'conditional', confidence: 'L', note: 'MD13 の転記順のまま（第四が第一〜第三の前）。予備欄の流用か PDF 抽出の誤りの可能性があり、公式 PDF で要確認 [L]。' },
    // [L] see field 3 — a later correction is a one-line edit here.
    { key: 'transferPublicPayer1', name: '振替先第一公費負担者番号', mode: '数字', maxBytes: 8, format: '可変', kind: 'digits', required: 'conditional', confidence: 'L', note: '位置は MD13 の転記順のまま。公式 PDF で要確認 [L]。' },
    // [L] see field 3 — a later correction is a one-line edit here.
    { key: 'transferPublicPayer2', name: '振替先第二公費負担者番号', mode: '数字', maxBytes: 8, format: '可変', kind: 'digits', required: 'conditional', confidence: 'L', note: '位置は MD13 の転記順のまま。公式 PDF で要確認 [L]。' },
    // [L] see field 3 — a later correction is a one-line edit here.
    { key: 'transferPublicPayer3', name: '振替先第三公費負担者番号', mode: '数字', maxBytes: 8, format: '可変', kind: 'digits', required: 'conditional', confidence: 'L', note: '位置は MD13 の転記順のまま。公式 PDF で要確認 [L]。' },
    { key: 'highCostAmount', name: '高額療養費金額', mode: '数字', maxBytes: 10, format: '可変', kind: 'integer', required: 'conditional', note: '平成19年3月診療分以前の高額療養費支給対象レセプトの場合に記録する。' },
    { key: 'singleClaimFlag', name: '単独請求分レセプト区分', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', required: 'conditional', note: '併用レセプトが医療保険のみとなった（公費がすべて 0 点）場合に“1”を記録する。' },
    { key: 'medicalCostNoticeFlag', name: '医療費通知対象レセプト区分', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', required: 'conditional', note: '“1”を記録する。' },
    { key: 'specialReviewCommittee', name: '特別審査委員会', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', required: 'conditional', note: '“1”を記録する。' },
    // [INF] 西暦 width 6 (YYYYMM) inferred from the 和暦-era width 5 (GYYMM) — a later correction is a one-line edit here.
    { key: 'specialReviewMonth', name: '特別審査委員会処理年月', mode: '数字', maxBytes: 6, format: '可変', kind: 'ym', required: 'conditional', confidence: 'INF', note: 'GYYMM。和暦-era width 5; 西暦 width 6 inferred.' },
    { key: 'attachmentFlag', name: '添付文書情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', required: 'conditional', note: '“1” = 紙で添付文書を提出。' },
    { key: 'payerUse', name: '審査支払機関使用欄', mode: '英数又は漢字', maxBytes: 1000, format: '可変', kind: 'text', required: 'optional' },
  ],
});
