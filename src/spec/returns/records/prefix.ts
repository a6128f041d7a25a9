// Reconstructed from shared/spec/return-files.md §2.5 (履歴管理情報: the 3-field prefix of every line in the
// 履歴管理ブロック). [H]: MD13 text; ORCA receden_const.rb.in SAIrecord (データ識別コード N2, 行番号 N5, 枝番号 N3);
// ORV 履歴管理情報_列数 = 3; CS, HP, PYH skip 3 fields when field 0 is numeric.
//
// NOTE: unlike every other table, fields[0] here is データ識別, not レコード識別情報. This table describes only the
// prefix; the record that follows it (RE, HR, RC, MN, …) starts with its own レコード識別情報 at line field 4.
import { defineRecord } from '../../types.js';

export const HISTORY_PREFIX = /* @__PURE__ */ defineRecord({
  id: '履歴',
  name: '履歴管理情報',
  family: 'history',
  source: 'return-files.md §2.5 (MD13 rezept.hrl; ORCA receden_const.rb.in SAIrecord; ORV Defines.cs; CS; HP; PYH)',
  confidence: 'H',
  note: '履歴管理ブロックの各行の先頭３項目。行の第１項目が数字（1〜2桁、0 より大）なら履歴行とみなす（ORCA 04.07.03 以降）。“8”だけで判定しないこと。前置付きの RE は新しいレセプトを始めない。（行番号,枝番号）は JY・RT が他の履歴行を指す番地であり、再請求時も変更しない。',
  fields: [
    { key: 'dataKind', name: 'データ識別', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'ret:data-kind', required: 'required', note: 'データ識別コード（医科 別表7）。' },
    { key: 'lineNumber', name: '行番号', mode: '数字', maxBytes: 5, format: '可変', kind: 'integer', required: 'required', note: '「レセプト内通し番号を記録する。」' },
    { key: 'branchNumber', name: '枝番号', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'required', note: '「レセプト内通し番号の枝番号を記録する。」 EX を審査支払機関使用欄のみで記録した場合は１の位に「1」。' },
  ],
});
