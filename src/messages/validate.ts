/**
 * Messages of the validate module, keyed by diagnostic code, merged into the catalogues in
 * src/messages/index.ts. Same house style as src/messages/parse-ja.ts: 何が起きたか（期待値・実際の形）— 次にすること.
 * Templates receive shapes and positions; `value` is present only when the value may be shown
 * (codes, numbers, dates — and personal values only when the caller asked for them).
 */
import type { MessageCatalogue } from './types.js';

type P = Readonly<Record<string, string | number>>;

const valJa = (p: P): string => (p.value !== undefined && p.value !== '' ? `（値「${p.value}」）` : '');
const valEn = (p: P): string => (p.value !== undefined && p.value !== '' ? ` (value "${p.value}")` : '');

const MODE_KIND_JA: Record<string, string> = {
  'full-width': '全角文字',
  'half-width': '半角文字',
  'non-digit': '数字以外の文字',
  'decimal point': '小数点',
  'quotation mark': '引用符',
};

export const VALIDATE_MESSAGES_JA: MessageCatalogue = {
  // --- field (generated from the record tables) ---
  'field/count': (p) =>
    Number(p.diff) > 0
      ? `項目数が多すぎます（${p.want} 項目のところ ${p.count} 項目）— 余分な項目（コンマ）を削除してください`
      : `項目数が足りません（${p.want} 項目のところ ${p.count} 項目）— 省略する項目もコンマを記録してください`,
  'field/max-bytes': (p) => `${p.field}が最大バイト数を超えています（${p.expected}、実際 ${p.found}）— ${p.max} バイト以内にしてください`,
  'field/fixed-length': (p) => `${p.field}は固定長 ${p.max} バイトで記録します（実際 ${p.bytes} バイト）— 桁数を確認してください`,
  'field/mode': (p) =>
    `${p.field}にモード（${p.expected}）に合わない${MODE_KIND_JA[String(p.kind)] ?? '文字'}があります（項目の ${p.index} バイト目${p.char !== undefined ? `、${p.char}` : ''}）— 文字を修正してください`,
  'field/mode-mixed': (p) => `${p.field}に英数と漢字が混在しています（半角 ${p.singles} 文字・全角 ${p.doubles} 文字）— どちらかのモードに統一してください`,
  'field/jis-x0208': (p) => `${p.field}に JIS X 0208 にない文字があります（${p.bytes}）— JIS X 0208 の文字に置き換えてください（置き換えられない文字は全角「？」）`,
  'field/trailing-space': (p) => `${p.field}の末尾に${p.width === 'full' ? '全角' : '半角'}スペースがあります — 後続のスペースは記録しないでください`,
  'field/leading-zero': (p) => `${p.field}に上位桁のゼロがあります${valJa(p)} — 「001」は「1」のように記録してください`,
  'field/digits': (p) => `${p.field}に数字以外の文字があります${valJa(p)}（期待 ${p.expected}） — 番号を数字で記録してください`,
  'field/number-format': (p) =>
    p.problem === 'sign'
      ? `${p.field}に負符号“-”があります${valJa(p)} — この項目は符号なしで記録します`
      : p.problem === 'negative-zero'
        ? `${p.field}の負の値が不正です${valJa(p)} — 負符号“-”の後に０でない数字を記録します（“-0”は“0”）`
        : p.problem === 'point'
          ? `${p.field}に小数点があります${valJa(p)} — 整数で記録します`
          : `${p.field}の${p.problem === 'int-digits' ? `整数部が${p.intDigits}桁` : `小数部が${p.fracDigits}桁`}を超えています${valJa(p)} — ${p.shape} の形式で記録します`,
  'field/fraction-zero': (p) => `${p.field}の小数点以下の末尾にゼロがあります${valJa(p)} — 「1.10」は「1.1」、「1.0」は「1」のように記録してください`,
  'field/decimal-split': (p) =>
    `${p.field}の桁数が記録内容の整数部・小数部を超えています${valJa(p)}（整数部 ${p.intDigits} 桁・小数部 ${p.fracDigits} 桁、上限は整数部 ${p.int} 桁・小数部 ${p.frac} 桁）— 桁数を確認してください`,
  'field/upper-case': (p) => `${p.field}の${p.index}文字目が小文字です${valJa(p)} — “${p.letter}”は半角大文字で記録してください`,
  'field/date': (p) => `${p.field}が正しい日付ではありません（${p.shape}${p.value !== undefined ? `、値「${p.value}」` : ''}）— 実在する日付を記録してください`,
  'field/date-wareki': (p) => `${p.field}が和暦（${p.found}）で記録されています${valJa(p)} — 西暦（${p.expected}）で記録してください`,
  'field/date-seireki': (p) => `和暦の版のファイルで、${p.field}が西暦（${p.found}）で記録されています${valJa(p)} — 和暦（${p.expected}）で記録してください`,
  'field/required': (p) => `${p.field}が記録されていません — 必ず記録する項目です`,
  'field/omitted': (p) => `${p.field}は「記録を省略する」項目ですが値があります（${p.bytes} バイト）— 空にしてください`,
  'field/repeat-unit': (p) => `${p.field}のバイト数が ${p.unit} の倍数ではありません（${p.bytes} バイト）— ${p.unit} 桁のコードを連結して記録してください`,
  // --- code tables ---
  'code/unknown': (p) =>
    p.part !== undefined
      ? `${p.field}の${p.unit}番目のコードの${p.part}「${p.value}」が${p.table}にありません — コードを確認してください`
      : `${p.field}のコード${valJa(p)}が${p.table}にありません — 別表のコードを記録してください`,
  'code/open-family': (p) => `${p.field}のコード「${p.value}」は${p.table}に個別の記載がありません（${p.meaning}として受け付けました）— 確認のみで対応は不要です`,
  'code/first-claim': (p) =>
    p.when === 'never'
      ? `${p.field}のコード「${p.value}」は使用しないコードです（${p.table}の網掛け）— 他のコードを記録してください`
      : `${p.field}のコード「${p.value}」は一次請求では使用しないコードです（${p.table}の網掛け）— 他のコードを記録してください`,
  'code/history-unknown': (p) => `履歴管理ブロックの${p.field}のコード${valJa(p)}が${p.table}にありません — 審査支払機関が記録した行なので変更せず、返戻内容を確認してください`,
  // --- record (cross-field, one record) ---
  'code/setting': (p) =>
    `${p.field}のコード${valJa(p)}は${p.table}の${p.side === 'inpatient' ? '入院' : '入院外'}のコードです — ${p.side === 'inpatient' ? '入院外' : '入院'}の${Number(p.donor) ? '臓器提供者' : ''}レセプトには記録しません（レセプト種別を確認してください）`,
  'code/period': (p) =>
    p.problem === 'before'
      ? `${p.field}のコード${valJa(p)}は${p.bound}診療分から記録するコードです（診療年月 ${p.month}）— このレセプトには記録しません`
      : `${p.field}のコード${valJa(p)}は${p.bound}診療分までのコードです（診療年月 ${p.month}）— このレセプトには記録しません`,
  'code/insurance': (p) => `${p.field}のコード${valJa(p)}は${p.want}のレセプトに限り記録します（このレセプトは${p.insurance}）— レセプト種別又はコードを確認してください`,
  'record/times-sum': (p) => `回数（${p.times}）が算定日情報（１日〜３１日の情報）の合計 ${p.sum} と一致しません — 回数又は算定日情報を修正してください`,
  'record/uncoded-disease': (p) =>
    Number(p.uncoded)
      ? '未コード化傷病名（0000999）に傷病名称がありません — 傷病名称を記録してください'
      : '傷病名コードのある傷病名に傷病名称が記録されています — 傷病名称は未コード化傷病名（0000999）の場合に限り記録します',
  'record/comment-pairs': (p) =>
    p.problem === 'gap'
      ? `コメント${p.n}の前のコメントが空です — コメントは①から順に記録してください`
      : `コメント${p.n}の文字データにコメントコードがありません — コメントコードと文字データは対で記録してください`,
  'record/department': (p) =>
    p.problem === 'inpatient'
      ? `入院レセプトに診療科${p.n}が記録されています — 診療科２及び３は外来診療の場合に記録します`
      : `診療科${p.n}の組み合わせ名称があるのに診療科名がありません — 診療科名を記録してください`,
  'record/kana-name': (p) => `カタカナ（氏名）の${p.index}文字目が全角カタカナではありません — 全角カタカナ（長音は“ー”）で、姓と名の間にスペースを入れずに記録してください`,
  'record/card-length': (p) => `被保険者証（手帳）等の記号と番号が合わせて${p.chars}文字です（上限 ${p.max}文字） — 被保険者証の記号・番号を確認してください`,
  'record/inpatient': (p) =>
    p.problem === 'missing'
      ? `入院の${Number(p.donor) ? '臓器提供者' : ''}レセプトに${p.field ?? '入院年月日'}がありません — ${p.field ?? '入院年月日'}を記録してください`
      : `入院外の${Number(p.donor) ? '臓器提供者' : ''}レセプトに${p.field ?? '入院のみの項目'}が記録されています — 入院レセプトの場合に限り記録します`,
  'record/conditional-fields': (p) =>
    p.problem === 'omit'
      ? `${p.on}が“${p.onValue}”の場合は${p.field}を記録しません — 省略してください`
      : `${p.on}が“${p.onValue}”の場合は${p.field}を記録します — 記録してください`,
  'record/start-month': (p) =>
    p.what === 'record'
      ? `${p.record ?? 'この'}レコードは${p.since}診療分から記録するレコードです（診療年月 ${p.month}）— ${Number(p.skipped) ? 'それより前の診療分に記録しても審査支払機関で読み飛ばされます。省略してください' : '省略してください'}`
      : `${p.field}は${p.since}診療分から記録する項目です（診療年月 ${p.month}）— 省略してください`,
  'record/qualification': (p) =>
    p.problem === 'confirmation'
      ? '負担者種別が“1”の資格確認レコードに確認区分がありません — 保険医療機関からの請求時は確認区分を記録してください'
      : p.problem === 'omit'
        ? `${Number(p.kouki) ? '後期高齢者医療' : '負担者種別が公費負担医療'}の資格確認レコードに枝番が記録されています — 枝番は省略してください`
        : p.problem === 'width'
          ? '枝番が２桁ではありません — ２桁に満たない場合は先頭に“0”を記録し、２桁で記録してください'
          : '負担者種別が“1”の資格確認レコードに枝番がありません — 被保険者証等に枝番があれば記録してください（記載がない場合は省略して差し支えありません）',
  'record/calc-unit': (p) =>
    p.problem === 'points'
      ? `点数・回数算定単位の最終レコードに点数がありません — 算定単位の最終レコードに点数を記録してください`
      : p.problem === 'days'
        ? `点数・回数算定単位内で${p.day}日の算定日情報が異なります — 算定単位内の算定日情報は同一日に同一回数を記録してください（前のレコードの点数の記録漏れも確認してください）`
        : `点数・回数算定単位内で回数が異なります（${p.want} と ${p.value}）— 算定単位内は同一の回数を記録してください（前のレコードの点数の記録漏れも確認してください）`,
  'record/visit-days': (p) =>
    `受診日等レコードの受診等区分が摘要の算定日情報と一致しません（${Number(p.extra) ? `算定日情報のない日 ${p.extra} 日: ${p.extraDays}` : ''}${Number(p.extra) && Number(p.missing) ? '、' : ''}${Number(p.missing) ? `記録のない算定日 ${p.missing} 日: ${p.missingDays}` : ''}）— 不一致の場合は資格喪失によるレセプト分割の対象外となります。算定日情報のある日に記録してください`,
  // --- structure ---
  'structure/header-trailer': (p) =>
    `${p.which === 'header' ? '先頭' : '最後'}のレコードが ${p.found} です（このファイルでは ${p.expected}）— ファイルの種類と先頭・最後のレコードを確認してください`,
  'structure/unexpected-record': (p) =>
    p.where === 'history'
      ? `履歴管理ブロックに ${p.found} があります — 転記の誤りでないか確認してください`
      : p.where === 'form'
        ? `${p.found} は${p.kind}のファイルには記録しないレコードです — 別の種類のファイル（労災・アフターケア）のレコードでないか確認してください`
        : `${p.found} は請求データ・返戻理由データに記録できないレコードです — 履歴管理ブロック内に履歴管理情報を付けて記録するか、削除してください`,
  'structure/foreign-record': (p) => `${p.found} は${p.owners}のレコードで、${p.kind}のファイルにはありません — ファイルの種類（--kind）とレコードを確認してください`,
  'structure/record-order': (p) =>
    p.where === 'reasons'
      ? `返戻理由レコード（HR）の後に ${p.record} があります — 請求データは返戻理由レコードより前に記録してください`
      : `${p.record} が ${p.after} の後にあります — 記録順（${p.order}）に並べてください`,
  'structure/insurer-records': (p) =>
    `レセプト種別 ${p.type} では保険者レコード ${p.wantHo}・公費レコード ${p.wantKo} を記録します（実際 HO ${p.ho}・KO ${p.ko}）— レセプト種別又は保険者・公費レコードを修正してください`,
  'structure/required-records': (p) =>
    p.missing === 'SY'
      ? '傷病名レコード（SY）がありません — 傷病名を１以上記録してください'
      : p.missing === 'SI/IY/TO'
        ? '診療行為・医薬品・特定器材レコードがありません — いずれかを１以上記録してください'
        : `${p.names}がありません — ${String(p.missing).includes('/') ? 'いずれかを' : ''}１以上記録してください`,
  'structure/optional-records': (p) =>
    ({
      'sn-without-ho': '保険者レコードのないレセプトに資格確認レコードがあります — 公費のみのレセプトには記録しません',
      'sn-count': `資格確認レコードが複数あります（${p.count} 件目）— 保険者レコードに対応する１レコードのみ記録します`,
      'sn-kind': `資格確認レコードの負担者種別が ${p.kind} です — 保険者レコードに対応する負担者種別 1 で記録します`,
      'jd-duplicate': `負担者種別 ${p.kind} の受診日等レコードが複数あります — 負担者種別ごとに１レコード記録します`,
      'jd-payer': `負担者種別 ${p.kind} の受診日等レコードに対応する負担者がレセプトにありません — 負担者種別を確認してください`,
    })[String(p.problem)] ?? `${p.expected}（実際 ${p.found}）`,
  'structure/no-receipts': () => 'レセプトが１件もありません — 請求ファイルにはレセプトを１以上記録します',
  'structure/payer-records': (p) =>
    p.problem === 'duplicate'
      ? `負担者種別 ${p.kind} の${p.record}レコードが２つ以上あります — 負担者ごとに１レコードを記録します`
      : p.problem === 'absent'
        ? `${p.record}レコードの負担者種別 ${p.kind} に当たる負担者がレセプトにありません — レセプトにある負担者について記録します`
        : p.problem === 'prefix'
          ? `負担者種別 ${p.kind} の公費は負担者番号が ${p.prefixes} から始まらないため、${p.record}レコードは記録できません`
          : `${p.record}レコードが負担者種別の昇順になっていません（${p.kind} が ${p.after} の後）— 負担者種別の昇順で記録します`,
  'structure/date-order': (p) => `${p.record}レコードの日付 ${p.date} が前のレコードの ${p.after} より前です — 算定日が早い順に記録します`,
  'structure/visit-days': (p) =>
    p.problem === 'extra'
      ? `${p.record}レコードの${p.day}日に記録がありますが、その日を算定年月日とする${p.dates}レコードがありません`
      : `${p.day}日を算定年月日とする${p.dates}レコードがありますが、${p.record}レコードの${p.day}日の情報が記録されていません`,
  'cross/payer-amounts': (p) => `${p.payer}の合計金額（${p.value}）が負担区分に当たるレコードの金額の合計 ${p.want} と一致しません — 合計金額又は金額・負担区分を確認してください`,
  'structure/single-records': (p) => `${p.record}レコードが１レセプトに２つ以上あります — このレコードは複数記録できません（複数不可）`,
  'structure/suspended-records': (p) => `${p.record}レコードは当分の間記録を省略するとされています — 記録しないでください`,
  'structure/addition-below-base': (p) => `金額 0 の${p.record}レコード（${p.date}）が加算対象の療養費の直下にありません — 割合による加算は、同じ算定年月日の基本療養費の直下に記録します`,
  'structure/jd-payers': (p) => `受診日等レコードのない負担者があります（負担者種別 ${p.missing}）— 受診日等レコードを記録する場合は負担者ごとに記録します`,
  'structure/receipt-variant': (p) => `${p.label || `レセプト総括区分 ${p.value}`}のレセプトに ${p.record} レコードがあります — このレセプトのレコード構成にないレコードです`,
  'structure/receipt-group': (p) =>
    p.problem === 'orphan'
      ? `明細のレセプト（総括区分 ${p.value}）の前に総括レセプトがありません — 明細は総括レセプト又は同じ組の明細の直後に記録します`
      : p.problem === 'empty'
        ? `総括レセプトの後に明細のレセプトがありません — 総括レセプトの直後にその明細を記録します`
        : p.problem === 'sum'
          ? `総括レセプトの${p.field}（${p.value}）が明細の合計 ${p.want} と一致しません — 総括レセプト又は明細の値を確認してください`
          : `明細情報数（${p.value}）が後に続く明細の数 ${p.want} と一致しません — 明細情報数を確認してください`,
  'structure/practice-order': (p) => `診療識別 ${p.code} が ${p.after} の後にあります — 摘要は診療識別の昇順に記録します`,
  'cross/record-arithmetic': (p) => `${p.field}（${p.value}）が${p.how === 'product' ? '項目の積' : p.how === 'sum' ? '対応するレコードの合計' : '係数を乗じた値'} ${p.want} と一致しません — 計算を確認してください`,
  'cross/payer-totals': (p) => `${p.payer}の合計点数（${p.value}）が摘要の点数×回数の合計 ${p.want} と一致しません — 合計点数又は摘要の点数・回数・負担区分を確認してください`,
  'cross/burden-payers': (p) => `負担区分が、レセプトにない負担者（${p.lacking}）を示しています — レセプト種別 ${p.receiptType} の負担者に合った負担区分を記録してください`,
  'cross/birth-date': (p) => `生年月日が診療年月（${p.serviceMonth}）より後です — 生年月日を確認してください`,
  'cross/age-type': (p) => `診療年月の患者の年齢がレセプト種別 ${p.receiptType}（${p.band}）に合いません（${p.side === 'young' ? '若すぎる' : '年齢超過'}）— レセプト種別又は生年月日を確認してください`,
  'structure/donor-records': (p) =>
    p.problem === 'no-ti'
      ? `臓器提供者レセプト情報が臓器提供医療機関情報レコード（TI）で始まっていません（${p.found}）— TI を先頭に記録してください`
      : p.problem === 'no-tr'
        ? '臓器提供医療機関情報レコード（TI）の後に臓器提供者レセプト情報レコード（TR）がありません — TR を記録してください'
        : `臓器提供者レセプトに ${p.missing} がありません — TR・TS・SY・診療行為等を記録してください`,
  'structure/public-order': (p) =>
    `公費レコードの順序が優先順位と異なります（法別 ${p.houbetsu} が法別 ${p.after} の後）— 先順位の公費を第一公費として最初に記録してください`,
  'structure/category-run': (p) => `診療識別を省略したレコードが ${p.limit} レコードを超えて連続しています — 診療識別を記録してください`,
  // --- history block ---
  'history/unprefixed-line': () => '履歴管理ブロック内に履歴管理情報のない行があります — 請求データは履歴管理ブロックより前に記録してください',
  'history/rc-last': (p) =>
    p.after === 'RC'
      ? '履歴管理ブロックが RC の後の MN で終わっています — 返戻されたとおりの順です。再請求の受付側が RC を最終行として検査する場合があります（変更せずに記録し、受け付けられるか確認してください）'
      : `履歴管理ブロックの最終行がレコード管理情報レコード（RC）ではありません（${p.found}）— 返戻された履歴管理ブロックを変更せずに記録してください`,
  'history/rc-format': (p) =>
    p.problem === 'count'
      ? `レコード管理情報レコードの項目数が５ではありません（${p.count} 項目）— 返戻されたとおりに記録してください`
      : `レコード管理情報レコードの管理情報が英数字 100 バイト以内ではありません（${p.found}）— 返戻されたとおりに記録してください`,
  'history/prefix': (p) => `履歴管理情報の${p.which}が数字でないか桁数を超えています（${p.expected}）— 返戻されたとおりに記録してください`,
  'history/data-kind': (p) => `データ識別「${p.value}」はデータ識別コードの表にありません — 履歴行として扱います（確認のみ）`,
  'history/first-line': (p) => `履歴管理ブロックの先頭行が RE 又は MN ではなく（${p.found}）、RC の後の MN もありません — 検索番号を照合できません。返戻されたデータを確認してください`,
  // --- return files ---
  'return/reasons': () => '返戻理由レコード（HR）がありません — 返戻ファイルの各レセプトには返戻理由が記録されます。ファイルを確認してください',
  'return/search-number': (p) =>
    p.problem === 'shape'
      ? `RE の検索番号が 17〜30 桁の数字ではありません（${p.found}）— 返戻ファイルを確認してください`
      : `${p.problem === 'hr' ? '返戻理由レコード' : p.problem === 'history-last' ? '履歴管理ブロック末尾（RC の後）の MN' : '履歴管理ブロック'}の検索番号（${p.value || '空'}）が RE の検索番号（${p.want}）と一致しません — 返戻ファイルを確認してください`,
  'return/category-kind': (p) =>
    `返戻区分 ${p.value} は${p.kind === 'SAH' ? '再審査等返戻（4〜9）' : '一次請求返戻（1〜3）'}のファイルに合いません — ファイルの種類（HEN / SAH）を確認してください`,
  'return/history-missing': () => '履歴管理ブロックがありません — 再請求には返戻された履歴管理ブロックが必要です',
  // --- resubmission ---
  'resubmit/search-number': (p) =>
    p.problem === 'shape'
      ? `再請求するレセプトの検索番号が 17〜30 桁の数字ではありません（${p.found}）— 返戻された検索番号を記録してください`
      : `検索番号（${p.value}）が履歴管理ブロックの検索番号（${p.want || '空'}）と一致しません — 返戻された検索番号を記録してください`,
  'resubmit/re-field-20': (p) =>
    `再請求するレセプトの RE 第20項目（予備、旧 記録条件仕様年月情報）に値があります（${p.bytes} バイト）— 請求データでは空にしてください（履歴管理ブロックはそのまま）`,
  'resubmit/unprefixed-hr': () => '請求ファイルに返戻理由レコード（HR）があります — 再請求時は返戻理由データを削除してください（履歴管理ブロック内の HR は残します）',
  'resubmit/no-reclaims': (p) =>
    p.by === 'reception-number'
      ? `再請求分のレセプト（電算処理受付番号のあるレセプト）がありません（${p.receipts} 件すべて一次請求）— 返戻ファイルの電算処理受付番号を記録したか確認してください`
      : `再請求分のレセプト（履歴管理ブロックのあるレセプト）がありません（${p.receipts} 件すべて一次請求）— 返戻レセプトの履歴管理ブロックを付けたか確認してください`,
  // --- cross-record ---
  'cross/amounts': (p) => {
    const what: Record<string, string> = { points: '小計点数', yen: '小計金額【ロ】', meal: '食事療養合計金額【ハ】', 'meal-count': '食事療養合計回数', total: '合計額', 'points-amount': '小計点数金額換算【イ】', count: '内訳書添付枚数', amount: '請求金額' };
    const w = what[String(p.what)] ?? String(p.what);
    if (p.what === 'points-amount') return `${p.receipt}件目のレセプトの${w}（${p.value || '空欄'}）が小計点数×単価÷100（円未満切捨て）の ${p.want} と一致しません — ${p.want} を記録するか単価を確認してください`;
    if (p.what === 'count' || p.what === 'amount') return `${w}（${p.value || '空欄'}）がレセプトからの計算値 ${p.want} と一致しません — ${p.want} を記録してください`;
    return `${w}（${p.value || '空欄'}）が摘要からの計算値 ${p.want} と一致しません — ${w}又は摘要の点数・金額・回数を確認してください`;
  },
  'cross/header-month': (p) =>
    p.problem === 'later'
      ? `療養期間の月（${p.value}）が請求年月（${p.billing}）より後です — このレセプトは翌月の請求分です。請求年月にはレセプトの最も新しい診療年月を記録します`
      : `請求年月（${p.value}）がすべてのレセプトの診療年月より後です — 請求年月にはファイルのレセプトの最も新しい診療年月（${p.want}）を記録します（提出月ではありません）`,
  'cross/file-split': (p) =>
    p.problem === 'partial'
      ? '都道府県労働局コードと労働基準監督署コードの一方だけが記録されています — 初回分のファイルは両方、継続分のファイルは両方空欄にしてください'
      : p.problem === 'other-in-first'
        ? `労働局・監督署コードのある（初回分の）ファイルに継続分のレセプトが ${p.count} 件あります — 継続分は両コード空欄の別ファイルにしてください`
        : `労働局・監督署コードのない（継続分の）ファイルに初回分のレセプトが ${p.count} 件あります — 初回分は（労働局、監督署）ごとの別ファイルにしてください`,
  'resubmit/reception-number': () => '再請求のレセプトに電算処理受付番号が記録されていません — 返戻ファイルの RE の電算処理受付番号をそのまま記録してください',
  'cross/totals': (p) =>
    `${p.what === 'count' ? '総件数' : '総合計点数'}がレセプトから計算した値と一致しません（計算 ${p.want}、記録 ${p.found}）— ${p.want} を記録してください`,
  'cross/receipt-number': (p) => `レセプト番号が連番ではありません（期待 ${p.want}、実際 ${p.found}）— 記録順に１から連番を記録してください`,
  'cross/donor-receipt-number': (p) => `臓器提供者レセプト情報レコードのレセプト番号が連番ではありません（期待 ${p.want}、実際 ${p.found}）— 臓器提供医療機関ごとに記録順に１から連番を記録してください`,
  'cross/service-month': (p) => `診療年月（${p.value}）が請求年月（${p.billing}）より前ではありません — 診療年月又は請求年月を確認してください`,
  'cross/search-number-omitted': () => '一次請求のレセプトに検索番号が記録されています — 一次請求では省略します（再請求なら履歴管理ブロックを付けてください）',
  'cross/insurer-number': (p) => `保険者番号（「${p.value}」）が８桁ではありません（${p.found}）— ６桁の番号は先頭にスペース２つを付けて８桁で記録してください`,
  'cross/insurer-check-digit': (p) => `保険者番号（${String(p.value).trim()}）の検証番号が正しくありません（計算上は ${p.want}）— 保険者番号を確認してください`,
  'cross/public-payer-number': (p) => `公費負担者番号（「${p.value}」）が８桁の数字ではありません — 医療券等の公費負担者番号を確認してください`,
  'cross/public-payer-check-digit': (p) => `公費負担者番号（${p.value}）の検証番号が正しくありません（計算上は ${p.want}）— 公費負担者番号を確認してください`,
  'cross/recipient-number': (p) =>
    p.problem === 'law30'
      ? '医療観察法（法別30）の公費レコードに受給者番号が記録されています — 省略してください'
      : p.problem === 'empty'
        ? '公費レコードの受給者番号がありません — 医療観察法（法別30）以外は受給者番号７桁を記録してください'
        : `受給者番号が７桁ではありません（${p.found}）— ７桁に満たない場合は先頭に“0”を付けて７桁で記録してください`,
  'cross/law-number': (p) =>
    p.problem === 'unknown'
      ? `保険者番号の法別番号 ${p.houbetsu} は医療保険の法別番号にありません — 保険者番号を確認してください`
      : `保険者番号とレセプト種別が合いません（${p.found}；${p.expected}）— 保険者番号又はレセプト種別を確認してください`,
  'cross/benefit-ratio': (p) =>
    p.problem === 'range'
      ? `給付割合（${p.value}）が 100 以下の百分率ではありません — 給付割合を確認してください`
      : p.problem === 'missing'
        ? '国民健康保険・退職者医療のレセプトに給付割合がありません — 給付割合を百分率で記録してください'
        : `国民健康保険・退職者医療以外のレセプトに給付割合（${p.value}）があります — 原則として省略します（被爆者健康手帳の交付を受け国保の被保険者証のない場合は“30”）`,
  'cross/multi-volume': (p) =>
    p.problem === 'totals'
      ? `最終ボリューム以外（マルチボリューム識別情報 ${p.volume}）に${p.field}が記録されています — 最終ボリュームにのみ記録してください`
      : `マルチボリューム識別情報が ${p.volume} です（医療機関情報の ${p.header} の次は ${p.want}、最終ボリュームは 99）— ボリューム番号を確認してください`,
  // --- one value about to be written (checkFieldValue) ---
  'value/separator': (p) =>
    `${p.field ?? '値'}にコンマ・改行又は EOF（0x1A）があります（${p.index} 文字目、${p.codePoint}）— 項目・レコードの区切りになるため記録できません。取り除いてください`,
  'value/unencodable': (p) =>
    `${p.field ?? '値'}の ${p.index} 文字目${p.char !== undefined ? `「${p.char}」（${p.codePoint}）` : ''}は記録できない文字です（JIS X 0201 / JIS X 0208 のみ）— 別の文字に置き換えてください`,
  // --- the validator itself ---
  'validate/edition-layout': (p) => `このファイルは${p.name}（${p.edition}）の形式で、その様式をモデル化していないレコードがあるため、${p.count} 件の指摘を警告に下げました — 当時の記録条件仕様で確認してください`,
  'validate/truncated': (p) => `${p.rule} の指摘が ${p.max} 件を超えたため、残り ${p.count} 件を省略しました — 表示された問題を先に修正してください`,
};

export const VALIDATE_MESSAGES_EN: MessageCatalogue = {
  'field/count': (p) =>
    Number(p.diff) > 0
      ? `Too many fields (${p.count} where the record has ${p.want}) — remove the extra fields (commas)`
      : `Too few fields (${p.count} where the record has ${p.want}) — omitted fields still need their commas`,
  'field/max-bytes': (p) => `${p.field} is too long (${p.expected}, found ${p.found}) — shorten it to ${p.max} bytes`,
  'field/fixed-length': (p) => `${p.field} is a fixed-length field of ${p.max} bytes (found ${p.bytes} bytes) — check the digits`,
  'field/mode': (p) =>
    `${p.field} has a ${p.kind} character that its mode does not allow (${p.expected}; byte ${p.index} of the field${p.char !== undefined ? `, ${p.char}` : ''}) — fix the character`,
  'field/mode-mixed': (p) => `${p.field} mixes half-width and full-width characters (${p.singles} half-width, ${p.doubles} full-width) — use one mode only`,
  'field/jis-x0208': (p) => `${p.field} has a character outside JIS X 0208 (${p.bytes}) — replace it with a JIS X 0208 character (full-width “？” when there is none)`,
  'field/trailing-space': (p) => `${p.field} ends with a ${p.width === 'full' ? 'full-width' : 'half-width'} space — do not record trailing spaces`,
  'field/leading-zero': (p) => `${p.field} has leading zeros${valEn(p)} — write “001” as “1”`,
  'field/digits': (p) => `${p.field} holds characters other than digits${valEn(p)} (expected ${p.expected}) — record the number in digits`,
  'field/number-format': (p) =>
    p.problem === 'sign'
      ? `${p.field} has a minus sign${valEn(p)} — this field is recorded without a sign`
      : p.problem === 'negative-zero'
        ? `${p.field} is not a valid negative number${valEn(p)} — write “-” followed by a non-zero number (“-0” is “0”)`
        : p.problem === 'point'
          ? `${p.field} has a decimal point${valEn(p)} — record a whole number`
          : `${p.field} has more than ${p.problem === 'int-digits' ? `${p.intDigits} integer` : `${p.fracDigits} fraction`} digits${valEn(p)} — record it as ${p.shape}`,
  'field/fraction-zero': (p) => `${p.field} has trailing fractional zeros${valEn(p)} — write “1.10” as “1.1” and “1.0” as “1”`,
  'field/decimal-split': (p) =>
    `${p.field} has more digits than its 整数部・小数部 allow${valEn(p)} (${p.intDigits} + ${p.fracDigits} digits, at most ${p.int} + ${p.frac}) — check the value`,
  'field/upper-case': (p) => `${p.field} has a lower-case letter at character ${p.index}${valEn(p)} — write “${p.letter}” as a half-width capital`,
  'field/date': (p) => `${p.field} is not a valid date (${p.shape}${p.value !== undefined ? `, value "${p.value}"` : ''}) — record a real date`,
  'field/date-wareki': (p) => `${p.field} is a 和暦 date (${p.found})${valEn(p)} — record it in 西暦 (${p.expected})`,
  'field/date-seireki': (p) => `${p.field} is a 西暦 date (${p.found})${valEn(p)} in a file of a 和暦 edition — record it in 和暦 (${p.expected})`,
  'field/required': (p) => `${p.field} is empty — it must always be recorded`,
  'field/omitted': (p) => `${p.field} must be left empty (記録を省略する) but holds ${p.bytes} bytes — clear it`,
  'field/repeat-unit': (p) => `${p.field} has ${p.bytes} bytes, not a multiple of ${p.unit} — record whole ${p.unit}-character codes`,
  'code/unknown': (p) =>
    p.part !== undefined
      ? `${p.field}: the ${p.part} "${p.value}" of code ${p.unit} is not in ${p.table} — check the code`
      : `${p.field} holds a code${valEn(p)} that is not in ${p.table} — record a listed code`,
  'code/open-family': (p) => `${p.field} code "${p.value}" is not listed in ${p.table} but accepted as ${p.meaning} — for information only`,
  'code/first-claim': (p) =>
    p.when === 'never'
      ? `${p.field} code "${p.value}" is one of the shaded codes of ${p.table}, which are not used — record another code`
      : `${p.field} code "${p.value}" is one of the shaded codes of ${p.table}, not used in a first claim — record another code`,
  'code/history-unknown': (p) => `${p.field} in the history block holds a code${valEn(p)} that is not in ${p.table} — the payer wrote this line: keep it unchanged and check the return`,
  'code/setting': (p) =>
    `${p.field} code${valEn(p)} is an ${p.side === 'inpatient' ? 'inpatient' : 'outpatient'} code of ${p.table} — it is not recorded on an ${p.side === 'inpatient' ? 'outpatient' : 'inpatient'}${Number(p.donor) ? ' donor' : ''} receipt (check レセプト種別)`,
  'code/period': (p) =>
    p.problem === 'before'
      ? `${p.field} code${valEn(p)} is recorded from the ${p.bound} service month on (this receipt: ${p.month}) — leave it out`
      : `${p.field} code${valEn(p)} is recorded up to the ${p.bound} service month only (this receipt: ${p.month}) — leave it out`,
  'code/insurance': (p) => `${p.field} code${valEn(p)} is for ${p.want} receipts only (this one is ${p.insurance}) — check レセプト種別 or the code`,
  'record/times-sum': (p) => `回数 (${p.times}) is not the sum of the day fields (${p.sum}) — fix 回数 or the day information`,
  'record/uncoded-disease': (p) =>
    Number(p.uncoded)
      ? 'The uncoded disease (0000999) has no 傷病名称 — record the disease name'
      : 'A coded disease has a 傷病名称 — the name is recorded only for the uncoded disease code 0000999',
  'record/comment-pairs': (p) =>
    p.problem === 'gap'
      ? `Comment ${p.n} follows an empty comment — fill the comments from ① in order`
      : `Comment ${p.n} has 文字データ without a コメントコード — record code and text as a pair`,
  'record/department': (p) =>
    p.problem === 'inpatient'
      ? `診療科${p.n} is recorded on an inpatient receipt — 診療科 2 and 3 are for outpatient care only`
      : `診療科${p.n} has 組み合わせ名称 but no 診療科名 — record the department name`,
  'record/kana-name': (p) => `カタカナ（氏名） has a character that is not full-width katakana at character ${p.index} — use 全角カタカナ (長音 “ー”), with no space between 姓 and 名`,
  'record/card-length': (p) => `被保険者証（手帳）等の記号 and 番号 hold ${p.chars} characters together (max ${p.max}) — check the card's 記号・番号`,
  'record/inpatient': (p) =>
    p.problem === 'missing'
      ? `An inpatient${Number(p.donor) ? ' donor' : ''} receipt has no ${p.field ?? '入院年月日'} — record it`
      : `${p.field ?? 'An inpatient-only field'} is recorded on an outpatient${Number(p.donor) ? ' donor' : ''} receipt — it is for inpatient receipts only`,
  'record/conditional-fields': (p) =>
    p.problem === 'omit'
      ? `${p.field} is recorded although ${p.on} is “${p.onValue}” — omit it`
      : `${p.field} is missing although ${p.on} is “${p.onValue}” — record it`,
  'record/start-month': (p) =>
    p.what === 'record'
      ? `${p.record ?? 'This'} record is recorded from the ${p.since} service month on (this receipt: ${p.month}) — omit it${Number(p.skipped) ? ' (the 審査支払機関 skips it for earlier months)' : ''}`
      : `${p.field} is recorded from the ${p.since} service month on (this receipt: ${p.month}) — leave it empty`,
  'record/qualification': (p) =>
    p.problem === 'confirmation'
      ? 'An SN with 負担者種別 “1” has no 確認区分 — record it in a claim'
      : p.problem === 'omit'
        ? `枝番 is recorded on an SN of ${Number(p.kouki) ? '後期高齢者医療' : 'a 公費 payer'} — omit it`
        : p.problem === 'width'
          ? '枝番 is not two digits — pad it with a leading “0”'
          : 'An SN with 負担者種別 “1” has no 枝番 — record it when the card has one (it may be omitted when the card has none)',
  'record/calc-unit': (p) =>
    p.problem === 'points'
      ? 'The last record of a 点数・回数算定単位 has no 点数 — record the unit’s 点数 on its last record'
      : p.problem === 'days'
        ? `Day ${p.day} differs within a 点数・回数算定単位 — records of one unit carry the same 回数 on the same day (or an earlier record lacks its 点数)`
        : `回数 differs within a 点数・回数算定単位 (${p.want} and ${p.value}) — records of one unit carry the same 回数 (or an earlier record lacks its 点数)`,
  'record/visit-days': (p) =>
    `JD 受診等区分 does not match the 算定日情報 of the 摘要 records (${Number(p.extra) ? `${p.extra} day(s) without 算定日情報: ${p.extraDays}` : ''}${Number(p.extra) && Number(p.missing) ? '; ' : ''}${Number(p.missing) ? `${p.missing} day(s) of 算定日情報 unmarked: ${p.missingDays}` : ''}) — a mismatching receipt is left out of レセプト分割; mark the days of the 算定日情報`,
  'structure/header-trailer': (p) =>
    `The ${p.which === 'header' ? 'first' : 'last'} record is ${p.found} (this file needs ${p.expected}) — check the file kind and its first and last records`,
  'structure/unexpected-record': (p) =>
    p.where === 'history'
      ? `${p.found} inside a history block — check for a transcription error`
      : p.where === 'form'
        ? `${p.found} is not a record of a ${p.kindEn} file — check whether it belongs to the kind's other file (労災 / アフターケア)`
        : `${p.found} cannot appear in claim or return-reason data — put it in the history block with its prefix, or remove it`,
  'structure/foreign-record': (p) => `${p.found} is a record of the ${p.ownersEn} kind, not of a ${p.kindEn} file — check the file's claim kind (--kind) and the record`,
  'structure/record-order': (p) =>
    p.where === 'reasons'
      ? `${p.record} after a return reason (HR) — claim records come before the HR`
      : `${p.record} after ${p.after} — order the records ${String(p.order).split('・').join(', ')}`,
  'structure/insurer-records': (p) =>
    `レセプト種別 ${p.type} needs ${p.wantHo} HO and ${p.wantKo} KO (found ${p.ho} HO, ${p.ko} KO) — fix the receipt type or the insurer/public-payer records`,
  'structure/required-records': (p) =>
    p.missing === 'SY'
      ? 'The receipt has no disease record (SY) — record at least one'
      : p.missing === 'SI/IY/TO'
        ? 'The receipt has no SI, IY or TO record — record at least one'
        : `The receipt has no ${String(p.missing).split('/').join(' or ')} record — record at least one`,
  'structure/optional-records': (p) =>
    ({
      'sn-without-ho': 'An SN on a receipt without HO — public-payer-only receipts have no SN',
      'sn-count': `More than one SN (number ${p.count}) — record only the one for the HO`,
      'sn-kind': `SN with 負担者種別 ${p.kind} — the SN a clinic records is for the HO (負担者種別 1)`,
      'jd-duplicate': `A second JD for 負担者種別 ${p.kind} — one JD per payer`,
      'jd-payer': `A JD for 負担者種別 ${p.kind}, which the receipt does not have — check the payer type`,
    })[String(p.problem)] ?? `${p.expected} (found ${p.found})`,
  'structure/no-receipts': () => 'The claim file holds no receipt — a claim file records at least one',
  'structure/payer-records': (p) =>
    p.problem === 'duplicate'
      ? `A second ${p.record} for 負担者種別 ${p.kind} — record one per payer`
      : p.problem === 'absent'
        ? `${p.record} 負担者種別 ${p.kind} names a payer the receipt does not have — record it for the receipt's payers only`
        : p.problem === 'prefix'
          ? `No ${p.record} may be recorded for 負担者種別 ${p.kind}: its 公費負担者番号 does not start with ${p.prefixes}`
          : `${p.record} records are not in ascending 負担者種別 (${p.kind} after ${p.after})`,
  'structure/date-order': (p) => `${p.record} date ${p.date} comes after a record dated ${p.after} — record them in ascending date order`,
  'structure/visit-days': (p) =>
    p.problem === 'extra'
      ? `${p.record} marks day ${p.day}, but no ${p.dates} is dated that day`
      : `A ${p.dates} is dated day ${p.day}, but ${p.record} does not mark that day`,
  'cross/payer-amounts': (p) => `${p.payer} 合計金額 (${p.value}) is not the sum of the amounts of its 負担区分 (${p.want}) — check the total, or the amounts and 負担区分`,
  'structure/single-records': (p) => `A second ${p.record} in one receipt — the spec allows only one (複数不可)`,
  'structure/suspended-records': (p) => `${p.record} is not to be recorded for now (the spec: 当分の間、記録を省略する) — leave it out`,
  'structure/addition-below-base': (p) => `A ${p.record} at 金額 0 (${p.date}) is not directly below its base — a 加算 given as a 割合 goes right below the 療養費 of the same date it is added to`,
  'structure/jd-payers': (p) => `A payer of the receipt has no JD (負担者種別 ${p.missing}) — when JD is recorded, record one per payer`,
  'structure/receipt-variant': (p) => `A ${p.record} record in a receipt of ${p.label || `レセプト総括区分 ${p.value}`} — that receipt's record set has none`,
  'structure/receipt-group': (p) =>
    p.problem === 'orphan'
      ? `A member receipt (総括区分 ${p.value}) follows no head — record a group's members directly after its 総括レセプト`
      : p.problem === 'empty'
        ? `A 総括レセプト is followed by no member receipt — record its members directly after it`
        : p.problem === 'sum'
          ? `The 総括レセプト's ${p.field} (${p.value}) is not the sum of its members' (${p.want}) — check the head or the members`
          : `明細情報数 (${p.value}) is not the number of member receipts that follow (${p.want}) — check the count`,
  'structure/practice-order': (p) => `診療識別 ${p.code} after ${p.after} — record the 摘要 in ascending 診療識別 order`,
  'cross/record-arithmetic': (p) => `${p.field} (${p.value}) is not ${p.how === 'product' ? 'the product of its fields' : p.how === 'sum' ? 'the sum over the matching records' : 'the scaled value'} (${p.want}) — check the arithmetic`,
  'cross/payer-totals': (p) => `${p.payer} 合計点数 (${p.value}) is not the sum of 点数 × 回数 of its 摘要 records (${p.want}) — check the total, or the 点数, 回数 and 負担区分 of the records`,
  'cross/burden-payers': (p) => `負担区分 names a payer the receipt does not have (${p.lacking}) — record a 負担区分 of the payers of レセプト種別 ${p.receiptType}`,
  'cross/birth-date': (p) => `生年月日 is after 診療年月 (${p.serviceMonth}) — check the birth date`,
  'cross/age-type': (p) => `The patient's age in 診療年月 does not fit レセプト種別 ${p.receiptType} (${p.band}; ${p.side === 'young' ? 'too young' : 'too old'}) — check the receipt type or the birth date`,
  'structure/donor-records': (p) =>
    p.problem === 'no-ti'
      ? `The organ-donor data does not start with TI (found ${p.found}) — record TI first`
      : p.problem === 'no-tr'
        ? 'TI is not followed by a donor receipt (TR) — record the TR'
        : `The donor receipt lacks ${p.missing} — record TR, TS, SY and SI/IY/TO`,
  'structure/public-order': (p) => `The KO are not in 公費 priority order (法別 ${p.houbetsu} after 法別 ${p.after}) — record the higher-priority 公費 first`,
  'structure/category-run': (p) => `More than ${p.limit} consecutive records without 診療識別 — record the 診療識別`,
  'history/unprefixed-line': () => 'A line without the history prefix inside the history block — claim data goes before the history block',
  'history/rc-last': (p) =>
    p.after === 'RC'
      ? 'The history block ends with an MN after its RC — as returned; some re-claim checks want RC last (keep it unchanged and make sure it is accepted)'
      : `The history block does not end with RC (found ${p.found}) — keep the returned history block unchanged`,
  'history/rc-format': (p) =>
    p.problem === 'count'
      ? `The RC line has ${p.count} fields, not 5 — keep it as returned`
      : `The RC 管理情報 is not 1–100 half-width letters and digits (${p.found}) — keep it as returned`,
  'history/prefix': (p) => `The history prefix's ${p.which === '枝番号' ? 'branch number' : 'line number'} is not a short number (${p.expected}) — keep it as returned`,
  'history/data-kind': (p) => `データ識別 "${p.value}" is not in the data-kind table — treated as a history line (for information)`,
  'history/first-line': (p) => `The history block starts with ${p.found}, not RE or MN, and has no MN after its RC — its 検索番号 cannot be compared; check the returned data`,
  'return/reasons': () => 'The returned receipt has no return reason (HR) — check the return file',
  'return/search-number': (p) =>
    p.problem === 'shape'
      ? `RE 検索番号 is not 17–30 digits (${p.found}) — check the return file`
      : `The ${p.problem === 'hr' ? 'HR' : p.problem === 'history-last' ? 'MN after the history block’s RC' : 'history block'} 検索番号 (${p.value || 'empty'}) differs from RE's (${p.want}) — check the return file`,
  'return/category-kind': (p) => `返戻区分 ${p.value} does not fit a ${p.kind} file (${p.kind === 'SAH' ? '4–9' : '1–3'}) — check the file kind (HEN / SAH)`,
  'return/history-missing': () => 'The returned receipt has no history block — a re-claim needs it',
  'resubmit/search-number': (p) =>
    p.problem === 'shape'
      ? `The re-claimed receipt's 検索番号 is not 17–30 digits (${p.found}) — record the returned 検索番号`
      : `検索番号 ${p.value} differs from the history block's (${p.want || 'empty'}) — record the returned 検索番号`,
  'resubmit/re-field-20': (p) => `RE field 20 (予備, formerly 記録条件仕様年月情報) holds ${p.bytes} bytes in a re-claim — clear it in the claim data (leave the history block as it is)`,
  'resubmit/unprefixed-hr': () => 'A return reason (HR) in a claim file — delete the 返戻理由データ when re-claiming (keep the HR inside the history block)',
  'resubmit/no-reclaims': (p) =>
    p.by === 'reception-number'
      ? `No re-claimed receipt (all ${p.receipts} receipts are first claims) — check that each receipt carries the 電算処理受付番号 from the return`
      : `No re-claimed receipt (all ${p.receipts} receipts are first claims) — check that the returned history blocks were attached`,
  'cross/amounts': (p) => {
    const what: Record<string, string> = { points: '小計点数', yen: '小計金額【ロ】', meal: '食事療養合計金額【ハ】', 'meal-count': '食事療養合計回数', total: '合計額', 'points-amount': '小計点数金額換算【イ】', count: '内訳書添付枚数', amount: '請求金額' };
    const w = what[String(p.what)] ?? String(p.what);
    if (p.what === 'points-amount') return `${w} of receipt ${p.receipt} (${p.value || 'empty'}) is not floor(小計点数 × 単価 / 100) = ${p.want} — record ${p.want}, or check the 単価`;
    if (p.what === 'count' || p.what === 'amount') return `${w} (${p.value || 'empty'}) does not match the receipts (computed ${p.want}) — record ${p.want}`;
    return `${w} (${p.value || 'empty'}) does not match the 摘要 records (computed ${p.want}) — check the sum, or the 点数, 金額 and 回数 of the records`;
  },
  'cross/header-month': (p) =>
    p.problem === 'later'
      ? `The 療養期間 month (${p.value}) is later than 請求年月 ${p.billing} — the receipt belongs to next month's claim; 請求年月 holds the latest 診療年月 of the receipts`
      : `請求年月 ${p.value} is later than every receipt's 診療年月 — record the latest 診療年月 of the file's receipts (${p.want}), not the sending month`,
  'cross/file-split': (p) =>
    p.problem === 'partial'
      ? 'Only one of 都道府県労働局コード and 労働基準監督署コード is recorded — record both in a file of 初回 receipts, neither in a file of continuing ones'
      : p.problem === 'other-in-first'
        ? `A file with office codes (初回 receipts) holds ${p.count} continuing receipts — put them in one file with both codes empty`
        : `A file without office codes (continuing receipts) holds ${p.count} 初回 receipts — put them in files of their own per (労働局, 監督署)`,
  'resubmit/reception-number': () => 'A re-claimed receipt has no 電算処理受付番号 — record the one from the return’s RE as it is',
  'cross/totals': (p) => `${p.what === 'count' ? '総件数' : '総合計点数'} does not match the receipts (computed ${p.want}, recorded ${p.found}) — record ${p.want}`,
  'cross/receipt-number': (p) => `レセプト番号 out of sequence (expected ${p.want}, found ${p.found}) — number the receipts 1, 2, 3 … in order`,
  'cross/donor-receipt-number': (p) => `TR レセプト番号 out of sequence (expected ${p.want}, found ${p.found}) — number the donor receipts 1, 2, 3 … within each 臓器提供医療機関 (TI)`,
  'cross/service-month': (p) => `診療年月 ${p.value} is not before 請求年月 ${p.billing} — check both months`,
  'cross/search-number-omitted': () => 'A first-claim receipt carries a 検索番号 — omit it in a first claim (or attach the history block of a re-claim)',
  'cross/insurer-number': (p) => `保険者番号 "${p.value}" is not 8 digits (${p.found}) — pad a 6-digit number with two leading spaces`,
  'cross/insurer-check-digit': (p) => `保険者番号 ${String(p.value).trim()} has a wrong check digit (expected ${p.want}) — check the number`,
  'cross/public-payer-number': (p) => `公費負担者番号 "${p.value}" is not 8 digits — check the number on the 医療券`,
  'cross/public-payer-check-digit': (p) => `公費負担者番号 ${p.value} has a wrong check digit (expected ${p.want}) — check the number`,
  'cross/recipient-number': (p) =>
    p.problem === 'law30'
      ? '受給者番号 recorded for 医療観察法 (法別 30) — omit it'
      : p.problem === 'empty'
        ? '受給者番号 is empty — record the 7-digit number for every 公費 but 医療観察法 (法別 30)'
        : `受給者番号 is not 7 digits (${p.found}) — pad it with leading zeros to 7 digits`,
  'cross/law-number': (p) =>
    p.problem === 'unknown'
      ? `保険者番号 法別 ${p.houbetsu} is not a known health-insurance 法別番号 — check the number`
      : `保険者番号 and レセプト種別 do not fit (${p.found}; ${p.expected}) — check the number or the receipt type`,
  'cross/benefit-ratio': (p) =>
    p.problem === 'range'
      ? `給付割合 ${p.value} is not a percentage up to 100 — check it`
      : p.problem === 'missing'
        ? 'A 国保/退職者医療 receipt has no 給付割合 — record it as a percentage'
        : `給付割合 ${p.value} on a receipt that is not 国保/退職者医療 — omit it (except “30” for 被爆者 without a 国保 card)`,
  'cross/multi-volume': (p) =>
    p.problem === 'totals'
      ? `${p.field} is recorded on a non-final volume (${p.volume}) — record it on the final volume only`
      : `マルチボリューム識別情報 ${p.volume} does not follow the header's ${p.header} (expected ${p.want}, or 99 on the final volume) — check the volume numbers`,
  'value/separator': (p) =>
    `${p.field ?? 'The value'} contains a comma, line break or EOF (0x1A) (character ${p.index}, ${p.codePoint}) — remove it: it would split the field or the record`,
  'value/unencodable': (p) =>
    `Character ${p.index} of ${p.field ?? 'the value'}${p.char !== undefined ? ` (“${p.char}”, ${p.codePoint})` : ''} is outside JIS X 0201 / JIS X 0208 and cannot be written — replace it`,
  'validate/edition-layout': (p) => `The file is written in ${p.name} (${p.edition}), whose layout is not modelled for some of its records: ${p.count} findings were lowered to warnings — check them against that edition’s spec`,
  'validate/truncated': (p) => `More than ${p.max} findings of ${p.rule}; ${p.count} more not shown — fix the ones shown first`,
};
