// File names and file-splitting rules of the 労災 claim files, from shared/spec/kinds-nursing-rousai-dental-returns.md
// §2.2 and §2.6. Plain data (regular expressions as source strings, to be compiled case-insensitively where `flags`
// says so). Sources (facts only):
// - ORCA18: miyucy/jma-receipt (master-utf8 @594ce5942f68cdcb2ff84da28718e00f70cde8ef, per the notes)
//   scripts/monthly/recept41.sh.in (prefix RREC, .UKE / .UKS), cobol/orcabt/ORCBM700.CBL (SEQNUM1, SEQNUM2 = VOLNUM),
//   cobol/orcabt/ORCBM550.CBL and cobol/orca44/ORCGT05.CBL (RRECEC.HEN, case-insensitive), rosai_receden_check.rb.in
//   @04e543cc4ecf502d50eef4cf522a070fa1c6a0be (26510: 電算処理受付番号 on re-claims).
// - SK: Sotatek-ChinhVu/smart-test Interactor/Receipt/CreateUKEFileInteractor.cs @09c39bf338b14f74c34395ce7d1db26bc0280379
//   (「RREC0」+n+「00.UKE」 当月請求分, 「…00.UKS」 返戻請求分, 「AREC0100.UKE」), CalculateService/Receipt/ViewModels/
//   RecedenViewModel.cs @1bc3c08865bc62d00369ec1e037c50d67bb7aab9 (初回分: one file per 労働局/監督署; 2回目以降分:
//   one file with both RS codes empty).
// - KW: karte compat_workers.js (read_file id 71329477297; repository not identified): partitionWorkersReceipts,
//   partitionAftercareReceipts (997 receipts per アフターケア file), `.UKS` for re-claims.
import type { Confidence } from '../types.js';

export interface RosaiFileName {
  /** The name as the sources write it; `nn` = file sequence number, `vv` = volume number. */
  readonly pattern: string;
  /** Regular expression (source) over the whole file name. Groups: 1 = nn, 2 = vv where present. */
  readonly regex: string;
  /** Flags to compile `regex` with. */
  readonly flags: string;
  /** What the file holds. */
  readonly holds: string;
  /** Records the file starts and ends with. */
  readonly header?: string;
  readonly trailer?: string;
  readonly confidence: Confidence;
  readonly note: string;
}

export const ROSAI_FILES = {
  /** 労災診療費 一次請求（当月分・月遅れ分）。 */
  firstClaim: {
    pattern: 'RRECnn00.UKE',
    regex: '^RREC([0-9]{2})([0-9]{2})\\.UKE$',
    flags: 'i',
    holds: '労災診療費の請求（一次請求）',
    header: 'IR',
    trailer: 'RS',
    confidence: 'H',
    note: 'ORCA18 recept41.sh.in（接頭辞 RREC、拡張子 .UKE = 一次）、SK（「RREC0」+連番+「00.UKE」）、KW。nn はファイルの連番（01 から）、vv はボリューム番号（第１ボリュームは 00）: ORCA は SEQNUM1 と SEQNUM2 = VOLNUM から名前を作る [M]、意味は推定 [INF]。大文字小文字の区別は推定 [INF]（ORCA は RRECEC.HEN を区別なく扱う）。',
  },
  /** 労災診療費 再請求（返戻分）。 */
  reclaim: {
    pattern: 'RRECnn00.UKS',
    regex: '^RREC([0-9]{2})([0-9]{2})\\.UKS$',
    flags: 'i',
    holds: '返戻されたレセプトの再請求',
    header: 'IR',
    trailer: 'RS',
    confidence: 'H',
    note: '月の .UKE とは別に書く通常の IR … RS のファイル（ORCA18、SK）。各 RE の第19項目に RRECEC.HEN の電算処理受付番号を記録する（ORCA 26510）。履歴管理ブロックは付けない（ORCA は RRECEC.HEN の行を選択フラグ０で保存し書き戻さない、SK の労災の書き出しは履歴を付けない）[H]。',
  },
  /** アフターケア委託費 一次請求。 */
  aftercare: {
    pattern: 'ARECnn00.UKE',
    regex: '^AREC([0-9]{2})([0-9]{2})\\.UKE$',
    flags: 'i',
    holds: 'アフターケア委託費の請求',
    header: 'IR',
    trailer: 'AS',
    confidence: 'H',
    note: 'SK は常に AREC0100.UKE を書く。KW は997レセプトごとに nn を進める [L]。',
  },
  /** アフターケア委託費 再請求 (KW only). */
  aftercareReclaim: {
    pattern: 'ARECnn00.UKS',
    regex: '^AREC([0-9]{2})([0-9]{2})\\.UKS$',
    flags: 'i',
    holds: 'アフターケアの返戻レセプトの再請求',
    header: 'IR',
    trailer: 'AS',
    confidence: 'L',
    note: 'KW だけが書く [L]。ORCA・SK には見当たらない。',
  },
  /** 労災の返戻ファイル。 */
  return: {
    pattern: 'RRECEC.HEN',
    regex: '^RRECEC\\.HEN$',
    flags: 'i',
    holds: '返戻されたレセプト（請求したとおりの RE, RR, SY, RI, IY, TO, CO, SJ）',
    confidence: 'H',
    note: 'ORCA18 ORCGT05/ORCBM550（10文字、大文字小文字を区別しない）、SK の取込み。各 RE の第19項目に電算処理受付番号、第21項目に送ったとおりの請求情報が入る [H]。IR・RS・HI・HR・HG・履歴管理ブロックはない：ORCA はそれ以外のレコード識別を誤り（E99）とする [M]、ないという結論は推定 [INF]。返戻理由を記録する項目は見当たらない。',
  },
  /** ORCA's check-only output (not part of the spec). */
  orcaCheck: {
    pattern: 'TENCnn00.UKE',
    regex: '^TENC([0-9]{2})([0-9]{2})\\.UK[ES]$',
    flags: 'i',
    holds: 'ORCA の点検用出力（仕様外）',
    confidence: 'M',
    note: 'ORCA18 は点検だけの出力で接頭辞 RREC の代わりに TENC を使う。提出ファイルではない。',
  },
} as const satisfies Record<string, RosaiFileName>;

export interface RosaiFileRule {
  readonly rule: string;
  readonly confidence: Confidence;
  readonly source: string;
}

export const ROSAI_FILE_RULES: readonly RosaiFileRule[] = [
  {
    rule: '初回分（新規の請求）のレセプトは（都道府県労働局コード、労働基準監督署コード）ごとに別ファイルとし、各ファイルの RS にその両コードを記録する。',
    confidence: 'H',
    source: 'SK RecedenViewModel（mode 2 の１回目: 労働局コード又は監督署コードが変わると別ファイル）、KW partitionWorkersReceipts、ORCA18（初回フラグ SYOKAIFLG のときだけ RS に両コード）',
  },
  {
    rule: '継続分（２回目以降）のレセプトは１ファイルにまとめ、その RS の都道府県労働局コードと労働基準監督署コードを空欄とする。',
    confidence: 'H',
    source: 'SK RecedenViewModel（２回目のループ: RS の両コードを空欄）、KW（初回でないレセプトの群）、ORCA18',
  },
  {
    rule: '「初回」は RR 新継再別が 1（初診）・3（転医始診）・7（再発）のレセプト。',
    confidence: 'L',
    source: 'KW only (INITIAL_NEW_CONTINUING_CODES); SK and ORCA keep their own 初回 flag',
  },
  {
    rule: 'ファイルごとにレセプト番号を１から振り、IR 請求年月にはそのファイルのレセプトの最も新しい診療年月を記録する。',
    confidence: 'H',
    source: 'SK RecedenViewModel（ファイルごとに receiptNo = 0、maxSinYm）; ORCA18 (WRK-SRYYM); KW (serviceYm)',
  },
  {
    rule: '再請求は一次請求とは別の .UKS ファイルとし、返戻ファイルの電算処理受付番号を RE 第19項目に記録する。履歴管理ブロックは付けない。',
    confidence: 'H',
    source: 'ORCA18 (writer, check 26510), SK',
  },
  {
    rule: 'アフターケアのファイルは997レセプトごとに分ける。',
    confidence: 'L',
    source: 'KW only (MAX_RECEIPTS_PER_FILE = 997)',
  },
];
