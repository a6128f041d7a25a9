// Known only from shared/spec/return-files.md §2.14 (ON 資格確認運用レコード): ORV ON_IDX gives 14 fields after
// “ON”, the 14th named 「コード」 and the rest unnamed (「仕様不明」). HP and ORCA ignore it. [L]
// Every field below except recordId is a placeholder (names 不明1〜不明13 are ours, not the spec's; mode
// 英数又は漢字 and 1000 bytes chosen to accept anything). Keep the values verbatim.
import { defineRecord } from '../../types.js';

export const ON = /* @__PURE__ */ defineRecord({
  id: 'ON',
  name: '資格確認運用レコード',
  family: 'history',
  source: 'return-files.md §2.14 (ORV Enums.cs/Defines.cs ON_IDX; HP comment 資格確認運用レコード)',
  confidence: 'L',
  note: '履歴管理ブロック内にのみ、履歴管理情報を前置して現れる（この表は前置を除いた形）。レイアウトは ORV の添字定義（“ON”の後に 14 項目、14 番目が「コード」）しか知られていない。項目名（不明1〜不明13）、モード、最大バイトはすべて仮置き（公式の名前は不明）。検査せず、値はそのまま保持する。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“ON”を記録する。' },
    // [L] name, mode and width unknown (ORV: 「仕様不明」) — a later correction is a one-line edit here.
    { key: 'unknown1', name: '不明1', mode: '英数又は漢字', maxBytes: 1000, format: '可変', kind: 'text', required: 'optional', confidence: 'L', note: '項目名不明（ORV ON_IDX の 1 番目、名前なし）。名前・モード・幅は仮置き。値はそのまま保持する。' },
    // [L] name, mode and width unknown (ORV: 「仕様不明」) — a later correction is a one-line edit here.
    { key: 'unknown2', name: '不明2', mode: '英数又は漢字', maxBytes: 1000, format: '可変', kind: 'text', required: 'optional', confidence: 'L', note: '項目名不明（ORV ON_IDX の 2 番目、名前なし）。名前・モード・幅は仮置き。値はそのまま保持する。' },
    // [L] name, mode and width unknown (ORV: 「仕様不明」) — a later correction is a one-line edit here.
    { key: 'unknown3', name: '不明3', mode: '英数又は漢字', maxBytes: 1000, format: '可変', kind: 'text', required: 'optional', confidence: 'L', note: '項目名不明（ORV ON_IDX の 3 番目、名前なし）。名前・モード・幅は仮置き。値はそのまま保持する。' },
    // [L] name, mode and width unknown (ORV: 「仕様不明」) — a later correction is a one-line edit here.
    { key: 'unknown4', name: '不明4', mode: '英数又は漢字', maxBytes: 1000, format: '可変', kind: 'text', required: 'optional', confidence: 'L', note: '項目名不明（ORV ON_IDX の 4 番目、名前なし）。名前・モード・幅は仮置き。値はそのまま保持する。' },
    // [L] name, mode and width unknown (ORV: 「仕様不明」) — a later correction is a one-line edit here.
    { key: 'unknown5', name: '不明5', mode: '英数又は漢字', maxBytes: 1000, format: '可変', kind: 'text', required: 'optional', confidence: 'L', note: '項目名不明（ORV ON_IDX の 5 番目、名前なし）。名前・モード・幅は仮置き。値はそのまま保持する。' },
    // [L] name, mode and width unknown (ORV: 「仕様不明」) — a later correction is a one-line edit here.
    { key: 'unknown6', name: '不明6', mode: '英数又は漢字', maxBytes: 1000, format: '可変', kind: 'text', required: 'optional', confidence: 'L', note: '項目名不明（ORV ON_IDX の 6 番目、名前なし）。名前・モード・幅は仮置き。値はそのまま保持する。' },
    // [L] name, mode and width unknown (ORV: 「仕様不明」) — a later correction is a one-line edit here.
    { key: 'unknown7', name: '不明7', mode: '英数又は漢字', maxBytes: 1000, format: '可変', kind: 'text', required: 'optional', confidence: 'L', note: '項目名不明（ORV ON_IDX の 7 番目、名前なし）。名前・モード・幅は仮置き。値はそのまま保持する。' },
    // [L] name, mode and width unknown (ORV: 「仕様不明」) — a later correction is a one-line edit here.
    { key: 'unknown8', name: '不明8', mode: '英数又は漢字', maxBytes: 1000, format: '可変', kind: 'text', required: 'optional', confidence: 'L', note: '項目名不明（ORV ON_IDX の 8 番目、名前なし）。名前・モード・幅は仮置き。値はそのまま保持する。' },
    // [L] name, mode and width unknown (ORV: 「仕様不明」) — a later correction is a one-line edit here.
    { key: 'unknown9', name: '不明9', mode: '英数又は漢字', maxBytes: 1000, format: '可変', kind: 'text', required: 'optional', confidence: 'L', note: '項目名不明（ORV ON_IDX の 9 番目、名前なし）。名前・モード・幅は仮置き。値はそのまま保持する。' },
    // [L] name, mode and width unknown (ORV: 「仕様不明」) — a later correction is a one-line edit here.
    { key: 'unknown10', name: '不明10', mode: '英数又は漢字', maxBytes: 1000, format: '可変', kind: 'text', required: 'optional', confidence: 'L', note: '項目名不明（ORV ON_IDX の 10 番目、名前なし）。名前・モード・幅は仮置き。値はそのまま保持する。' },
    // [L] name, mode and width unknown (ORV: 「仕様不明」) — a later correction is a one-line edit here.
    { key: 'unknown11', name: '不明11', mode: '英数又は漢字', maxBytes: 1000, format: '可変', kind: 'text', required: 'optional', confidence: 'L', note: '項目名不明（ORV ON_IDX の 11 番目、名前なし）。名前・モード・幅は仮置き。値はそのまま保持する。' },
    // [L] name, mode and width unknown (ORV: 「仕様不明」) — a later correction is a one-line edit here.
    { key: 'unknown12', name: '不明12', mode: '英数又は漢字', maxBytes: 1000, format: '可変', kind: 'text', required: 'optional', confidence: 'L', note: '項目名不明（ORV ON_IDX の 12 番目、名前なし）。名前・モード・幅は仮置き。値はそのまま保持する。' },
    // [L] name, mode and width unknown (ORV: 「仕様不明」) — a later correction is a one-line edit here.
    { key: 'unknown13', name: '不明13', mode: '英数又は漢字', maxBytes: 1000, format: '可変', kind: 'text', required: 'optional', confidence: 'L', note: '項目名不明（ORV ON_IDX の 13 番目、名前なし）。名前・モード・幅は仮置き。値はそのまま保持する。' },
    // [L] only the name 「コード」 is known (ORV ON_IDX); mode and width unknown — a later correction is a one-line edit here.
    { key: 'code', name: 'コード', mode: '英数又は漢字', maxBytes: 1000, format: '可変', kind: 'text', required: 'optional', confidence: 'L', note: 'ORV ON_IDX の 14 番目「コード」。何のコードか、モード・幅は不明（仮置き）。' },
  ],
});
