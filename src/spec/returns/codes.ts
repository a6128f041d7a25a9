// Code tables of the online return files (RECEIPTC.HEN / RECEIPTC.SAH), reconstructed from
// shared/spec/return-files.md §3. The official 医科 return-file spec (別添A) was not available; table numbers
// (別表5, 7, …) are those of the 医科 edition as transcribed in meddatum (MD13). Every table carries the
// confidence of its notes. Codes are ASCII; meanings keep the sources' wording (“…” abbreviations in the notes
// are expanded where the expansion is obvious, and such tables say so).
import { defineCodes } from '../types.js';

/** Pattern for 国保 (国民健康保険団体連合会) six-digit codes in the 200000番台. */
const KOKUHO_6 = { pattern: '^2[0-9]{5}$', meaning: '国民健康保険団体連合会使用コード（200000番台、別に定める）' } as const;
/** Pattern for 国保 three-digit codes in the 200番台. */
const KOKUHO_3 = { pattern: '^2[0-9]{2}$', meaning: '国民健康保険団体連合会使用コード（200番台、別に定める）' } as const;

export const RET_HENREI_KUBUN = defineCodes({
  id: 'ret:henrei-kubun',
  name: '別表５ 返戻区分コード',
  source: 'return-files.md §3.1 (MD13 rezept_codes.hrl 医科 別表5; HP Ref.py revise_type; PYH; ORCA validates 1–9)',
  confidence: 'H',
  codes: {
    '1': '事務上の返戻',
    '2': '審査上の返戻',
    '3': '特別審査上の返戻',
    '4': '再審査等請求における資格関係等の返戻',
    '5': '再審査等請求における診療内容の返戻',
    '6': '再審査等請求における事務上の返戻',
    '7': '再審査等請求における突合再審査の返戻',
    '8': '再審査等請求における特別審査上の返戻',
    '9': '再審査等請求における保険医療機関の取下げ',
  },
  note: 'MD13 の文言。HP は「再審査請求における…」「9 再審査請求に於ける保険医療機関の取下げ」と少し異なる。1〜3 は一次請求返戻（RECEIPTC.HEN）、4〜9 は再審査等返戻（RECEIPTC.SAH）[INF]。DPC 版では別表7。',
});

export const RET_DATA_KIND = defineCodes({
  id: 'ret:data-kind',
  name: '別表７ データ識別コード',
  source: 'return-files.md §3.2 (MD13 rezept_codes.hrl 医科 別表7 [M]; HP Ref.py data_category, R6.8.23版 [L/M])',
  confidence: 'M',
  codes: {
    '1': '保険医療機関からの請求(請求データ)',
    '2': '審査支払機関での補正等(支払決定データ)',
    '3': '保険者等からの再審査等請求(再審査等データ)',
    '4': '審査支払機関での再審査等結果(再審査等決定データ)',
    '5': '審査支払機関での資格確認前の保険医療機関からの請求',
    '6': '審査支払機関での資格確認による補正等',
    '7': '保険者等からの資格確認要求',
    '8': '保険医療機関への一次請求及び再請求の返戻(返戻データ)',
    '9': '保険者等からの資格確認要求に対する回答',
    '11': '保険者等に請求されたレセプトで再請求前の保険医療機関からの請求',
    '12': '保険者等に請求されたレセプトで再請求前の審査支払機関での補正等',
    '13': '保険者等に請求されたレセプトで再請求前の保険者等からの再審査等請求',
    '14': '保険者等に請求されたレセプトで再請求前の審査支払機関での再審査等結果',
    '15': '再請求前の審査支払機関での資格確認前の保険医療機関からの請求',
    '16': '再請求前の審査支払機関での資格確認による補正等',
  },
  note: '1〜4, 8, 11〜14 は MD13（医科 別表7）[M]。12〜14 の文言は MD13 では「…再請求前の…」と省略されており、11 の前半「保険者等に請求されたレセプトで」を補った [INF]。5, 6, 7, 9, 15, 16 は HP（R6.8.23版 別表）のみ [L/M]。HP にはさらに 6 と同じ文言の “86” があるが誤記とみなして除外した。読み手は表にない数字のデータ識別も履歴行として扱うこと（ORCA は 1〜2 桁の正の数字をすべて履歴とする）。',
});

export const RET_JIYU = defineCodes({
  id: 'ret:jiyu',
  name: '別表８ 事由コード',
  source: 'return-files.md §3.3 (MD13 rezept_codes.hrl 医科 別表8)',
  confidence: 'M',
  codes: {
    A: '支払基金: 療養担当規則等に照らし、医学的に適応と認められないもの／国保: 不適応',
    B: '支払基金: 療養担当規則等に照らし、医学的に過剰・重複と認められるもの／国保: 過剰',
    C: '支払基金: 療養担当規則等に照らし、A・B以外の医学的理由により適当と認められないもの／国保: 重複',
    D: '支払基金: 告示・通知の算定要件に合致していないと認められるもの／国保: 不適当、不必要',
    F: '固定点数誤り',
    G: '請求点数誤り',
    H: '縦計計算誤り',
    K: 'その他',
  },
  note: '同じ文字が社会保険診療報酬支払基金と国民健康保険団体連合会で意味が異なる（A〜D）ので両方を併記した。B・C の支払基金の文言は MD13 で「…医学的に…」と省略されており、A の前半を補った [INF]。JY の事由コード欄は「:」区切りで複数記録される。',
});

export const RET_SAISHINSA_HENREI_JIYU = defineCodes({
  id: 'ret:saishinsa-henrei-jiyu',
  name: '別表１７ 再審査等返戻事由コード',
  source: 'return-files.md §3.4 (MD13 rezept_codes.hrl 医科 別表17, 支払基金; MDH 別表9 in the DPC variant)',
  confidence: 'M',
  codes: {
    S1011: '記号・番号の誤り',
    S1012: '患者名・性別・生年月日の誤り',
    S1013: '認定外家族',
    S1014: '該当者なし',
    S1016: '旧証によるもの',
    S1017: '本人・家族等の種別誤り',
    S1018: '資格喪失後の受診',
    S1019: '重複請求',
    S1020: '給付対象外診療(労災等)',
    S1022: '後期高齢者・国保該当',
    S1023: '給付期間満了',
    S1024: 'その他',
    S1025: '医療機関等からの取下げ依頼による',
    S1026: '特記事項の誤り',
    S1030: '固定点数誤り',
    S1041: '必要事項の記録もれ',
    S1042: '区分、診療開始日の誤り',
    S1043: '実日数の誤り',
    S1045: '一部負担金の誤り',
    S1048: '請求先変更(新設・合併等)',
    S1049: '突合再審査の再審査',
    S1050: 'その他',
    S1052: '医療機関等からの再審査請求による',
    S1060: '診療内容に関するもの',
    S1080: '突合再審査',
  },
  open: [{ pattern: '^S2[0-9]{3}$', meaning: '国民健康保険団体連合会使用コード（S2000番台、別に定める）' }],
  note: '再審査等返戻（RECEIPTC.SAH）の HR.返戻事由コードに用いる。一次請求返戻（RECEIPTC.HEN）の返戻事由コードは「審査支払機関が定める」もので一覧は未入手（PYH の「L+4桁」は未確認 [L]）; HEN の値をこの表で検査しないこと。',
});

export const RET_HOSEI = defineCodes({
  id: 'ret:hosei',
  name: '別表１８ 補正情報コード',
  source: 'return-files.md §3.5 (MDH rezept_med.hrl; 医科 別表18, DPC 別表10)',
  confidence: 'M',
  codes: {
    '1': '一次請求及び再請求で補正等があり、再審査等請求では補正等がない場合',
    '2': '一次請求及び再請求で補正等があり、再審査等請求でも補正等がある場合',
    '3': '一次請求及び再請求で補正等はなく、再審査等請求で補正等がある場合',
  },
  note: 'HR.補正情報。コード 1 及び 2 の場合は HR.増減点連絡書年月を記録する（MDH）。',
});

export const RET_RIYU_BANGO = defineCodes({
  id: 'ret:riyu-bango',
  name: '別表９ 理由番号コード',
  source: 'return-files.md §3.6 (MD13 rezept_codes.hrl; HP Ref.py)',
  confidence: 'M',
  codes: {
    '100011': '記号・番号の誤り',
    '100012': '患者名・性別・生年月日の誤り',
    '100013': '認定外家族',
    '100014': '該当者なし',
    '100016': '旧証によるもの',
    '100017': '本人・家族等の種別誤り',
    '100018': '資格喪失後の受診',
    '100019': '重複請求',
    '100020': '給付対象外診療（労災等）',
    '100022': '後期高齢者・国保該当',
    '100023': '給付期間満了',
    '100024': 'その他',
    '100025': '医療機関等及び実施機関からの取下げ依頼による',
    '100026': '特記事項の誤り',
    '100030': '固定点数誤り',
    '100041': '必要事項の記録もれ',
    '100042': '区分、診療開始日の誤り',
    '100043': '実日数の誤り',
    '100045': '一部負担金の誤り',
    '100048': '請求先変更（新設・合併等）',
    '100049': '突合再審査の再審査（調剤レセプト）',
    '100050': 'その他',
    '100052': '医療機関等及び実施機関からの再審査請求による',
    '100060': '診療内容に関するもの',
    '100069': '突合再審査の再審査（医科・歯科レセプト）',
    '100070': '参照レセプト',
    '100080': '突合再審査（調剤レセプト）',
    '100090': '突合再審査（医科・歯科レセプト）',
  },
  open: [KOKUHO_6],
  note: '100011〜100026 は資格関係等、100030〜100069 は診療内容・事務上。MD.理由番号。国保 200000番台の例（HP）: 201101 対象者なし, 201102 生保該当, 201103 社保該当, 201104 他保該当, 202101 保険者番号の誤り, 202120 割合等の誤り（201107, 201109, 201112, 201113, 201116 もあるが文言未転記）。',
});

export const RET_RIYU_NAIYO = defineCodes({
  id: 'ret:riyu-naiyo',
  name: '別表１０ 理由内容コード',
  source: 'return-files.md §3.7 (MD13 rezept_codes.hrl)',
  confidence: 'M',
  codes: {
    '100001': '『診療行為・医薬品・特定器材』の適応外',
    '100002': '『診療行為・医薬品・特定器材』の過剰',
    '100003': '『診療行為・医薬品・特定器材』の重複',
    '100004': '『診療行為・医薬品・特定器材』の併用・併施',
    '100005': '『診療行為・医薬品・特定器材』の一連',
    '100006': '『診療行為・医薬品・特定器材』の包括',
    '100007': '『医薬品』の長期投与',
    '100008': '『医薬品』の禁忌',
    '190001': '（相手レセプトの申し出内容による審査）',
    '199999': '（上記以外の理由内容）',
  },
  open: [KOKUHO_6],
  note: '100002〜100006 は MD13 で「…の過剰」等と省略されており、100001 の『診療行為・医薬品・特定器材』を補った [INF]。MD.理由内容 コード。',
});

export const RET_RENRAKU = defineCodes({
  id: 'ret:renraku',
  name: '別表１１ 医療機関等連絡コード',
  source: 'return-files.md §3.7 (MD13 rezept_codes.hrl; HP HenParser.py)',
  confidence: 'M',
  codes: {
    '1': '保険医療機関と連絡調整済み',
  },
  note: 'MD.医療機関等連絡。',
});

export const RET_RIYU_TAISHO = defineCodes({
  id: 'ret:riyu-taisho',
  name: '別表１２ 理由対象区分コード',
  source: 'return-files.md §2.11, §3.7 (MD13 rezept_codes.hrl)',
  confidence: 'M',
  codes: {
    '1': '対象',
    '2': '参照',
  },
  note: 'RT.理由対象区分。『対象』は SI/IY/TO、「参照」は SY/SI/IY/TO/CO を指す。',
});

export const RET_JURANN = defineCodes({
  id: 'ret:jurann',
  name: '別表１３ 縦覧区分コード',
  source: 'return-files.md §2.12, §3.7 (MD13 rezept_codes.hrl; HP HenParser.py)',
  confidence: 'M',
  codes: {
    '1': '相手が電子レセプト',
    '2': '相手が紙レセプト',
    '3': '相手が紙の参考',
  },
  note: 'JR.縦覧区分。文言はノートの要約で、公式の表現ではない可能性がある。1 の場合は JR.検索番号、2・3 の場合は JR.整理番号等を記録する。',
});

export const RET_MOUSHIDE_KIKAN = defineCodes({
  id: 'ret:moushide-kikan',
  name: '別表１４ 再審査等申し出機関コード',
  source: 'return-files.md §3.8 (MD13 rezept_codes.hrl)',
  confidence: 'M',
  codes: {
    '101': '医療保険',
    '102': '第1公費負担医療',
    '103': '第2公費負担医療',
    '104': '第3公費負担医療',
    '105': '第4公費負担医療',
    '108': '保険医療機関',
    '109': '社会保険診療報酬支払基金',
  },
  open: [KOKUHO_3],
  note: '公費単独の場合は 102。MK.再審査等申し出機関。',
});

export const RET_SHINSA_KEKKA = defineCodes({
  id: 'ret:shinsa-kekka',
  name: '別表１５ 審査結果コード',
  source: 'return-files.md §3.9 (HP Ref.py wording; MD13 rezept_codes.hrl codes)',
  confidence: 'M',
  codes: {
    '101': '資格関係等返戻',
    '102': '原審どおり（診療内容・事務上）',
    '103': '査定（診療内容・事務上）',
    '104': '返戻（診療内容）',
    '105': '返戻（事務上）',
    '106': '請求先変更',
    '107': '請求どおり（突合再審査）',
    '108': '査定（突合再審査）',
    '109': '返戻（突合再審査）',
    '110': '原審どおり（医療機関からの再審査請求）',
    '111': '復活（医療機関からの再審査請求）',
    '112': '返戻（医療機関からの再審査請求）',
    '113': '他の申し出理由により査定',
    '114': '他の申し出理由により返戻',
    '115': '他レセプトで処理済み',
    '116': '再審査等請求の取り下げ',
    '180': '精算（電子資格確認）',
    '199': '上記以外の処理',
  },
  open: [KOKUHO_3],
  note: '180 は HP（R6）のみで MD13 にはない。国保 200番台の例（HP）: 201 資格関係等返戻, 258 返戻（事務上）。MD13: 「連絡」及び「原審(請求)どおり理由」は審査結果コードに応じて必須又は任意（◎/○ 表、未転記）。',
});

export const RET_HOSEI_KUBUN = defineCodes({
  id: 'ret:hosei-kubun',
  name: '補正区分',
  source: 'return-files.md §2.7 (MD13/MDH JY text; HP HenParser.py)',
  confidence: 'M',
  codes: {
    '1': '追加',
    '2': '修正',
    '3': '削除',
  },
  note: 'JY.補正区分。独立した別表番号は転記されていない。HP は 1 追加、2 修正、それ以外を削除として表示する。',
});

export const RET_GENSIN_RIYU = defineCodes({
  id: 'ret:gensin-riyu',
  name: '別表１６ 原審(請求)どおり理由コード(医科)',
  source: 'return-files.md §3.10 (MD13 rezept_codes.hrl lines 1003–1200; HP Ref.py accept_reason)',
  confidence: 'M',
  codes: {},
  open: [
    { pattern: '^1000[1-9][0-9]$', meaning: '原審(請求)どおり理由コード(医科)' },
    KOKUHO_6,
  ],
  note: 'コード 100010〜100098 に定型文、事務上分は「100099」（MD13）。文言はノートに転記されていないため codes は空で、範囲のみ open で受け付ける。表示文字列が必要なら kuenishi/meddatum include/rezept_codes.hrl（1003〜1200 行）又は pinus/HenParser Ref.py の accept_reason から取り込むこと。MK.理由1〜3。DPC 版は 原審(請求)どおり理由コード(DPC)。',
});

/** Every return-file code table, in the order of return-files.md §3. */
export const RETURN_CODE_TABLES = [
  RET_HENREI_KUBUN,
  RET_DATA_KIND,
  RET_JIYU,
  RET_SAISHINSA_HENREI_JIYU,
  RET_HOSEI,
  RET_RIYU_BANGO,
  RET_RIYU_NAIYO,
  RET_RENRAKU,
  RET_RIYU_TAISHO,
  RET_JURANN,
  RET_MOUSHIDE_KIKAN,
  RET_SHINSA_KEKKA,
  RET_HOSEI_KUBUN,
  RET_GENSIN_RIYU,
] as const;
