// Reconstructed from shared/spec/return-files.md §2.6 (RC レコード管理情報レコード, 「チェックデータ」).
// Sources: MD13, MDH, ORCA check_sai / ORCBM550, ORV RC_IDX.
import { defineRecord } from '../../types.js';

export const RC = /* @__PURE__ */ defineRecord({
  id: 'RC',
  name: 'レコード管理情報レコード',
  family: 'history',
  source: 'return-files.md §2.6 (MD13 rezept.hrl; MDH; ORCA receden_check.rb.in check_sai, ORCBM550; ORV RC_IDX)',
  confidence: 'H',
  note: '履歴管理ブロック内にのみ、履歴管理情報（データ識別,行番号,枝番号）を前置して現れる（この表は前置を除いた形）。ORCA の再請求チェック: レセプトの最後の履歴行は RC でなければならず（21150）、その行は前置込みで５項目ちょうど（21120）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“RC”を記録する。' },
    { key: 'managementInfo', name: '管理情報', mode: '英数', maxBytes: 100, format: '可変', kind: 'text', required: 'required', note: '「審査支払機関が当該レセプトを識別する情報を記録する。」 ORCA は ^[0-9A-Za-z]+$ かつ 100 バイト以下を検査する（21160、取込時 E02）。' },
  ],
});
