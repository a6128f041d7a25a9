// Reconstructed from shared/spec/return-files.md §2.7 (JY 事由レコード, 補正データ). Sources: MD13/MDH text; HP.
import { defineRecord } from '../../types.js';

export const JY = /* @__PURE__ */ defineRecord({
  id: 'JY',
  name: '事由レコード',
  family: 'history',
  source: 'return-files.md §2.7 (MD13 rezept.hrl; MDH rezept_common_records.hrl; HP HenParser.py)',
  confidence: 'M',
  note: '履歴管理ブロック内にのみ、履歴管理情報を前置して現れる（この表は前置を除いた形）。補正箇所と補正事由を記録する: 補正後の内容を記録したレセプト共通レコード等（データ識別 2 等）と、元の行とを（行番号,枝番号）で結ぶ。注: 「事由対象項目番号は、補正区分が“2”で、事由コードの記録がある場合に記録される。なお、補正事由を記録する対象となる項目番号が複数ある場合は、「:」で区切り列記する。また、事由コードが複数ある場合についても、「:」で区切り列記する。」',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“JY”を記録する。' },
    { key: 'correctionType', name: '補正区分', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'ret:hosei-kubun', required: 'required', note: '1 追加 / 2 修正 / 3 削除。' },
    { key: 'targetLineNumber', name: '補正対象行番号', mode: '数字', maxBytes: 5, format: '可変', kind: 'integer', required: 'conditional', note: '補正の対象となるレコードの行番号。' },
    { key: 'targetBranchNumber', name: '補正対象枝番号', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', note: '補正の対象となるレコードの枝番号。' },
    { key: 'targetItemNumbers', name: '事由対象項目番号', mode: '英数', maxBytes: 200, format: '可変', kind: 'text', required: 'conditional', note: '「補正事由を記録する対象となる項目番号(「一次請求記録条件仕様」に規定する各レコードの項目位置)」。補正区分“2”で事由コードがある場合に記録。複数は「:」区切り。' },
    { key: 'reasonCodes', name: '事由コード', mode: '英数', maxBytes: 20, format: '可変', kind: 'code', table: 'ret:jiyu', required: 'conditional', note: '事由コード（医科 別表8）。複数は「:」区切りで列記する（検査する側は「:」で分割してから表を引くこと）。' },
    { key: 'correctedLineNumber', name: '補正後行番号', mode: '数字', maxBytes: 5, format: '可変', kind: 'integer', required: 'conditional', note: '補正後のレコードを記録した行番号。' },
    { key: 'correctedBranchNumber', name: '補正後枝番号', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', note: '補正後のレコードを記録した枝番号。' },
    { key: 'reserved1', name: '予備', mode: '数字', maxBytes: 30, format: '可変', required: 'omit', note: '記録は省略する。' },
  ],
});
