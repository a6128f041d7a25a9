// DPC 返戻理由レコード (HR), 14 fields — the DPC variant of the return-file HR.
// Source: shared/spec/kinds-chozai-dpc.md §3.8 and shared/spec/return-files.md §2.3 / §6 (DPC variant [M/L]).
// Confidence of the table: M (one transcription of the DPC edition; no official DPC return-file text was readable).
// Sources used:
// - MDH187: kuenishi/meddatum @ 187fe8b53fed4d4aef083ef56f6e6af8ff9a3a96 : include/rezept_med.hrl COLUMNS_HR — the HR of the
//   DPC return spec (返戻区分 別表7, 診療識別コード(DPC) 別表8, 再審査等返戻事由コード 別表9, 補正情報コード 別表10,
//   返戻対象明細コード 別表11), same positions as the 医科 HR.
// - The 医科 return HR table src/spec/returns/records/HR.ts (MD13 and the production readers it cites) for fields 1–11, 13–14.
import { defineRecord } from '../../types.js';

export const HR = /* @__PURE__ */ defineRecord({
  id: 'HR',
  name: '返戻理由レコード',
  family: 'return',
  source: 'kinds-chozai-dpc.md §3.8; return-files.md §2.3, §6 (MDH187 rezept_med.hrl COLUMNS_HR, DPC table numbers)',
  confidence: 'M',
  note: '返戻理由データ（ＤＰＣ）。請求データの直後に前置なしで１件以上記録し、履歴管理ブロック内にも「履歴返戻理由データ」として履歴管理情報（データ識別,行番号,枝番号）を前置して現れる（医科と同じ仕組み [INF]）。医科の HR と同じ並び・桁で、第12項目が予備でなく「返戻対象明細」（総括レセプトの場合に返戻理由のある明細を特定する）[M]。返戻側の別表番号はＤＰＣ版のもの（返戻区分 別表7、診療識別 別表8、返戻事由 別表9、補正情報 別表10、返戻対象明細 別表11）で、コード値は医科版の表と同じと推定 [INF]。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“HR”を記録する。' },
    // [INF] 西暦 width 6 (YYYYMM) from the H-era width 5 (GYYMM) — a later correction is a one-line edit here.
    { key: 'processingMonth', name: '処理年月', mode: '数字', maxBytes: 6, format: '固定', kind: 'ym', required: 'required', confidence: 'INF', note: '審査支払機関で返戻処理を行った年月を記録する。平成版は GYYMM の５桁、西暦６桁は推定 [INF]。' },
    // [INF] DPC 別表7 返戻区分 has the 医科 別表5 values — a later correction is a one-line edit here.
    { key: 'returnCategory', name: '返戻区分', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'ret:henrei-kubun', required: 'required', confidence: 'M', note: '返戻区分コード（ＤＰＣ版 別表7）を記録する。値は医科版（別表5、1〜3 一次請求返戻、4〜9 再審査等返戻）と同じと推定 [INF]。' },
    // [INF] 診療識別コード(DPC)(返戻 別表8) = the claim DPC 別表19 list incl. 93 — a later correction is a one-line edit here.
    { key: 'practiceCategory', name: '診療識別', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'dpc:19', required: 'conditional', confidence: 'INF', note: '診療識別コード（ＤＰＣ）（返戻 別表8）を記録する。診療識別が特定できない場合は記録を省略する。一覧が請求の別表19（93 診断群分類を含む）と同じであることは推定 [INF]。' },
    // [INF] HEN codes are 審査支払機関が定める (not tabled); SAH codes = 医科 再審査等返戻事由 — a later correction is a one-line edit here.
    { key: 'reasonCode', name: '返戻事由コード', mode: '英数', maxBytes: 5, format: '可変', kind: 'code', table: 'ret:saishinsa-henrei-jiyu', required: 'required', confidence: 'M', note: 'MDH187（ＤＰＣ版）：再審査等返戻事由コード（別表9）を記録する。一次請求返戻（返戻区分 1〜3）のコードは審査支払機関が定めるもので一覧未入手（医科版と同じ扱い）— 表による検査は返戻区分 4〜9 に限ること。' },
    { key: 'reasonText', name: '返戻理由', mode: '漢字', maxBytes: 1000, format: '可変', kind: 'text', required: 'required', confidence: 'H', note: '返戻理由文字列を記録する。' },
    { key: 'supplement', name: '補足事項', mode: '漢字', maxBytes: 1000, format: '可変', kind: 'text', required: 'conditional', confidence: 'H', note: '返戻理由補足情報を記録する。返戻理由補足情報がない場合は記録を省略する。' },
    // [INF] HEN omits / SAH uses, as for 医科 — a later correction is a one-line edit here.
    { key: 'correctionInfo', name: '補正情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'ret:hosei', required: 'conditional', confidence: 'M', note: '請求データに補正等がある場合、補正情報コード（ＤＰＣ版 別表10、値は医科 別表18 と同じと推定）を記録する。その他の場合は、記録を省略する。一次請求返戻（HEN）では省略と推定 [INF]。' },
    // [INF] 西暦 width 6 (YYYYMM) from the H-era width 5 — a later correction is a one-line edit here.
    { key: 'noticeMonth', name: '増減点連絡書年月', mode: '数字', maxBytes: 6, format: '可変', kind: 'ym', required: 'conditional', confidence: 'INF', note: '補正情報コードが 1 及び 2 の場合、増減点連絡書の診療年月を記録する。その他の場合は、記録を省略する。西暦６桁は推定 [INF]。' },
    { key: 'searchNumber', name: '検索番号', mode: '数字', maxBytes: 30, format: '可変', kind: 'digits', required: 'required', mask: { searchNumber: true }, confidence: 'H', note: '請求データのレセプト共通レコードの検索番号と同じ検索番号を記録する（１７～３０桁）。' },
    { key: 'relatedSearchNumber', name: '複数レセプト検索番号', mode: '数字', maxBytes: 30, format: '可変', kind: 'digits', required: 'conditional', mask: { searchNumber: true }, confidence: 'H', note: '同一理由により複数レセプトを同時返戻する場合、相手レセプトの検索番号を記録する。単一レセプトのみ返戻の場合は、記録を省略する。' },
    // [M] field and table number from MDH187 alone; the codes of 返戻対象明細コード (返戻 別表11) are unknown — a later correction is a one-line edit here.
    { key: 'returnTargetDetail', name: '返戻対象明細', mode: '英数', maxBytes: 5, format: '可変', kind: 'code', required: 'conditional', confidence: 'M', note: '総括レセプトの場合、返戻理由のあるレセプト（明細）を特定する返戻対象明細コード（返戻 別表11）を記録する [M]。その他の場合は省略と推定 [INF]。別表11 のコード値は未入手のため表を付けない。医科版ではこの位置は予備。' },
    { key: 'reserved2', name: '予備', mode: '英数又は漢字', maxBytes: 10, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する。（key は医科 HR の同位置の予備に合わせた。）' },
    { key: 'reserved3', name: '予備', mode: '英数又は漢字', maxBytes: 30, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する。' },
  ],
});
