// Reconstructed アフターケア record AS (13 fields): shared/spec/kinds-nursing-rousai-dental-returns.md §2.5. The
// アフターケア spec was not readable. Field order and names [H]: SK GetASRecord and KW agree. Modes, widths, 固定/可変
// and requirements are inferred from the RS field at the same position [INF]. Table confidence [M].
// The record name is inferred by analogy with 労災診療費請求書レコード [INF].
// Sources: SK: Sotatek-ChinhVu/smart-test CalculateService/Receipt/ViewModels/RecedenViewModel.cs @1bc3c08865bc62d00369ec1e037c50d67bb7aab9 (IR, GetRSRecord, GetASRecord);
// KW: karte compat_workers.js (read_file id 71329477297; repository not identified) — used only where it agrees.
import { defineRecord } from '../../types.js';

export const AS = /* @__PURE__ */ defineRecord({
  id: 'AS',
  name: 'アフターケア委託費請求書レコード',
  family: 'claim',
  source: 'kinds-nursing-rousai-dental-returns.md §2.5 AS (SK GetASRecord; KW)',
  confidence: 'M',
  note: 'アフターケア委託費の請求ファイルの最後に１件記録する（労災の RS に当たる）。RS と同じ13の位置を使い、労働局・監督署とマルチボリューム識別情報の位置は予備。請求金額 = Σ AR 合計額、内訳書添付枚数 = レセプト件数。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', confidence: 'H', note: '“AS”を記録する。' },
    // [INF] width, mode and table: RS field 2.
    { key: 'facilityClass', name: '病院・診療所の区分', mode: '英数', maxBytes: 1, format: '固定', kind: 'code', table: 'rosai:19', required: 'required', confidence: 'INF', note: '病院・診療所区分コード（SK は“3”固定）。' },
    // [INF] mode and 固定: RS field 3; 西暦 8 digits [H] (SK, KW).
    { key: 'submissionDate', name: '請求書提出年月日', mode: '英数', maxBytes: 8, format: '固定', kind: 'ymd', required: 'required', confidence: 'INF', note: '西暦 YYYYMMDD（SK はアフターケアでは常に西暦。アフターケアの電子請求は2021年3月から）。' },
    // [INF] width and mode: RS field 4 (N2).
    { key: 'reserved1', name: '予備１', mode: '数字', maxBytes: 2, format: '可変', required: 'omit', confidence: 'INF', note: '記録を省略する。RS ではこの位置が「都道府県労働局コード」（アフターケアには労働局・監督署の区分けがない）。' },
    // [INF] width and mode: RS field 5 (N2).
    { key: 'reserved2', name: '予備２', mode: '数字', maxBytes: 2, format: '可変', required: 'omit', confidence: 'INF', note: '記録を省略する。RS ではこの位置が「労働基準監督署コード」。' },
    // [INF] width and 固定: RS field 6.
    { key: 'designatedNumber', name: '指定病院等の番号', mode: '数字', maxBytes: 7, format: '固定', kind: 'digits', required: 'required', confidence: 'INF', note: '労災保険指定医療機関番号（SK は左を０で埋めて７桁）。' },
    // [INF] width and requirement: RS field 7.
    { key: 'postalCode', name: '郵便番号', mode: '数字', maxBytes: 7, format: '可変', kind: 'digits', required: 'optional', confidence: 'INF', note: 'ハイフンなしの７桁（KW は０埋め７桁）。' },
    // [INF] width and requirement: RS field 8.
    { key: 'locationAddress', name: '医療機関所在地', mode: '漢字', maxBytes: 80, format: '可変', kind: 'text', required: 'required', confidence: 'INF' },
    // [INF] width and requirement: RS field 9.
    { key: 'directorName', name: '医療機関責任者氏名', mode: '漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'required', confidence: 'INF' },
    // [INF] width, 固定 and values: RS field 10.
    { key: 'pointUnitPrice', name: '単価', mode: '数字', maxBytes: 4, format: '固定', kind: 'code', required: 'required', confidence: 'INF', note: '１点の単価（円）の100倍（“1200”又は“1150”）[INF: RS と同じ]。SK の注記上の名称は「単価」、書き出し処理の注釈は「労災診療費単価」。' },
    // [INF] width: RS field 11.
    { key: 'claimAmount', name: '請求金額', mode: '数字', maxBytes: 9, format: '可変', kind: 'integer', required: 'required', confidence: 'INF', note: 'ファイル内の各レセプトの AR 合計額の合計（SK・KW）。' },
    // [INF] width and requirement: RS field 12.
    { key: 'totalCount', name: '内訳書添付枚数', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'optional', confidence: 'INF', note: 'ファイル内のレセプト（RE）の件数（SK・KW）。' },
    // [INF] width and mode: RS field 13 (N2).
    { key: 'reserved3', name: '予備３', mode: '数字', maxBytes: 2, format: '可変', required: 'omit', confidence: 'INF', note: '記録を省略する（SK・KW とも空欄）。RS ではこの位置がマルチボリューム識別情報：アフターケアの請求書レコードにはない。' },
  ],
});
