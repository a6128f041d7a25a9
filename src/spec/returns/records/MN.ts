// Reconstructed from shared/spec/return-files.md §2.9 (MN レセプト管理レコード, 「管理データ」). Sources: MD13/MDH
// text, which conflict with ORCA on field 4.
import { defineRecord } from '../../types.js';

export const MN = defineRecord({
  id: 'MN',
  name: 'レセプト管理レコード',
  family: 'history',
  source: 'return-files.md §2.9 (MD13 rezept.hrl; MDH rezept_med.hrl; ORCA receden_check.rb.in check_sai)',
  confidence: 'M',
  note: '履歴管理ブロック内にのみ、履歴管理情報を前置して現れる（この表は前置を除いた形）。「請求決定データ」の先頭（管理データ）。ORCA は履歴ブロックの最初の行が RE 又は MN であることを前提に検索番号を照合する。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“MN”を記録する。' },
    { key: 'managementNumber', name: 'レセプト管理番号', mode: '数字', maxBytes: 16, format: '可変', kind: 'digits', required: 'required', note: '「数字“XXXXXXXXXXXXXXXX”の形式で記録する。(9~16桁で構成する。)」' },
    { key: 'facilityAddress', name: '保険医療機関の所在地', mode: '漢字', maxBytes: 80, format: '可変', kind: 'text', required: 'required', note: '後続スペースは省略する。' },
    // [INF] MD13 says 予備; ORCA treats this field as 検索番号 — a later correction is a one-line edit here.
    { key: 'searchNumber', name: '検索番号', mode: '数字', maxBytes: 30, format: '可変', kind: 'digits', required: 'required', confidence: 'INF', note: 'CONFLICT: MD13/MDH は「予備」とするが、ORCA check_sai は履歴ブロックの先頭行が MN のときこの項目（DATA04）を RE.検索番号と照合する（21200 「請求データと履歴管理ブロックの検索番号が一致していません。又は検索番号不備です。」）。幅 30 桁も検索番号と一致するので検索番号として扱う [M/INF]。' },
    { key: 'reserved1', name: '予備', mode: '数字', maxBytes: 1, format: '可変', required: 'omit' },
    { key: 'reserved2', name: '予備', mode: '数字', maxBytes: 1, format: '可変', required: 'omit' },
    // [L] the notes give this field's mode only in parentheses, (英数又は漢字) — a later correction is a one-line edit here.
    { key: 'reserved3', name: '予備', mode: '英数又は漢字', maxBytes: 100, format: '可変', required: 'omit', confidence: 'L', note: 'モードは転記で括弧書き「(英数又は漢字)」で、確かでない [L]。' },
  ],
});
