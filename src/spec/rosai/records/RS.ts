// Reconstructed 労災診療費請求書レコード (RS, 13 fields): shared/spec/kinds-nursing-rousai-dental-returns.md §2.4, §2.7;
// claim-records.md §4.5 (H30 table from 123-R). No official 労災 記録条件仕様 was readable; 123-R is a third-party copy
// of the official 手引 (H30). Table confidence [H]: 123-R (mode / bytes / 固定・可変 / 記録必須), ORCA18/51, SK and KW agree
// on 13 fields. 123-R's 記録必須 marks (※ on fields 1, 2, 3, 6, 8, 9, 10, 11, 13 by count) match ORCA's required flags.
// Sources: 123-R: 123deta.com excerpt of 「労災レセプト電算処理システム 電子レセプトの作成手引 －医科用－」平成30年4月, 第9章 労災診療費請求書レコード (mode, bytes, 固定/可変, 記録必須 ※);
// ORCA51: Hiroaki-Inomata/ORCA-5-1 jma-receipt.r_5_1_branch/scripts/monthly/rosai_receden_common_const.rb.in @9670a29e354a826f8eaa17c01e8e0a81898468e1 (read: order, 項目名, mode, bytes, fixed flag, required flag);
// ORCA18: miyucy/jma-receipt (branch master-utf8) scripts/monthly/rosai_receden_common_const.rb.in @594ce5942f68cdcb2ff84da28718e00f70cde8ef (as cited by the notes), rosai_receden_check.rb.in @04e543cc4ecf502d50eef4cf522a070fa1c6a0be, rosai_receden_error.rb.in @2bd5b38c779091513ca04384a6b4367843431a5e;
// SK: Sotatek-ChinhVu/smart-test CalculateService/Receipt/ViewModels/RecedenViewModel.cs @1bc3c08865bc62d00369ec1e037c50d67bb7aab9 (IR, GetRSRecord, GetASRecord);
// KW: karte compat_workers.js (read_file id 71329477297; repository not identified) — used only where it agrees; FAQ: mhlw.go.jp …/rousai/rezeptsystem/faq-05.html (stored excerpt).
import { defineRecord } from '../../types.js';

export const RS = /* @__PURE__ */ defineRecord({
  id: 'RS',
  name: '労災診療費請求書レコード',
  family: 'claim',
  source: 'kinds-nursing-rousai-dental-returns.md §2.4 RS; 123-R (H30 手引 第9章)',
  confidence: 'H',
  note: 'ファイルの最後に１件だけ記録する（ORCA 10001/10002）。医科の GO に代わる。初回分の請求は（都道府県労働局コード、労働基準監督署コード）ごとに別ファイルとし、それぞれの RS にその両コードを記録する。継続分は１ファイルにまとめ、RS の両コードを空欄とする（SK・KW・ORCA）。請求金額 = Σ RR 合計額、内訳書添付枚数 = レセプト件数。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', confidence: 'H', note: '“RS”を記録する。' },
    { key: 'facilityClass', name: '病院・診療所の区分', mode: '英数', maxBytes: 1, format: '固定', kind: 'code', table: 'rosai:19', required: 'required', confidence: 'H', note: '病院・診療所区分コード（別表19）を記録する（123-R）。1・2・3 以外は誤り（ORCA 10050/10060）。' },
    // [H] width 8 in the 西暦 era (ORCA51, SK, KW); 123-R (H30) gives 英数 7 固定 for the 和暦 era.
    // [M] 固定: 123-R and ORCA18 fixed; ORCA51 drops the flag.
    { key: 'submissionDate', name: '請求書提出年月日', mode: '英数', maxBytes: 8, format: '固定', kind: 'ymd', required: 'required', confidence: 'M', note: '労災診療費請求書の提出年月日。2020年5月請求分からは西暦 YYYYMMDD（８桁）、それより前は和暦 GYYMMDD（７桁、年号区分は別表3）で記録した（123-R の H30 手引は７桁、SK は出力年月 202005 から西暦）。ファイル内のどの RR 療養期間―末日より前でもいけない（ORCA 10100）。モードは英数（123-R、ORCA）。' },
    { key: 'laborBureau', name: '都道府県労働局コード', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'rosai:20', required: 'conditional', confidence: 'H', note: '初回分の請求の場合に、傷病労働者の所属する事業場の所在地を管轄する都道府県労働局コード（別表20）を記録する。不明の場合は省略してよい（123-R）。傷病年金は年金証書番号の先頭２桁（FAQ）。継続分をまとめたファイルでは省略する（SK・KW・ORCA）。監督署コードだけの記録は誤り（ORCA 10170）。' },
    { key: 'laborOffice', name: '労働基準監督署コード', mode: '数字', maxBytes: 2, format: '可変', kind: 'digits', required: 'conditional', confidence: 'H', note: '初回分の請求の場合に記録する（所轄の労働基準監督署）。継続分のファイルでは省略。ORCA は労働局コード＋“1”＋監督署コードを自前の監督署マスタで検査する（10190）。公開のコード表はない。' },
    { key: 'designatedNumber', name: '指定病院等の番号', mode: '数字', maxBytes: 7, format: '固定', kind: 'digits', required: 'required', confidence: 'H', note: '労災保険指定医療機関番号（７桁）。SK は左を０で埋める。数字以外は誤り（ORCA 10200/10210）。' },
    { key: 'postalCode', name: '郵便番号', mode: '数字', maxBytes: 7, format: '可変', kind: 'digits', required: 'optional', confidence: 'H', note: '医療機関の郵便番号。ハイフンなしの７桁（ORCA 10130）。' },
    { key: 'locationAddress', name: '医療機関所在地', mode: '漢字', maxBytes: 80, format: '可変', kind: 'text', required: 'required', confidence: 'H', note: 'ORCA 10140。' },
    { key: 'directorName', name: '医療機関責任者氏名', mode: '漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'required', confidence: 'H', note: 'ORCA 10150。KW は姓と名の間を全角スペースにする。' },
    { key: 'pointUnitPrice', name: '労災診療費単価', mode: '数字', maxBytes: 4, format: '固定', kind: 'code', required: 'required', confidence: 'H', note: '１点の単価（円）の100倍：“1200”（12円）又は“1150”（11円50銭）。それ以外は誤り（ORCA 10010/10020）。ファイル内の全レセプトの【イ】はこの単価で換算する。' },
    { key: 'claimAmount', name: '請求金額', mode: '数字', maxBytes: 9, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: 'ファイル内の各レセプトの RR 合計額【イ】＋【ロ】＋【ハ】の合計（円）（ORCA 10310）。' },
    { key: 'totalCount', name: '内訳書添付枚数', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'optional', confidence: 'H', note: 'ファイル内のレセプト（RE）の件数。ORCA は件数と一致しなければ誤りとする（10320: 空欄も０として照合するので実際には常に記録する）。123-R の表では記録必須の印がない。' },
    { key: 'volume', name: 'マルチボリューム識別情報', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', required: 'required', confidence: 'H', note: '単一又は最終ボリュームは“99”。複数ボリュームの場合は“01”から昇順（ORCA の書き出し処理）。' },
  ],
});
