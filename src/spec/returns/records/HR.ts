// Reconstructed from shared/spec/return-files.md §2.3 (HR 返戻理由レコード). Field order [H] (MD13, MDH, ORCA ORCBM550,
// CS, ORV HR_IDX, HP, PYH); widths and 記録内容 from MD13 (医科) unless noted.
import { defineRecord } from '../../types.js';

export const HR = /* @__PURE__ */ defineRecord({
  id: 'HR',
  name: '返戻理由レコード',
  family: 'return',
  source: 'return-files.md §2.3 (MD13 rezept.hrl; MDH rezept_med.hrl; ORCA ORCBM550; CS; ORV HR_IDX; HP)',
  confidence: 'H',
  note: '返戻理由データ: 請求データの直後に前置なしで１件以上記録する（CS は HR→HR を許容）。HR は履歴管理ブロック内にも「履歴返戻理由データ」として現れ、その場合は履歴管理情報（データ識別,行番号,枝番号）の３項目が前置される（前置後の項目はこの表と同じ。MD13: 「第2章-4-(2)-ウの「返戻理由データ」の「返戻理由レコード」と同じ。」[H]）。再請求ファイルでは前置なしの HR を削除し、前置付きの HR は残す。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“HR”を記録する。' },
    // [M] width 6 (YYYYMM): HenParser reads 6 digits and R04 records every 年月 as YYYYMM — a later correction is a one-line edit here.
    { key: 'processingMonth', name: '処理年月', mode: '数字', maxBytes: 6, format: '固定', kind: 'ym', required: 'required', confidence: 'M', note: '「審査支払機関で返戻処理を行った年月を記録する。」 西暦 6 桁 YYYYMM: pinus/HenParser HenParser.py は（履歴の）HR の処理年月を 6 桁の年月として読み、OpenReceiptViewer（HR_IDX 処理年月）も数値の年月として読む。R04 第1章3(3)ウ(エ): 年月は“YYYYMM”6桁、年月日は“YYYYMMDD”8桁で全桁を記録する。和暦の旧版は 5 桁 GYYMM（MD13）で、読み手は両方を受け付ける。' },
    { key: 'returnCategory', name: '返戻区分', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'ret:henrei-kubun', required: 'required', note: '返戻区分コード（医科 別表5）。1〜3 は一次請求返戻（HEN）、4〜9 は再審査等返戻（SAH）[INF]。ORCA は 1〜9 を検査する。' },
    // [INF] that the return spec's 診療識別コード(医科)(別表6) is the 一次請求 list (R04 別表20) — a later correction is a one-line edit here.
    { key: 'practiceCategory', name: '診療識別', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'ika:20', required: 'conditional', confidence: 'INF', note: '「1 診療識別コード(医科)(別表6)を記録する。 2 診療識別が特定できない場合は記録を省略する。」 返戻側の別表6 が一次請求の診療識別コード（R04 別表20）と同じ一覧であることは推定 [INF]。DPC 版は 診療識別コード(DPC)。' },
    { key: 'reasonCode', name: '返戻事由コード', mode: '英数', maxBytes: 5, format: '可変', kind: 'code', table: 'ret:saishinsa-henrei-jiyu', required: 'required', note: '一次請求返戻（HEN, 返戻区分 1〜3）: 「審査支払機関が定める返戻事由コードを記録する。」 — 一覧は未入手（PYH は「L+4桁」とするが未確認 [L]）ので、表 ret:saishinsa-henrei-jiyu による検査は再審査等返戻（返戻区分 4〜9）に限ること。再審査等返戻（SAH）: 再審査等返戻事由コード（医科 別表17、S1011…; 国保 S2000番台）。' },
    { key: 'reasonText', name: '返戻理由', mode: '漢字', maxBytes: 1000, format: '可変', kind: 'text', required: 'required', note: '返戻理由の文字列。' },
    { key: 'supplement', name: '補足事項', mode: '漢字', maxBytes: 1000, format: '可変', kind: 'text', required: 'conditional', note: '「1 返戻理由補足情報を記録する。 2 返戻理由補足情報がない場合は記録を省略する。」' },
    // [INF] HEN omits / SAH uses this field (MD13 vs MDH) — a later correction is a one-line edit here.
    { key: 'correctionInfo', name: '補正情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'ret:hosei', required: 'conditional', confidence: 'INF', note: 'MD13 (HEN): 「記録を省略する。」 MDH (SAH/DPC): 「1 請求データに補正等がある場合、補正情報コード(別表10)を記録する。 2 その他の場合は、記録を省略する。」（医科 別表18）。HEN では省略・SAH では記録という読み分けは MD13 と MDH の比較からの推定 [M/INF]。' },
    // [INF] 西暦 width 6 (YYYYMM) inferred from the 和暦-era width 5 (GYYMM); SAH-only use as above — a later correction is a one-line edit here.
    { key: 'noticeMonth', name: '増減点連絡書年月', mode: '数字', maxBytes: 6, format: '可変', kind: 'ym', required: 'conditional', confidence: 'INF', note: 'MD13 (HEN): 「記録を省略する。」 MDH: 「補正情報コードが 1 及び 2 の場合、増減点連絡書の診療年月を GYYMM の形式で記録する。 その他の場合は、記録を省略する。」 和暦-era width 5; 西暦 width 6 inferred.' },
    { key: 'searchNumber', name: '検索番号', mode: '数字', maxBytes: 30, format: '可変', kind: 'digits', required: 'required', mask: { searchNumber: true }, note: '「請求データのレセプト共通レコードの検索番号と同じ検索番号を記録する。(17~30桁で構成する。)」 文字列として扱う（17〜30桁は数値型で精度を失う）。ORCA はこの値を再請求時の RE.検索番号に用いる。' },
    { key: 'relatedSearchNumber', name: '複数レセプト検索番号', mode: '数字', maxBytes: 30, format: '可変', kind: 'digits', required: 'conditional', mask: { searchNumber: true }, note: '「1 同一理由により複数レセプトを同時返戻する場合、相手レセプトの検索番号を記録する。 2 単一レセプトのみ返戻の場合は、記録を省略する。」' },
    { key: 'reserved1', name: '予備', mode: '英数', maxBytes: 5, format: '可変', required: 'omit', note: '記録を省略する。DPC 版では「返戻対象明細」（英数 5 可変、返戻対象明細コード 別表11、総括レセプトの場合）。' },
    { key: 'reserved2', name: '予備', mode: '英数又は漢字', maxBytes: 10, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved3', name: '予備', mode: '英数又は漢字', maxBytes: 30, format: '可変', required: 'omit', note: '記録を省略する。' },
  ],
});
