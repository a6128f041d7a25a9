// Reconstructed from shared/spec/return-files.md §2.9 (MN レセプト管理レコード, 「管理データ」). Sources: MD13/MDH
// text (which call field 4 予備), ORCA check_sai and an insurer-side real file (which hold a 検索番号 there).
//
// Where MN stands in a receipt — known: ORCA's re-claim check compares field 4 when MN is the history block's
// first line (MD13's outline also puts 管理データ first); the insurer-side real file (issue 9 §4) has MN after RC,
// as the last record of each receipt. Inferred [INF]: that hospital-side HEN/SAH may use either order, and that a
// trailing MN carries the receipt's own 検索番号. Rules accept both orders (history/first-line, history/rc-last,
// return/search-number, resubmit/search-number).
import { defineRecord } from '../../types.js';

export const MN = /* @__PURE__ */ defineRecord({
  id: 'MN',
  name: 'レセプト管理レコード',
  family: 'history',
  source: 'return-files.md §2.9 (MD13 rezept.hrl; MDH rezept_med.hrl; ORCA receden_check.rb.in check_sai); an insurer-side real file (issue 9 §4: field 4 holds 17-digit values; MN after RC)',
  confidence: 'M',
  note: '履歴管理ブロック内にのみ、履歴管理情報を前置して現れる（この表は前置を除いた形）。位置は２通り知られている: (1) 「請求決定データ」の先頭（管理データ、MD13 の構成）で、ORCA は履歴ブロックの最初の行が RE 又は MN であることを前提に検索番号を照合する; (2) 保険者側の実ファイルでは RC の後、各レセプトのレコードの最後にある。病院側の返戻ファイルがどちらの順か、(2) の MN の検索番号が RE の検索番号と同じかは推定 [INF]。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“MN”を記録する。' },
    { key: 'managementNumber', name: 'レセプト管理番号', mode: '数字', maxBytes: 16, format: '可変', kind: 'digits', required: 'required', note: '「数字“XXXXXXXXXXXXXXXX”の形式で記録する。(9~16桁で構成する。)」' },
    { key: 'facilityAddress', name: '保険医療機関の所在地', mode: '漢字', maxBytes: 80, format: '可変', kind: 'text', required: 'required', note: '後続スペースは省略する。' },
    // [M] 検索番号: an insurer-side real file has 17-digit values here and ORCA compares it with RE 検索番号; MD13/MDH call it 予備 — a later correction is a one-line edit here.
    { key: 'searchNumber', name: '検索番号', mode: '数字', maxBytes: 30, format: '可変', kind: 'digits', required: 'required', mask: { searchNumber: true }, confidence: 'M', note: '検索番号（17〜30桁）。保険者側の実ファイルではこの項目に 17 桁の値がある。ORCA check_sai は履歴ブロックの先頭行が MN のときこの項目（DATA04）を RE.検索番号と照合する（21200 「請求データと履歴管理ブロックの検索番号が一致していません。又は検索番号不備です。」）。MD13/MDH の転記は「予備」とするが、古い版のものとみなす。幅 30 桁も検索番号と一致する。' },
    { key: 'reserved1', name: '予備', mode: '数字', maxBytes: 1, format: '可変', required: 'omit' },
    { key: 'reserved2', name: '予備', mode: '数字', maxBytes: 1, format: '可変', required: 'omit' },
    // [L] the notes give this field's mode only in parentheses, (英数又は漢字) — a later correction is a one-line edit here.
    { key: 'reserved3', name: '予備', mode: '英数又は漢字', maxBytes: 100, format: '可変', required: 'omit', confidence: 'L', note: 'モードは転記で括弧書き「(英数又は漢字)」で、確かでない [L]。' },
  ],
});
