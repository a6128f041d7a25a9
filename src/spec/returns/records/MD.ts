// Reconstructed from shared/spec/return-files.md §2.10 (MD 再審査等申し出レコード, 再審査等請求データ). Sources: MD13
// (full text); HP reads the same positions [H].
import { defineRecord } from '../../types.js';

export const MD = /* @__PURE__ */ defineRecord({
  id: 'MD',
  name: '再審査等申し出レコード',
  family: 'history',
  source: 'return-files.md §2.10 (MD13 rezept.hrl; HP HenParser.py)',
  confidence: 'H',
  note: '履歴管理ブロック内にのみ、履歴管理情報を前置して現れる（この表は前置を除いた形）。注: 「再審査等申し出レコードが複数ある場合、申し出一連番号“1”に主たる理由番号の申し出を記録する。」 理由番号の※注（MD13）: ※1 理由番号補足に「理由」; ※2 理由番号補足に「変更先保険者番号」（8桁以内の全角数字）; ※3 理由年月日1 = 喪失年月日、理由年月日2 = 証回収年月日; ※4 理由年月日1 = 満了年月日。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“MD”を記録する。' },
    { key: 'requestSeq', name: '申し出一連番号', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'required', note: '記録順に１から昇順に記録する。' },
    // [INF] 西暦 width 8 (YYYYMMDD) inferred from the 和暦-era width 7 (GYYMMDD) — a later correction is a one-line edit here.
    { key: 'receivedDate', name: '申し出受付年月日', mode: '数字', maxBytes: 8, format: '可変', kind: 'ymd', required: 'required', confidence: 'INF', note: '審査支払機関で再審査等請求を受け付けた年月日。和暦-era width 7 (GYYMMDD); 西暦 width 8 inferred.' },
    { key: 'referenceNumber', name: '整理番号', mode: '数字', maxBytes: 30, format: '可変', kind: 'digits', required: 'conditional', note: '保険者等の整理番号（支払基金は17桁まで）、なければ検索番号。申し出一連番号“1”のみ記録する。' },
    { key: 'claimCount', name: '請求回数', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'conditional', note: '申し出一連番号“1”のみ記録する。' },
    { key: 'reasonNumber', name: '理由番号', mode: '数字', maxBytes: 6, format: '固定', kind: 'code', table: 'ret:riyu-bango', required: 'required', note: '理由番号コード（別表9）。国保は 200000番台。' },
    { key: 'reasonNumberSupplement', name: '理由番号補足', mode: '漢字', maxBytes: 200, format: '可変', kind: 'text', required: 'conditional', note: '理由番号の※1・※2 の場合に記録する。' },
    // [INF] 西暦 width 8 (YYYYMMDD) inferred from the 和暦-era width 7 (GYYMMDD) — a later correction is a one-line edit here.
    { key: 'reasonDate1', name: '理由年月日1', mode: '数字', maxBytes: 8, format: '可変', kind: 'ymd', required: 'conditional', confidence: 'INF', note: '※3 喪失年月日 / ※4 満了年月日。和暦-era width 7; 西暦 width 8 inferred.' },
    // [INF] 西暦 width 8 (YYYYMMDD) inferred from the 和暦-era width 7 (GYYMMDD) — a later correction is a one-line edit here.
    { key: 'reasonDate2', name: '理由年月日2', mode: '数字', maxBytes: 8, format: '可変', kind: 'ymd', required: 'conditional', confidence: 'INF', note: '※3 証回収年月日。和暦-era width 7; 西暦 width 8 inferred.' },
    { key: 'reasonContentCode', name: '理由内容 コード', mode: '数字', maxBytes: 6, format: '可変', kind: 'code', table: 'ret:riyu-naiyo', required: 'conditional', note: '理由内容コード（別表10）。国保は 200000番台。' },
    { key: 'reasonContentInsurerUse', name: '理由内容 保険者等使用欄', mode: '数字', maxBytes: 6, format: '可変', kind: 'code', required: 'optional', note: '任意。' },
    { key: 'reasonContentFreeText', name: '理由内容 フリー入力', mode: '漢字', maxBytes: 500, format: '可変', kind: 'text', required: 'conditional' },
    { key: 'supplement', name: '補足', mode: '漢字', maxBytes: 1000, format: '可変', kind: 'text', required: 'optional' },
    { key: 'facilityContact', name: '医療機関等連絡', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'ret:renraku', required: 'conditional', note: '医療機関等連絡コード（別表11）: 1 保険医療機関と連絡調整済み。' },
    { key: 'returnRequestNumber', name: '返付依頼整理番号', mode: '数字', maxBytes: 30, format: '可変', kind: 'digits', required: 'conditional' },
    { key: 'insurerUse', name: '保険者等使用欄', mode: '英数又は漢字', maxBytes: 30, format: '可変', kind: 'text', required: 'optional' },
    { key: 'reserved1', name: '予備', mode: '漢字', maxBytes: 2400, format: '可変', required: 'omit' },
    { key: 'reserved2', name: '予備', mode: '英数', maxBytes: 5, format: '可変', required: 'omit' },
    { key: 'reserved3', name: '予備', mode: '英数又は漢字', maxBytes: 10, format: '可変', required: 'omit' },
    { key: 'reserved4', name: '予備', mode: '英数又は漢字', maxBytes: 30, format: '可変', required: 'omit' },
    { key: 'reserved5', name: '予備', mode: '数字', maxBytes: 30, format: '可変', required: 'omit' },
    { key: 'reserved6', name: '予備', mode: '英数', maxBytes: 100, format: '可変', required: 'omit' },
  ],
});
