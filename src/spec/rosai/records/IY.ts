// Reconstructed 労災 医薬品レコード (IY, 44 fields): shared/spec/kinds-nursing-rousai-dental-returns.md §2.4.
// No official 労災 記録条件仕様 was readable. Table confidence [H]: ORCA18/51, SK and KW agree (44 fields).
// Sources: ORCA51: Hiroaki-Inomata/ORCA-5-1 jma-receipt.r_5_1_branch/scripts/monthly/rosai_receden_common_const.rb.in @9670a29e354a826f8eaa17c01e8e0a81898468e1 (read: order, 項目名, mode, bytes, fixed flag, required flag);
// ORCA18: miyucy/jma-receipt (branch master-utf8) scripts/monthly/rosai_receden_common_const.rb.in @594ce5942f68cdcb2ff84da28718e00f70cde8ef (as cited by the notes), rosai_receden_check.rb.in @04e543cc4ecf502d50eef4cf522a070fa1c6a0be, rosai_receden_error.rb.in @2bd5b38c779091513ca04384a6b4367843431a5e;
// SK: Sotatek-ChinhVu/smart-test CalculateService/Receipt/Models/SinMeiDataModel.cs (per the notes);
// KW: karte compat_workers.js (read_file id 71329477297; repository not identified) — used only where it agrees.
// Same layout as the 医科 IY except field 3 (予備１, not 負担区分); 使用量 is 英数 in ORCA.
import { defineRecord } from '../../types.js';

export const IY = /* @__PURE__ */ defineRecord({
  id: 'IY',
  name: '医薬品レコード',
  family: 'claim',
  source: 'kinds-nursing-rousai-dental-returns.md §2.4 IY',
  confidence: 'H',
  note: '摘要情報（医薬品）。医科の IY と同じ44項目の並びで、第３項目は予備（負担区分ではない）。アフターケアの請求ファイルでも同じレイアウト。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', confidence: 'H', note: '“IY”を記録する。' },
    { key: 'practiceCategory', name: '診療識別', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'rosai:12', required: 'conditional', confidence: 'H', note: '診療識別コードを記録する（昇順、ORCA 23060）。同一診療識別の２件目以降は省略する慣行は医科と同じとみなす [INF]。' },
    { key: 'reserved1', name: '予備１', mode: '英数', maxBytes: 1, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する。医科ではこの位置が「負担区分」。' },
    { key: 'code', name: '医薬品コード', mode: '数字', maxBytes: 9, format: '固定', kind: 'digits', required: 'required', confidence: 'H', note: '別に定める医薬品コードを記録する。' },
    { key: 'quantity', name: '使用量', mode: '英数', maxBytes: 11, format: '可変', kind: 'decimal', decimal: { int: 5, frac: 5, confidence: 'INF' }, required: 'conditional', confidence: 'H', note: '使用量を必要とする医薬品の場合に記録する（０・省略は誤り、ORCA 33090）。整数部５桁・小数部５桁を小数点で区切る [INF: 医科と同じ]。モードは英数（ORCA）。' },
    { key: 'points', name: '点数', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '点数・回数算定単位内の最終レコードに点数を記録する（ORCA 33070）。減点医薬品は減点点数（33060）。' },
    { key: 'times', name: '回数', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '回数を記録する（０は不可、ORCA 23110）。点数・回数算定単位内の回数は同一（23120）。' },
    { key: 'commentCode1', name: 'コメントコード１', mode: '数字', maxBytes: 9, format: '可変', kind: 'digits', required: 'conditional', confidence: 'H', note: 'コメントが必要な場合は、別に定めるコメントコードと文字データを１より順次、対で記録する。コメントコードは“8”で始まる（ORCA 23070）。' },
    { key: 'commentText1', name: 'コメント文字データ１', mode: '漢字', maxBytes: 100, format: '可変', required: 'conditional', confidence: 'H', note: '対となるコメントコードに応じた文字情報又は数字情報等を記録する。修飾語コード（90系）は最大５つ（ORCA 23870）。記録を要しないコメントコードの場合は省略。' },
    { key: 'commentCode2', name: 'コメントコード２', mode: '数字', maxBytes: 9, format: '可変', kind: 'digits', required: 'conditional', confidence: 'H', note: 'コメントが必要な場合は、別に定めるコメントコードと文字データを１より順次、対で記録する。コメントコードは“8”で始まる（ORCA 23070）。' },
    { key: 'commentText2', name: 'コメント文字データ２', mode: '漢字', maxBytes: 100, format: '可変', required: 'conditional', confidence: 'H', note: '対となるコメントコードに応じた文字情報又は数字情報等を記録する。修飾語コード（90系）は最大５つ（ORCA 23870）。記録を要しないコメントコードの場合は省略。' },
    { key: 'commentCode3', name: 'コメントコード３', mode: '数字', maxBytes: 9, format: '可変', kind: 'digits', required: 'conditional', confidence: 'H', note: 'コメントが必要な場合は、別に定めるコメントコードと文字データを１より順次、対で記録する。コメントコードは“8”で始まる（ORCA 23070）。' },
    { key: 'commentText3', name: 'コメント文字データ３', mode: '漢字', maxBytes: 100, format: '可変', required: 'conditional', confidence: 'H', note: '対となるコメントコードに応じた文字情報又は数字情報等を記録する。修飾語コード（90系）は最大５つ（ORCA 23870）。記録を要しないコメントコードの場合は省略。' },
    { key: 'day1', name: '１日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day2', name: '２日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day3', name: '３日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day4', name: '４日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day5', name: '５日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day6', name: '６日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day7', name: '７日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day8', name: '８日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day9', name: '９日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day10', name: '１０日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day11', name: '１１日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day12', name: '１２日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day13', name: '１３日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day14', name: '１４日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day15', name: '１５日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day16', name: '１６日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day17', name: '１７日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day18', name: '１８日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day19', name: '１９日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day20', name: '２０日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day21', name: '２１日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day22', name: '２２日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day23', name: '２３日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day24', name: '２４日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day25', name: '２５日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day26', name: '２６日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day27', name: '２７日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day28', name: '２８日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day29', name: '２９日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day30', name: '３０日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day31', name: '３１日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医薬品の算定がある場合は、当該日の回数を記録する。' },
  ],
});
