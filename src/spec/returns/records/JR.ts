// Reconstructed from shared/spec/return-files.md §2.12 (JR レセプト縦覧レコード). Sources: MD13; HP [M].
import { defineRecord } from '../../types.js';

export const JR = /* @__PURE__ */ defineRecord({
  id: 'JR',
  name: 'レセプト縦覧レコード',
  family: 'history',
  source: 'return-files.md §2.12 (MD13 rezept.hrl; HP HenParser.py)',
  confidence: 'M',
  note: '履歴管理ブロック内にのみ、履歴管理情報を前置して現れる（この表は前置を除いた形）。関連するレセプトの検索番号等を記録する。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“JR”を記録する。' },
    { key: 'reviewType', name: '縦覧区分', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'ret:jurann', required: 'required', note: '縦覧区分コード（別表13）。' },
    { key: 'searchNumber', name: '検索番号', mode: '数字', maxBytes: 30, format: '可変', kind: 'digits', required: 'conditional', mask: { searchNumber: true }, note: '縦覧区分が“1”（相手が電子レセプト）の場合に記録する。' },
    { key: 'referenceNumber', name: '整理番号等', mode: '数字', maxBytes: 30, format: '可変', kind: 'digits', required: 'conditional', note: '縦覧区分が“2”又は“3”の場合に記録する。' },
    { key: 'reserved1', name: '予備', mode: '英数', maxBytes: 5, format: '可変', required: 'omit' },
    { key: 'reserved2', name: '予備', mode: '英数又は漢字', maxBytes: 10, format: '可変', required: 'omit' },
    { key: 'reserved3', name: '予備', mode: '英数又は漢字', maxBytes: 30, format: '可変', required: 'omit' },
    { key: 'reserved4', name: '予備', mode: '数字', maxBytes: 30, format: '可変', required: 'omit' },
    { key: 'reserved5', name: '予備', mode: '英数', maxBytes: 100, format: '可変', required: 'omit' },
  ],
});
