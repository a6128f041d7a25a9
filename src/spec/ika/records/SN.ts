// Transcribed from 記録条件仕様（医科用）令和4年4月版 (R5.3.13 更新), 第1章 3 (4) ウ (ウ) 資格確認レコード.
import { defineRecord } from '../../types.js';

export const SN = /* @__PURE__ */ defineRecord({
  id: 'SN',
  name: '資格確認レコード',
  family: 'claim',
  since: { month: '202109', skipped: true, source: '第1章3(4)ウ(ウ) 注3「令和３年８月診療以前分は、記録を省略する。なお、…記録された場合は、審査支払機関において読み飛ばし」(l.851)' },
  source: '記録条件仕様（医科用）R04 第1章3(4)ウ(ウ) p.12',
  note: '資格確認の状況を記録（任意、複数可）。保険医療機関からの請求時は、保険者レコードに対応する資格確認レコードを記録する。「枝番」の記録内容４又は５に該当する場合（令和３年９月診療分以降）は記録を省略して差し支えない。令和３年８月診療以前分は記録を省略する（記録されても審査支払機関で読み飛ばす）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“SN”を記録する。' },
    { key: 'payerType', name: '負担者種別', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'ika:28', required: 'required' },
    { key: 'confirmationType', name: '確認区分', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', table: 'ika:29', required: 'conditional', note: '保険医療機関からの請求時は、「負担者種別」が“1”である場合に記録する。一次請求の場合は別表29の網掛けのコード（“02”～“14”）は使用しない。' },
    { key: 'insurerNumberConfirmed', name: '保険者番号等（資格確認）', mode: '英数', maxBytes: 8, format: '可変', kind: 'digits', required: 'omit', mask: { checkDigit: true, keep: { 8: 4, 6: 2 } }, note: '記録を省略する。一次請求の場合は省略；履歴請求データについては審査支払機関で記録されたままとする。' },
    { key: 'cardSymbolConfirmed', name: '被保険者証（手帳）等の記号（資格確認）', mode: '英数又は漢字', maxBytes: 38, format: '可変', kind: 'text', required: 'omit', personal: true, note: '記録を省略する。一次請求の場合は省略；履歴請求データについては審査支払機関で記録されたままとする。' },
    { key: 'cardNumberConfirmed', name: '被保険者証（手帳）等の番号（資格確認）', mode: '英数又は漢字', maxBytes: 38, format: '可変', kind: 'text', required: 'omit', personal: true, note: '記録を省略する。一次請求の場合は省略；履歴請求データについては審査支払機関で記録されたままとする。' },
    { key: 'branchNumber', name: '枝番', mode: '英数', maxBytes: 2, format: '可変', kind: 'digits', required: 'conditional', personal: true, note: '電子資格確認で通知された枝番又は被保険者証等の「枝番」欄の番号。２桁に満たない場合は先頭に“0”を記録し２桁。記載がない場合は省略して差し支えない。後期高齢者医療又は負担者種別が公費負担医療の場合は省略。' },
    { key: 'recipientNumber', name: '受給者番号', mode: '数字', maxBytes: 7, format: '可変', kind: 'digits', required: 'omit', mask: { checkDigit: true }, personal: true, note: '記録を省略する。' },
    { key: 'reserved1', name: '予備', mode: '数字', maxBytes: 1, format: '可変', required: 'omit' },
  ],
});
