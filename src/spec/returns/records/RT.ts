// Reconstructed from shared/spec/return-files.md §2.11 (RT 理由対象レコード). Source: MD13 [M].
import { defineRecord } from '../../types.js';

export const RT = /* @__PURE__ */ defineRecord({
  id: 'RT',
  name: '理由対象レコード',
  family: 'history',
  source: 'return-files.md §2.11 (MD13 rezept.hrl)',
  confidence: 'M',
  note: '履歴管理ブロック内にのみ、履歴管理情報を前置して現れる（この表は前置を除いた形）。申し出理由の対象を（行番号,枝番号）で指す。MD13: 『対象』のレコードを「参照」より先に記録する。対象は SI/IY/TO のみ、参照は SY/SI/IY/TO/CO。補正区分“2”の JY で既に指されている行は指さない。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“RT”を記録する。' },
    { key: 'requestSeq', name: '申し出一連番号', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'required', note: '対応する再審査等申し出レコード（MD）の申し出一連番号。' },
    { key: 'targetType', name: '理由対象区分', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'ret:riyu-taisho', required: 'required', note: '理由対象区分コード（別表12）: 1 『対象』、2 「参照」。' },
    { key: 'targetSeq', name: '理由対象一連番号', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'required', note: '申し出一連番号ごとに１から昇順。' },
    { key: 'targetLineNumber', name: '理由対象行番号', mode: '数字', maxBytes: 5, format: '可変', kind: 'integer', required: 'required', note: '対象又は参照とするレコードの行番号。' },
    { key: 'targetBranchNumber', name: '理由対象枝番号', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'required', note: '対象又は参照とするレコードの枝番号。' },
  ],
});
