// Reconstructed for 訪問看護 from the 支払基金「電子レセプトの作成手引き（訪問看護）」令和６年６月版 別紙１ p.65
// (shared/spec/nursing-R06/tebiki-nursing-R0606.txt): the figure shows ③ 返戻理由レコード as `HR,202505,1,Ｌ3129・・・` and,
// in the 履歴管理ブロック, `8,8,0,HR,202407,・・・`. Reading: shared/spec/kinds-nursing-rousai-dental-returns.md §1.9.
// The layout differs from the 医科 HR (src/spec/returns/records/HR.ts, return-files.md §2.3), whose field 4 is 診療識別:
// here the 返戻事由コード (L + 4 digits) follows 返戻区分 directly. 訪問看護 has no 診療識別 (KA has none), which fits.
// Fields 2–4 [M] (positions and values from the example). Fields 5–13 [INF]: elided in the example; assumed to be the
// 医科 HR fields after 返戻事由コード, with the 医科 widths and modes (return-files.md §2.3, MD13), so a later correction
// is a one-line edit per field.
import { defineRecord } from '../../types.js';

export const HR = /* @__PURE__ */ defineRecord({
  id: 'HR',
  name: '返戻理由レコード',
  family: 'return',
  source: '電子レセプトの作成手引き（訪問看護）R06.6 別紙１ p.65（ファイルイメージ ③・④）; kinds-nursing-rousai-dental-returns.md §1.9; 医科 HR (return-files.md §2.3) for fields 5–13',
  confidence: 'L',
  note: '返戻理由データ: 請求データの直後に記録する。履歴管理ブロック内にも履歴管理情報（データ識別 8,行番号,枝番号）を前置して現れる（別紙１の例 8,8,0,HR,…）。再請求ファイルでは前置なしの HR を削除し（別紙１ ３(1)ウ）、履歴管理ブロックは修正しない。訪問看護のオンライン返戻は一次請求返戻のみ（保険者からの再審査による返戻は紙で再請求する、別紙１ 図の注）。別紙１の例では前置なしの HR の処理年月が 202505、履歴内の HR が 202407 と食い違っており、例の値は説明用とみなす。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“HR”を記録する。' },
    // [M] position and YYYYMM form from the 別紙１ example (`HR,202505,…`); width 6 as 西暦 年月.
    { key: 'processingMonth', name: '処理年月', mode: '数字', maxBytes: 6, format: '固定', kind: 'ym', required: 'required', confidence: 'M', note: '別紙１の例では“202505”（西暦年月６桁）。医科 HR では審査支払機関で返戻処理を行った年月。' },
    // [M] position and value from the 別紙１ example (`HR,202505,1,…`).
    { key: 'returnCategory', name: '返戻区分', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'ret:henrei-kubun', required: 'required', confidence: 'M', note: '別紙１の例では“1”。返戻区分コード（医科 返戻 別表5 と同じ一覧とみなす）。訪問看護のオンライン返戻は一次請求返戻のみのため、1～3 に限られるとみられる [INF]。' },
    // [M] position from the 別紙１ example (`HR,202505,1,Ｌ3129…`): no 診療識別 before it, unlike 医科 — a later correction is a one-line edit here.
    { key: 'reasonCode', name: '返戻事由コード', mode: '英数', maxBytes: 5, format: '可変', kind: 'code', required: 'required', confidence: 'M', note: '別紙１の例では“Ｌ3129”（Ｌ＋４桁、図では Ｌ が全角で印字されているが、英数モードの半角“L”とみなす [INF]）。審査支払機関が定める返戻事由コード。一覧は未入手のため表による検査はしない。幅５・英数は医科 HR から [INF]。' },
    // [INF] elided in the example; 医科 HR 返戻理由 — a later correction is a one-line edit here.
    { key: 'reasonText', name: '返戻理由', mode: '漢字', maxBytes: 1000, format: '可変', kind: 'text', required: 'required', confidence: 'INF', note: '返戻理由の文字列（医科 HR と同じとみなす [INF]）。' },
    // [INF] elided in the example; 医科 HR 補足事項 — a later correction is a one-line edit here.
    { key: 'supplement', name: '補足事項', mode: '漢字', maxBytes: 1000, format: '可変', kind: 'text', required: 'conditional', confidence: 'INF', note: '返戻理由補足情報。ない場合は記録を省略する（医科 HR と同じとみなす [INF]）。' },
    // [INF] elided in the example; 医科 HR 補正情報 (omitted in 医科 一次請求返戻) — a later correction is a one-line edit here.
    { key: 'correctionInfo', name: '補正情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', required: 'omit', confidence: 'INF', note: '医科の一次請求返戻（HEN）では記録を省略する項目。訪問看護は一次請求返戻のみのため、省略とみなす [INF]。項目自体がない可能性もある。' },
    // [INF] elided in the example; 医科 HR 増減点連絡書年月 (omitted in 医科 一次請求返戻) — a later correction is a one-line edit here.
    { key: 'noticeMonth', name: '増減点連絡書年月', mode: '数字', maxBytes: 6, format: '可変', kind: 'ym', required: 'omit', confidence: 'INF', note: '医科の一次請求返戻（HEN）では記録を省略する項目。省略とみなす [INF]。項目自体がない可能性もある。' },
    // [INF] elided in the example; 医科 HR 検索番号 — a later correction is a one-line edit here.
    { key: 'searchNumber', name: '検索番号', mode: '数字', maxBytes: 30, format: '可変', kind: 'digits', required: 'required', mask: { searchNumber: true }, confidence: 'INF', note: '請求データのレセプト共通レコードの検索番号と同じ検索番号（１７～３０桁）とみなす [INF]。' },
    // [INF] elided in the example; 医科 HR 複数レセプト検索番号 — a later correction is a one-line edit here.
    { key: 'relatedSearchNumber', name: '複数レセプト検索番号', mode: '数字', maxBytes: 30, format: '可変', kind: 'digits', required: 'conditional', mask: { searchNumber: true }, confidence: 'INF', note: '同一理由により複数レセプトを同時返戻する場合の相手レセプトの検索番号。単一レセプトのみ返戻の場合は省略（医科 HR と同じとみなす [INF]）。' },
    // [INF] elided in the example; 医科 HR 予備 — a later correction is a one-line edit here.
    { key: 'reserved1', name: '予備', mode: '英数', maxBytes: 5, format: '可変', required: 'omit', confidence: 'INF', note: '記録を省略する（医科 HR と同じとみなす [INF]）。' },
    // [INF] elided in the example; 医科 HR 予備 — a later correction is a one-line edit here.
    { key: 'reserved2', name: '予備', mode: '英数又は漢字', maxBytes: 10, format: '可変', required: 'omit', confidence: 'INF', note: '記録を省略する（医科 HR と同じとみなす [INF]）。' },
    // [INF] elided in the example; 医科 HR 予備 — a later correction is a one-line edit here.
    { key: 'reserved3', name: '予備', mode: '英数又は漢字', maxBytes: 30, format: '可変', required: 'omit', confidence: 'INF', note: '記録を省略する（医科 HR と同じとみなす [INF]）。' },
  ],
});
