// The record structure of a 訪問看護 claim file (RECEIPTH.UKE), transcribed from 「オンラインによる請求に係る記録条件仕様
// （訪問看護用）」令和６年６月版（別添１－５） 第1章3(3)ア (p.1–2): (イ) the file's records, (ウ) the records of one receipt with
// 記録 and （複数） and notes 1–4, (エ) the records each レセプト種別 needs, and the KA amount rules of 第1章3(4)オ (p.17).
// Official text: no confidence marks. Ordering rules for KA from the 支払基金「電子レセプトの作成手引き（訪問看護）」
// 令和６年６月版 第18章 (official; shared/spec/nursing-R06/tebiki-nursing-R0606.txt). Summary cross-checked with
// shared/spec/kinds-nursing-rousai-dental-returns.md §1.3, §1.4, §1.6.
import type { StructureDef } from '../types.js';

export const HOUKAN_STRUCTURE: StructureDef = {
  header: 'HM',
  trailer: 'GO',
  receipt: [
    { ids: ['RE'], required: true, single: true, note: 'レセプト単位データの先頭に記録（必須、複数不可）。' },
    { ids: ['HO'], required: false, single: true, note: '医療保険レセプトの場合に記録（記録:（別記）、複数不可）。医療保険単独・医療保険と公費の併用では必須、公費単独・公費併用では記録不可（第1章3(3)ア(エ)）。国民健康保険又は後期高齢者医療は医療保険と読み替える。' },
    { ids: ['KO'], required: false, note: '公費負担医療レセプトの場合に記録（記録・複数とも（別記））。医療保険と1～4種の公費併用: 1～4レコード、公費単独: 1レコード、2～4種の公費併用: 2～4レコード、医療保険単独: 記録不可。複数記録する場合は「法別番号及び制度の略称表」の順に第一公費から記録する。' },
    { ids: ['SN'], required: false, note: '資格確認の状況を記録（任意、可※1）。注2: 訪問看護ステーションからの請求時は、保険者レコード及び公費レコード（公費負担医療の 12 から始まる負担者番号のみ）に対応する資格確認レコードを記録する。12 から始まる負担者番号以外の公費レコードには記録不可。負担者種別の昇順。' },
    { ids: ['JD'], required: false, note: '受診日等を記録（任意、可）。負担者種別ごとに１レコード、負担者種別の昇順。' },
    { ids: ['MF'], required: false, note: '窓口負担額等に係る情報を記録（任意、可※2）。注3: 当分の間、一部負担金に係る区分の窓口負担額レコードを記録する。' },
    { ids: ['GI'], required: false, single: true, note: '災害救助法の適用を受けた災害等の被災者レセプトの場合に記録（任意、複数不可）。注4: 災害等レコードは、当分の間、記録を省略する。', suspended: '第1章3(3)ア(ウ) 注4「災害等レコードは、当分の間、記録を省略する。」; GI 注「当分の間、記録を省略する。」' },
    { ids: ['IH'], required: true, note: '訪問看護指示書を交付した医療機関・保険医を記録（必須、可）。' },
    { ids: ['HJ'], required: true, note: '訪問看護指示期間を記録（必須、可）。同一指示区分の期間が２以上ある場合は年月日の早いものから。' },
    { ids: ['JS'], required: true, note: '心身の状態を記録（必須、可）。' },
    { ids: ['SY'], required: true, note: '主たる傷病名を記録（必須、可）。１傷病１レコード。' },
    { ids: ['RJ'], required: true, single: true, note: '利用者の状況を記録（必須、不可）。' },
    { ids: ['TJ'], required: false, note: '情報提供の状況を記録（任意、可）。' },
    { ids: ['TZ'], required: false, note: '特記事項を記録（任意、可）。' },
    { ids: ['KS'], required: false, note: '専門の研修を記録（任意、可）。' },
    { ids: ['CO'], required: false, note: 'コメントが必要な場合に記録（任意、可）。' },
    { ids: ['KA'], required: true, note: '訪問看護療養費を記録（必須、可。１レセプト内に１レコード以上記録）。算定年月日の昇順、同一日内は基本項目の後に加算項目（割合等による加算は加算対象の直下）。' },
  ],
  // SN / JD once per payer, named by 別表23 負担者種別, in its ascending order (SN 注3 l.574, JD 注2 l.633); SN only for
  // the HO and for a KO whose 負担者番号 starts with 12 (第1章3(3)ア(エ) 注2 l.177–178, (イ) 注2 l.158–159, SN 注1
  // l.570–572). Line numbers: kiroku-nursing-R0606.txt.
  payerRecords: [
    { id: 'SN', payerKey: 'payerType', publicPrefixes: ['12'], ascending: true, source: '記録条件仕様（訪問看護用）R06.6 第1章3(3)ア(エ) 注2・注4; SN 注1・注3 (p.2, p.9)' },
    { id: 'JD', payerKey: 'payerType', ascending: true, source: '記録条件仕様（訪問看護用）R06.6 第1章3(3)ア(エ) 表; JD 注2 (p.2, p.10)' },
  ],
  // 「算定日が早い順に記録をします」 (手引き（訪問看護）R06.6 第18章, tebiki-nursing-R0606.txt l.2303, l.2477). Official (the
  // 支払基金's guide), but not in the 記録条件仕様 itself.
  dateOrder: [{ ids: ['KA'], key: 'calcDate', source: '手引き（訪問看護）R06.6 第18章 (p.39–51)「算定日が早い順に記録をします」' }],
  // [INF] HO / KO 合計金額 = Σ KA 金額 by 負担区分: the spec states the KA 金額 rule (割合の加算は 0 で基本に合算, 点数×10;
  // l.1113–1120) but not the sum in words. A correction is a one-line edit here (confidence, or remove the entry).
  payerAmounts: { ids: ['KA'], amountKey: 'amount', totalKey: 'totalAmount', confidence: 'INF', source: 'HO/KO 合計金額; KA 金額 (記録条件仕様（訪問看護用）R06.6 p.7–8, p.17) — the sum is inferred' },
  // KA 金額 記録内容2 (l.1115–1118): a 加算 given by a 割合 is recorded at 金額 0 and its amount added to the base; the
  // 手引き 第18章 (tebiki l.2214, l.2225): 「当該加算は、加算対象となる基本療養費の直下のレコードに記録します」. [INF] that
  // every KA at 0 is such a 加算 (no other 療養費 is 0: 点数 × 10 or a yen amount) — hence a warning; a correction is a
  // one-line edit of the confidence here.
  foldedAmounts: { ids: ['KA'], amountKey: 'amount', dateKey: 'calcDate', confidence: 'INF', source: '記録条件仕様（訪問看護用）R06.6 KA 金額 記録内容2; 手引き（訪問看護）R06.6 第18章「加算対象となる基本療養費の直下」' },
  // JD 備考 1–2 (l.597–612): the days recorded are the days of the KA 算定年月日; “9” (別表25) marks a day that does not
  // match (網掛け: not used in a first claim, l.1606–1607).
  visitDays: { record: 'JD', dayPrefix: 'day', mismatchCodes: ['9'], dates: { ids: ['KA'], key: 'calcDate' }, source: '記録条件仕様（訪問看護用）R06.6 JD 備考1・2 (p.10); 別表25 注' },
  receipts: { min: 1, source: '記録条件仕様（訪問看護用）R06.6 第1章3(3)ア レセプト「1ファイル単位内に1以上記録 必須」' },
  source: '記録条件仕様（訪問看護用）R06.6 第1章3(3)ア(イ)(ウ)(エ) p.1-2; 第1章3(4)オ p.17; 手引き（訪問看護）R06.6 第18章 p.39-51',
  note: /* @__PURE__ */ [
    'ファイル: RECEIPTH.UKE（CSV形式、１ボリューム１ファイル）。HM は１ファイル単位の先頭（必須）、レセプトは１以上（必須）、GO は最後（必須）。マルチボリューム識別情報はどのレコードにもない。GO はレコード識別情報のみで総件数・総合計の項目はない。ファイル最終レコードの改行コードの後に EOF コード（1A）を記録する。',
    'レセプト種別ごとの記録条件（第1章3(3)ア(エ)。○ 記録必須、× 記録不可、△ 記録任意。国民健康保険又は後期高齢者医療は医療保険と読み替える）:',
    '・医療保険単独: HO ○ / KO × / SN △（1レコード） / JD △（1レコード） / MF △',
    '・医療保険と1～4種の公費負担医療の併用: HO ○ / KO ○（1～4レコード） / SN △（1～5レコード） / JD △（2～5レコード） / MF △',
    '・公費負担医療単独: HO × / KO ○（1レコード） / SN △（1レコード） / JD △（1レコード） / MF △',
    '・2～4種の公費負担医療の併用: HO × / KO ○（2～4レコード） / SN △（1～4レコード） / JD △（2～4レコード） / MF △',
    '　注2: 資格確認レコードは、公費レコードに公費負担医療の 12 から始まる負担者番号を記録する場合は記録任意、それ以外の負担者番号の場合は記録不可。注3: 公費レコードを複数記録する場合は「法別番号及び制度の略称表」（診療報酬請求書等の記載要領）の順に先順位を第一公費として最初に記録する。注4: 請求時は保険者レコード及び公費レコード（12 から始まる負担者番号のみ）に対応する資格確認レコードを記録する。',
    'KA の金額と並び: 金額は当該療養費の金額（円）。割合等により規定される加算（例: 特別地域訪問看護加算 50/100）は加算の金額を 0 で記録し、その額を加算対象の療養費の金額に合算する（手引き: 加算は加算対象となる基本療養費の直下のレコードに記録）。点数により規定される療養費（例: 医療観察訪問看護基本料）は点数×10 を記録する。KA に回数の項目はなく、１レコードが１算定である（同一日に２回算定する加算は２レコード、手引きの例）。手引き第18章: 算定日が早い順に、算定日ごとに同一の療養費区分内で基本項目、加算項目の順に記録する。訪問日に関わらず月１回に限り算定する療養費は最初の訪問日に記録する。加算のみを算定する場合は加算のコードのみを記録する（このとき HO 実日数は 0）。',
    '合計金額（推定の規則、本文に明記はない）: HO 合計金額 = そのレセプトの全 KA の金額の和、各 KO 合計金額 = 負担区分（別表22）がその公費を含む KA の金額の和、とみなす。KA の金額規則（割合加算は 0 で基本に合算）により、KA の金額の和が療養費の総額になる。',
    '返戻（手引き 別紙１）: 一次請求返戻ファイルは HH + 請求データ + HR + 履歴管理ブロック（8,行番号,枝番号 を前置した行、最後は RC）+ HG。再請求ファイルは HH を HM に、HG を GO に置き換え、前置なしの HR を削除し、履歴管理ブロックと RE 検索番号は修正しない（レセプト番号は記録順に付け直す）。審査支払機関を変更する場合・レセプトを分割する場合は一次請求ファイルを再作成する（検索番号・履歴管理ブロックなし）。保険者からの再審査による返戻は紙で再請求する。HH/HR/HG のレイアウトは records/HH.ts, HR.ts, HG.ts（推定を含む）。',
  ].join('\n'),
};
