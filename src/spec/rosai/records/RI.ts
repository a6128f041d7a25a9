// Reconstructed 労災 診療行為レコード (RI, 44 fields): shared/spec/kinds-nursing-rousai-dental-returns.md §2.4, §2.7
// (the 労災 診療行為 record is RI, not SI). No official 労災 記録条件仕様 was readable. Table confidence [H]:
// ORCA18/51, SK (GetRIRecord) and KW agree on 44 fields with 金額 at #6.
// Sources: ORCA51: Hiroaki-Inomata/ORCA-5-1 jma-receipt.r_5_1_branch/scripts/monthly/rosai_receden_common_const.rb.in @9670a29e354a826f8eaa17c01e8e0a81898468e1 (read: order, 項目名, mode, bytes, fixed flag, required flag);
// ORCA18: miyucy/jma-receipt (branch master-utf8) scripts/monthly/rosai_receden_common_const.rb.in @594ce5942f68cdcb2ff84da28718e00f70cde8ef (as cited by the notes), rosai_receden_check.rb.in @04e543cc4ecf502d50eef4cf522a070fa1c6a0be, rosai_receden_error.rb.in @2bd5b38c779091513ca04384a6b4367843431a5e;
// SK: Sotatek-ChinhVu/smart-test CalculateService/Receipt/Models/SinMeiDataModel.cs (GetRIRecord, per the notes);
// KW: karte compat_workers.js (read_file id 71329477297; repository not identified) — used only where it agrees.
// 項目名 of the comment pairs are ORCA51's (コメントコード１ / コメント文字データ１), not the 医科 R04 wording.
// Layout: like the 医科 SI without 負担区分, with 金額 between 点数 and 回数.
import { defineRecord } from '../../types.js';

export const RI = /* @__PURE__ */ defineRecord({
  id: 'RI',
  name: '診療行為レコード',
  family: 'claim',
  source: 'kinds-nursing-rousai-dental-returns.md §2.4 RI',
  confidence: 'H',
  note: '摘要情報（診療行為）。RI・IY・TO・CO のいずれか１件以上を記録する（ORCA 25550）。医科の SI と異なり負担区分がなく、点数の次に金額（円）がある。RI・IY・TO は算定日情報を１日以上記録する（ORCA 23190）。アフターケアの請求ファイルでも同じレイアウト（SK は算定日情報を空欄にし、KW は記録する [L]）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', confidence: 'H', note: '“RI”を記録する。' },
    { key: 'practiceCategory', name: '診療識別', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'rosai:12', required: 'conditional', confidence: 'H', note: '診療識別コードを記録する。摘要レコードは診療識別の昇順に記録する（ORCA 23060）。同一診療識別の２件目以降は省略する慣行は医科と同じとみなす [INF]。01・99 は CO 以外に使わない（23810）。97（食事療養）の金額は食事療養合計金額【ハ】に入り、小計点数・小計金額には入らない。' },
    { key: 'code', name: '診療行為コード', mode: '数字', maxBytes: 9, format: '固定', kind: 'digits', required: 'required', confidence: 'H', note: '別に定める診療行為コード（労災の診療行為マスター又は医科の診療行為コード）を記録する。' },
    { key: 'quantity', name: '数量データ', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '数量を必要とする診療行為（きざみ計算等、ORCA 33040）の場合に記録する。食事療養（97）では食数：ORCA は基本の食事療養の Σ(数量データ×回数) を食事療養合計回数と照合する。' },
    { key: 'points', name: '点数', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '点数で算定する診療行為の場合に、点数・回数算定単位内の最終レコードに点数を記録する（ORCA 33070）。金額で算定する項目には記録しない。' },
    { key: 'amount', name: '金額', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '労災独自に金額（円）で算定する診療行為（労災診療行為マスターで金額指定のもの、例: 労災の初診料・再診料・療養担当手当）の場合に記録し、点数は記録しない。金額算定の項目で金額なしは誤り（ORCA 38380）、点数算定の項目に金額は誤り（38390）。KW はマスターの区分 1 = 金額、3 = 点数 で書き分ける。' },
    { key: 'times', name: '回数', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '回数を記録する（０は不可、ORCA 23110）。点数・回数算定単位内の回数は同一（23120）。１日〜３１日の情報の合計と一致する [INF: 医科と同じ]。' },
    { key: 'commentCode1', name: 'コメントコード１', mode: '数字', maxBytes: 9, format: '可変', kind: 'digits', required: 'conditional', confidence: 'H', note: 'コメントが必要な場合は、別に定めるコメントコードと文字データを１より順次、対で記録する。コメントコードは“8”で始まる（ORCA 23070）。' },
    { key: 'commentText1', name: 'コメント文字データ１', mode: '漢字', maxBytes: 100, format: '可変', required: 'conditional', confidence: 'H', note: '対となるコメントコードに応じた文字情報又は数字情報等を記録する。修飾語コード（90系）は最大５つ（ORCA 23870）。記録を要しないコメントコードの場合は省略。' },
    { key: 'commentCode2', name: 'コメントコード２', mode: '数字', maxBytes: 9, format: '可変', kind: 'digits', required: 'conditional', confidence: 'H', note: 'コメントが必要な場合は、別に定めるコメントコードと文字データを１より順次、対で記録する。コメントコードは“8”で始まる（ORCA 23070）。' },
    { key: 'commentText2', name: 'コメント文字データ２', mode: '漢字', maxBytes: 100, format: '可変', required: 'conditional', confidence: 'H', note: '対となるコメントコードに応じた文字情報又は数字情報等を記録する。修飾語コード（90系）は最大５つ（ORCA 23870）。記録を要しないコメントコードの場合は省略。' },
    { key: 'commentCode3', name: 'コメントコード３', mode: '数字', maxBytes: 9, format: '可変', kind: 'digits', required: 'conditional', confidence: 'H', note: 'コメントが必要な場合は、別に定めるコメントコードと文字データを１より順次、対で記録する。コメントコードは“8”で始まる（ORCA 23070）。' },
    { key: 'commentText3', name: 'コメント文字データ３', mode: '漢字', maxBytes: 100, format: '可変', required: 'conditional', confidence: 'H', note: '対となるコメントコードに応じた文字情報又は数字情報等を記録する。修飾語コード（90系）は最大５つ（ORCA 23870）。記録を要しないコメントコードの場合は省略。' },
    { key: 'day1', name: '１日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day2', name: '２日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day3', name: '３日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day4', name: '４日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day5', name: '５日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day6', name: '６日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day7', name: '７日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day8', name: '８日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day9', name: '９日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day10', name: '１０日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day11', name: '１１日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day12', name: '１２日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day13', name: '１３日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day14', name: '１４日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day15', name: '１５日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day16', name: '１６日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day17', name: '１７日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day18', name: '１８日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day19', name: '１９日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day20', name: '２０日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day21', name: '２１日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day22', name: '２２日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day23', name: '２３日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day24', name: '２４日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day25', name: '２５日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day26', name: '２６日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day27', name: '２７日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day28', name: '２８日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day29', name: '２９日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day30', name: '３０日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day31', name: '３１日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
  ],
});
