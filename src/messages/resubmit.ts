/**
 * Messages of the resubmit module, keyed by diagnostic code, merged into the catalogues in
 * src/messages/index.ts. Same house style as src/messages/parse-ja.ts: 何が起きたか（期待値・実際の形）— 次にすること.
 * Templates receive shapes and positions only; a value appears only when the caller asked for
 * personal data or the field is not personal (the callers decide what goes into params).
 */
import type { Locale, MessageCatalogue } from './types.js';

type P = Readonly<Record<string, string | number>>;

/** "<where> <receipt>" prefix for messages about a correction. */
const w = (p: P) => `${p.at ? `${p.at} ` : ''}${p.target ?? ''}`.trim();
const wEn = (p: P) =>
  `${p.at ? `${p.at} ` : ''}${String(p.target ?? '')
    .replace('検索番号', 'search number')
    .replace(/分割(\d+)/, 'part $1')
    .replace(/ファイル(\d+)/, 'file $1')
    .replace(/(\d+)件目/, 'receipt #$1')}`.trim();

/**
 * Where a correction's finding arose (`<at> <receipt>`), as the `context` of a diagnostic whose
 * message comes from another catalogue (a refused value: the validator's field rules).
 */
export function correctionContext(p: P, locale: Locale): string {
  return locale === 'en' ? wEn(p) : w(p);
}
const fld = (p: P) => (p.field ? `${p.record ?? ''} ${p.field}(${p.position})` : `${p.record ?? ''}`);

export const RESUBMIT_MESSAGES_JA: MessageCatalogue = {
  // --- corrections
  'resubmit/invalid-operation': (p) => `${w(p) || '修正指示'}: 操作「${p.op}」は使えません（set / insert / delete / payer / split / drop） — 修正指示を確認してください`,
  'resubmit/unknown-receipt': (p) => `${w(p)}: 該当するレセプトがありません — 検索番号又は位置を確認してください（修正は適用していません）`,
  'resubmit/ambiguous-receipt': (p) => `${w(p)}: 該当するレセプトが${p.count}件あります — 同じ返戻ファイルを二度指定していないか確認してください`,
  'resubmit/unknown-part': (p) => `${w(p)}: 分割${p.part}がありません — 先に split で分割を作ってください`,
  'resubmit/unknown-record': (p) => `${w(p)}: レコード ${p.record} が見つかりません（該当 ${p.count ?? 0}件） — レコード識別情報・出現順・条件を確認してください`,
  'resubmit/ambiguous-record': (p) => `${w(p)}: レコード ${p.record} が${p.count}件あります — 出現順（occurrence）か条件（match）で一つに絞ってください`,
  'resubmit/unknown-field': (p) => `${w(p)}: ${p.record ?? ''} に項目「${p.fieldRef}」はありません — 項目キー・項目名・項目位置を確認してください`,
  'resubmit/field-not-editable': (p) => `${w(p)}: ${fld(p)} は変更できません — レコード識別情報は変えられません`,
  'resubmit/expect-mismatch': (p) => `${w(p)}: ${fld(p)} の現在の値が想定と違います（想定 ${p.expected}、実際 ${p.found}） — 対象のレセプトを確認してください（修正は適用していません）`,
  'resubmit/field-managed': (p) => `${w(p)}: ${fld(p)} は再請求ファイル作成時に設定し直されます — 指定した値は再請求ファイルには残りません`,
  'resubmit/insert-record-type': (p) => `${w(p)}: ${p.record} は挿入できません（請求データのレコード HO〜TS のみ。RE は split、IR・GO は自動作成） — レコード識別情報を確認してください`,
  'resubmit/insert-too-many-fields': (p) => `${w(p)}: ${p.record} の項目が多すぎます（最大 ${p.max}、実際 ${p.count}） — 値の数を確認してください`,
  'resubmit/insert-before-re': (p) => `${w(p)}: RE の前には挿入できません — 挿入位置を確認してください`,
  'resubmit/delete-re': (p) => `${w(p)}: RE は削除できません — レセプトを取り下げるには drop を使ってください`,
  'resubmit/invalid-payer': (p) => `${w(p)}: 審査支払機関「${p.payer}」は使えません（1 社保 / 2 国保） — 値を確認してください`,
  'resubmit/split-created': (p) => `${w(p)}: 分割${p.part}を作りました — 分割2以降は一次請求として提出されます`,
  // --- corrections file
  'resubmit/corrections-json': (p) => `修正指示ファイルが JSON として読めません（${p.detail}） — ファイルの形式を確認してください`,
  'resubmit/corrections-schema': (p) => `修正指示ファイル ${p.path || '(全体)'}: ${p.detail} — 書式（README「The corrections file」）を確認してください`,
  'resubmit/corrections-csv': (p) => `修正指示 CSV が読めません（${p.detail}） — CSV の形式を確認してください`,
  'resubmit/corrections-csv-row': (p) => `修正指示 CSV ${p.row}行目: ${p.detail} — 列の値を確認してください`,
  // --- resubmission
  'resubmit/submission-date-invalid': (p) => `請求書提出年月日が不正です（期待 ${p.expected}、実際 ${p.found}） — 再請求ファイルを提出する日を西暦8桁（例 20250610）で指定してください`,
  'resubmit/input-unsupported': (p) =>
    p.what === 'newClaims'
      ? `${p.kind}の再請求は別のファイルです — 当月の請求ファイルは合わせず、別に提出してください（労災は .UKS）`
      : p.what === 'regenerated'
        ? `${p.kind}の再請求は履歴を付けないため、保存した返戻と組み合わせる方法は使えません — 返戻ファイルと訂正から作ってください`
        : `${p.kind}の再請求では${p.what === 'split' ? 'レセプトの分割' : '審査支払機関の変更'}はできません — そのレセプトは当月の一次請求として請求してください`,
  'resubmit/no-reception-number': () => '返戻レセプトに電算処理受付番号がありません — 受付番号がないと再請求できません。返戻ファイルを確認してください',
  'resubmit/claimed-unmatched': () => 'このレセプトを最初に請求したファイルが見つかりません — 見出し・請求書の医療機関の項目は最初のファイル又は指定値から取りました。請求したファイルを確認してください',
  'resubmit/billing-month-invalid': (p) => `請求年月が不正です（期待 ${p.expected}、実際 ${p.found}） — 西暦6桁（例 202501）で指定してください`,
  'resubmit/not-a-return': (p) => `入力${p.input}は返戻ファイルではありません（種別 ${p.kind}） — RECEIPTC.HEN 又は RECEIPTC.SAH を指定してください`,
  'resubmit/kind-unknown': () => '入力ファイルの種類（医科・歯科・調剤など）を判別できません — 返戻ファイルを確認し、種類を指定してください（--kind）',
  'resubmit/kind-mismatch': (p) => `種類の異なるファイルが混在しています（${p.kinds}） — 種類ごとに再請求してください`,
  'resubmit/kind-unsupported': (p) => `${p.kind}の返戻は、返戻ファイルから再請求ファイルを作る方法では再請求しません — ${p.kind}の再請求の手順に従ってください`,
  'resubmit/on-paper': (p) => `入力${p.input}は${p.claimKind}の${p.kind === 'SAH' ? '再審査等返戻' : '返戻'}で、オンラインではなく紙で再請求します — この返戻は紙で再請求してください`,
  'resubmit/payer-unknown': (p) => `入力${p.input}の審査支払機関が 1（社保）でも 2（国保）でもありません — ヘッダを確認してください`,
  'resubmit/claims-not-uke': (p) => `請求ファイル${p.input}は請求用のヘッダ（医科 IR・歯科 UK・調剤 YK）で始まる請求ファイルではありません（種別 ${p.kind}） — 今月分の一次請求ファイルを指定してください`,
  'resubmit/claims-billing-month': (p) => `請求ファイルの請求年月（${p.found}）が再請求の請求年月（${p.expected}）と違います — 再請求の請求年月で作成します`,
  'resubmit/facility-mismatch': (p) => `入力ファイルの医療機関が${p.count}つあります — 一つの医療機関のファイルだけを指定してください`,
  'resubmit/duplicate-receipt': (p) => `検索番号 ${p.searchNumber} のレセプトが${p.count}回あります — 同じ返戻を二度指定していないか確認してください（二重請求になります）`,
  'resubmit/search-number-mismatch': () => 'RE の検索番号と HR の検索番号が違います — RE の検索番号で再請求します。返戻ファイルを確認してください',
  'resubmit/no-search-number': () => '返戻レセプトに検索番号がありません — 検索番号がないと再請求できません。返戻ファイルを確認してください',
  'resubmit/no-history': (p) => `検索番号 ${p.searchNumber} のレセプトに履歴管理ブロックがありません — 返戻ファイルが完全か確認してください`,
  'resubmit/stray-line': (p) => `返戻理由データの中に ${p.record ?? '?'} があります — 請求データの末尾に移して書き出します。内容を確認してください`,
  'resubmit/validator-failed': (p) => `出力の検査が実行できませんでした（${p.message}） — receden の不具合として報告してください`,
  'write/validator-failed': (p) => `書き出す内容の検査が実行できませんでした（${p.message}） — receden の不具合として報告してください`,
  'resubmit/return-incomplete': (p) =>
    `入力${p.input}の返戻ファイルは${{ 'no-trailer': '返戻合計レコード（HG）がなく、途中で切れているか完全なファイルではありません', 'second-header': '返戻医療機関レコード（HI）が2つあり、複数のファイルがつながっています', 'after-trailer': '返戻合計レコード（HG）の後にもレコードがあります', count: 'HG の総件数がレセプトの件数と合いません' }[String(p.why)] ?? String(p.why)} — レセプトが欠けているおそれがあります。元の返戻ファイルを確認してください（それでも書き出すには --force）`,
  'resubmit/nothing-to-write': () => '書き出すレセプトがありません — 入力と修正指示（drop）を確認してください',
  'resubmit/facility-name-missing': () => '医療機関名称がありません（IR の必須項目。返戻ファイルの HI には含まれません） — 医療機関名称を指定してください',
  'resubmit/reason-dropped': (p) => `修正指示（drop）により取り下げました${p.note ? `（${p.note}）` : ''} — 再請求しません`,
  'resubmit/reason-split': (p) => `分割${p.part}のため一次請求として提出します（検索番号・履歴管理ブロックなし）`,
  'resubmit/reason-payer': (p) => `審査支払機関を ${p.from} から ${p.to} に変えたため、一次請求として提出します（検索番号・履歴管理ブロックなし）`,
  'resubmit/reason-payer-insurer': (p) => `保険者番号の修正により審査支払機関が ${p.from} から ${p.to} に変わるため、一次請求として提出します（検索番号・履歴管理ブロックなし） — 違う場合は payer で指定してください`,
  // --- splice
  'splice/claim-unencodable': (p) => `再作成したレセプトの${p.line}行目の ${p.index} 文字目は記録できない文字です — JIS X 0208 の文字にしてください`,
  'splice/search-number-invalid': (p) => `検索番号が不正です（期待 ${p.expected}、実際 ${p.found}） — 返戻ファイルから保存した検索番号を文字列のまま渡してください`,
  'splice/history-in-claim': (p) => `再作成したレセプトの${p.line}行目が履歴管理ブロックの行です — 請求データ（RE 以降、前置なし）だけを渡してください`,
  'splice/not-claim-record': (p) => `再作成したレセプトの${p.line}行目に ${p.found} があります — ${p.records ?? 'IR・GO・HI・HG・HR'} は含めないでください`,
  'splice/no-re': (p) => `再作成したレセプトが ${p.expected ?? 'RE'} で始まっていません（実際 ${p.found}） — ${p.expected ?? 'RE'} から始まる請求データを渡してください`,
  'splice/several-receipts': (p) => `再作成したレセプトの${p.line}行目に二つ目の RE があります — 1 レセプトずつ渡してください`,
  'splice/history-unprefixed': (p) => `保存した履歴管理ブロックの${p.line}行目に履歴管理情報がありません — 返戻ファイルから保存した内容をそのまま渡してください`,
  'splice/no-history': () => '履歴管理ブロックが空です — 返戻ファイルから保存した履歴管理ブロックを渡してください',
  'splice/history-no-rc': (p) => `履歴管理ブロックの最後が RC ではありません（実際 ${p.found}） — 保存した内容が途中で切れていないか確認してください`,
  'splice/history-search-mismatch': (p) => `履歴管理ブロック先頭の ${p.record} の検索番号が指定の検索番号と違います — 組み合わせを確認してください`,
};

export const RESUBMIT_MESSAGES_EN: MessageCatalogue = {
  'resubmit/invalid-operation': (p) => `${wEn(p) || 'correction'}: unknown operation "${p.op}" (set / insert / delete / payer / split / drop) — check the corrections`,
  'resubmit/unknown-receipt': (p) => `${wEn(p)}: no such receipt — check the search number or position (the correction was not applied)`,
  'resubmit/ambiguous-receipt': (p) => `${wEn(p)}: ${p.count} receipts match — was the same return file given twice?`,
  'resubmit/unknown-part': (p) => `${wEn(p)}: there is no part ${p.part} — create it with split first`,
  'resubmit/unknown-record': (p) => `${wEn(p)}: record ${p.record} not found (${p.count ?? 0} matches) — check the record id, occurrence and match`,
  'resubmit/ambiguous-record': (p) => `${wEn(p)}: ${p.count} records match ${p.record} — narrow it down with occurrence or match`,
  'resubmit/unknown-field': (p) => `${wEn(p)}: ${p.record ?? ''} has no field "${p.fieldRef}" — check the field key, name or position`,
  'resubmit/field-not-editable': (p) => `${wEn(p)}: ${fld(p)} cannot be changed — the record identifier is fixed`,
  'resubmit/expect-mismatch': (p) => `${wEn(p)}: ${fld(p)} does not hold the expected value (expected ${p.expected}, found ${p.found}) — check the receipt (the correction was not applied)`,
  'resubmit/field-managed': (p) => `${wEn(p)}: ${fld(p)} is set by the resubmission writer — your value will not be kept in the resubmission file`,
  'resubmit/insert-record-type': (p) => `${wEn(p)}: ${p.record} cannot be inserted (claim records HO…TS only; RE via split, IR/GO are generated) — check the record id`,
  'resubmit/insert-too-many-fields': (p) => `${wEn(p)}: too many fields for ${p.record} (max ${p.max}, found ${p.count}) — check the values`,
  'resubmit/insert-before-re': (p) => `${wEn(p)}: nothing can be inserted before the RE — check the position`,
  'resubmit/delete-re': (p) => `${wEn(p)}: the RE cannot be deleted — use drop to withdraw the receipt`,
  'resubmit/invalid-payer': (p) => `${wEn(p)}: payer "${p.payer}" is not valid (1 社保 / 2 国保) — check the value`,
  'resubmit/split-created': (p) => `${wEn(p)}: created part ${p.part} — parts after the first are submitted as first claims`,
  'resubmit/corrections-json': (p) => `The corrections file is not JSON (${p.detail}) — check its format`,
  'resubmit/corrections-schema': (p) => `Corrections file ${p.path || '(root)'}: ${p.detail} — see "The corrections file" in the README for the format`,
  'resubmit/corrections-csv': (p) => `The corrections CSV cannot be read (${p.detail}) — check the CSV format`,
  'resubmit/corrections-csv-row': (p) => `Corrections CSV row ${p.row}: ${p.detail} — check the columns`,
  'resubmit/submission-date-invalid': (p) => `Invalid submission date (expected ${p.expected}, found ${p.found}) — give the day the re-claim is sent, 8 digits, e.g. 20250610`,
  'resubmit/input-unsupported': (p) =>
    p.what === 'newClaims'
      ? `${p.kind} re-claims are a file of their own — send this month's claims separately (労災: .UKS)`
      : p.what === 'regenerated'
        ? `${p.kind} re-claims carry no history, so stored returns cannot be spliced — build the re-claim from the return and corrections`
        : `A ${p.kind} re-claim cannot ${p.what === 'split' ? 'split a receipt' : 'change the payer'} — claim that receipt as a first claim this month`,
  'resubmit/no-reception-number': () => 'A returned receipt has no 電算処理受付番号 (reception number) — it cannot be re-claimed; check the return file',
  'resubmit/claimed-unmatched': () => 'The claim file this receipt was first sent in was not found — the facility fields of the header and trailer come from the first claim file or the values given; check the claim files',
  'resubmit/billing-month-invalid': (p) => `Invalid billing month (expected ${p.expected}, found ${p.found}) — give 6 digits, e.g. 202501`,
  'resubmit/not-a-return': (p) => `Input ${p.input} is not a return file (kind ${p.kind}) — pass RECEIPTC.HEN or RECEIPTC.SAH`,
  'resubmit/kind-unknown': () => 'The claim kind of an input (医科, 歯科, 調剤 …) cannot be told — check the return file and give its kind (--kind)',
  'resubmit/kind-mismatch': (p) => `Files of different claim kinds are mixed (${p.kinds}) — resubmit each kind on its own`,
  'resubmit/kind-unsupported': (p) => `${p.kind} returns are not re-claimed by rebuilding the return file — follow the ${p.kind} re-claim procedure`,
  'resubmit/on-paper': (p) => `Input ${p.input} is a ${p.claimKind} ${p.kind === 'SAH' ? 're-examination return (SAH)' : 'return'}, which is re-claimed on paper, not online — re-claim it on paper`,
  'resubmit/payer-unknown': (p) => `Input ${p.input}: the payer is neither 1 (社保) nor 2 (国保) — check the header`,
  'resubmit/claims-not-uke': (p) => `Claims file ${p.input} is not a claim file starting with its claim header (医科 IR, 歯科 UK, 調剤 YK; kind ${p.kind}) — pass this month's first-claim file`,
  'resubmit/claims-billing-month': (p) => `The claims file's billing month (${p.found}) differs from the resubmission's (${p.expected}) — the resubmission's is used`,
  'resubmit/facility-mismatch': (p) => `The inputs come from ${p.count} facilities — pass files of one facility only`,
  'resubmit/duplicate-receipt': (p) => `Search number ${p.searchNumber} appears ${p.count} times — was a return given twice? (it would be claimed twice)`,
  'resubmit/search-number-mismatch': () => "The RE's search number differs from the HR's — the RE's is used; check the return file",
  'resubmit/no-search-number': () => 'A returned receipt has no search number — it cannot be resubmitted; check the return file',
  'resubmit/no-history': (p) => `The receipt with search number ${p.searchNumber} has no history block — check that the return file is complete`,
  'resubmit/stray-line': (p) => `${p.record ?? '?'} among the return reasons — written at the end of the claim data; check it`,
  'resubmit/validator-failed': (p) => `The output check could not run (${p.message}) — please report this as a receden bug`,
  'write/validator-failed': (p) => `The check of the bytes to write could not run (${p.message}) — please report this as a receden bug`,
  'resubmit/return-incomplete': (p) =>
    `Return file ${p.input} ${{ 'no-trailer': 'has no HG trailer: it was cut short or is not a whole file', 'second-header': 'has a second HI header: several files run together', 'after-trailer': 'has records after its HG trailer', count: 'has an HG 総件数 that does not match its receipts' }[String(p.why)] ?? String(p.why)} — receipts may be missing. Check the original return file (--force writes anyway)`,
  'resubmit/nothing-to-write': () => 'No receipt to write — check the inputs and drop corrections',
  'resubmit/facility-name-missing': () => 'No facility name (required in IR; HI does not carry it) — give the facility name',
  'resubmit/reason-dropped': (p) => `Withdrawn by a drop correction${p.note ? ` (${p.note})` : ''} — not resubmitted`,
  'resubmit/reason-split': (p) => `Part ${p.part} of a split receipt: submitted as a first claim (no search number, no history)`,
  'resubmit/reason-payer': (p) => `Payer changed from ${p.from} to ${p.to}: submitted as a first claim (no search number, no history)`,
  'resubmit/reason-payer-insurer': (p) => `The corrected insurer number belongs to payer ${p.to} (was ${p.from}): submitted as a first claim (no search number, no history) — set payer if that is wrong`,
  'splice/claim-unencodable': (p) => `Character ${p.index} of line ${p.line} of the regenerated receipt cannot be written — use JIS X 0208`,
  'splice/search-number-invalid': (p) => `Invalid search number (expected ${p.expected}, found ${p.found}) — pass the stored search number as a string`,
  'splice/history-in-claim': (p) => `Line ${p.line} of the regenerated receipt is a history line — pass only the claim data (RE…, unprefixed)`,
  'splice/not-claim-record': (p) => `Line ${p.line} of the regenerated receipt is ${p.found} — do not include ${p.records ? String(p.records).split('・').join(', ') : 'IR, GO, HI, HG or HR'}`,
  'splice/no-re': (p) => `The regenerated receipt does not start with ${p.expected ?? 'RE'} (found ${p.found}) — pass claim data starting with ${p.expected ?? 'RE'}`,
  'splice/several-receipts': (p) => `Line ${p.line} of the regenerated receipt is a second RE — pass one receipt at a time`,
  'splice/history-unprefixed': (p) => `Line ${p.line} of the stored history block has no history prefix — pass the stored bytes unchanged`,
  'splice/no-history': () => 'The history block is empty — pass the history block stored from the return',
  'splice/history-no-rc': (p) => `The history block does not end with RC (found ${p.found}) — check that the stored block is complete`,
  'splice/history-search-mismatch': (p) => `The search number of the history's first ${p.record} differs from the one given — check the pairing`,
};
