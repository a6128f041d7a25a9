// Record structure of the 調剤 claim file RECEIPTY.CYO — reconstructed, kinds-chozai-dpc.md §2.1–§2.2.
// Confidence: H for the order and multiplicity (YR read the official R08 調剤 PDF pp.1-2; HDW-M's R02 record list and
// PO's official record list agree); the per-レセプト種別 presence table is [M] (YR only).
// Sources used:
//   - shared/spec/kinds-chozai-dpc.md §2.1, §2.2
//   - YR: yusuketakuma/yrese @ f4d0f8f71a62c3e55a57a79ad57092b10620cc70 : docs/claim/record_spec_reading_notes.md §3
//   - HDW-M: HealthDataWorks/fhir-ig-jp-rezept-medication @ 6175e85594b91da0399c3b18f40d15f386d9fe3e : input/pagecontent/mapping.md
//   - PO: pharma-oss/pharma-oss @ 3c00a2775cbd8ed16b7fa8e1da27ce696c3cab92 : src/lib/receipt/dispensing_uke_validation.ts
//     (DISPENSING_UKE_OFFICIAL_SUBMISSION_RECORD_TYPES; "SH or KI" gate)
//
// The 処方情報 group sits in the middle of the receipt (after MF, before TK). `StructureDef.blocks` is documented as
// "after the receipt's own records", so the receipt order carries a placeholder slot for the group's records at that
// position and `blocks[0]` gives the group's own order (SH once, CZ per 調剤日, IY/TO at least one, CO optional; a new
// SH starts a new group). A kind-aware reader should switch to the block when it meets SH in that position.
import type { StructureDef } from '../types.js';

export const CHOZAI_STRUCTURE: StructureDef = {
  header: 'YK',
  trailer: 'GO',
  receipt: [
    { ids: ['RE'], required: true, single: true, confidence: 'H', note: 'レセプト共通レコード。レセプト単位データの先頭（必須、複数不可）。' },
    {
      ids: ['HO'],
      required: false,
      single: true,
      confidence: 'H',
      note: '医療保険レセプトの場合に記録（複数不可）。レセプト種別ごとの記録条件（YR, [M]）: 医療保険単独 ○、医療保険＋公費１〜４種 ○、公費単独 ×、公費２〜４種併用 ×。',
    },
    {
      ids: ['KO'],
      required: false,
      confidence: 'H',
      note: '公費負担医療レセプトの場合に記録。医療保険単独 ×、医療保険＋公費 ○（１〜４）、公費単独 ○（１）、公費２〜４種併用 ○（２〜４）。「法別番号及び制度の略称表」の順に第一公費から記録する。KO の数はレセプト種別の３桁目と一致する（医科と同じ [INF]）。',
    },
    {
      ids: ['SN'],
      required: false,
      confidence: 'M',
      note: '資格確認レコード（任意、複数可）。医療保険単独 △１、医療保険＋公費 △１〜５、公費単独 △１、公費２〜４種 △１〜４。保険薬局からの請求時は HO に対応する SN と、負担者番号が“12”で始まる KO に対応する SN を記録する（YR ※2）。医科と異なり公費単独でも記録できる。',
    },
    {
      ids: ['JD'],
      required: false,
      confidence: 'M',
      note: '受診日等レコード（任意、複数可）。医療保険単独 △１、医療保険＋公費 △２〜５、公費単独 △１、公費２〜４種 △２〜４（負担者種別ごとに１レコード）。',
    },
    {
      ids: ['MF'],
      required: false,
      confidence: 'M',
      note: '窓口負担額レコード（任意、複数可。当分の間、一部負担金に係る区分の MF を記録する: YR ※3）。すべてのレセプト種別で △。',
    },
    {
      ids: ['SH', 'CZ', 'IY', 'TO', 'CO'],
      required: false,
      label: '処方情報',
      confidence: 'H',
      note: '処方情報（１処方単位のデータ、複数可）。この位置に blocks[0] の順序で記録する（SH で始まり、次の SH で新しい処方情報）。必須※1: レセプトごとに処方情報又は KI のいずれか１以上を記録する（条件付きの必須のため required は false とし、規則で検査する）。',
    },
    { ids: ['TK'], required: false, confidence: 'H', note: '摘要欄レコード（任意、複数可）。すべての処方情報の後に記録する。' },
    {
      ids: ['KI'],
      required: false,
      confidence: 'H',
      note: '基本料・薬学管理料レコード（必須※1、複数可）。処方情報又は KI のいずれか１以上を記録する（KI のみのレセプトもありうる）。',
    },
    { ids: ['ST'], required: false, confidence: 'H', note: '分割技術料レコード（任意、複数可）。分割対象点数、分割技術料を記録する。' },
  ],
  blocks: [
    {
      start: 'SH',
      restart: ['SH'],
      label: '処方情報',
      confidence: 'H',
      note: '処方情報: 1処方内の記録順（YR 3.3）。receipt の SH/CZ/IY/TO/CO スロットの位置（MF の後、TK の前）に、処方の数だけ繰り返す。',
      slots: [
        { ids: ['SH'], required: true, single: true, confidence: 'H', note: '処方基本レコード（必須、１処方に複数不可）。剤形・用法・単位薬剤料。Ｎｏ が剤番号。' },
        { ids: ['CZ'], required: true, confidence: 'H', note: '調剤情報レコード（必須、複数可）。１調剤日につき１レコード（調剤月日・調剤数量・一包化日数・薬剤調製料等）。' },
        { ids: ['IY', 'TO'], required: true, confidence: 'H', note: '医薬品レコード・特定器材レコード。IY 又は TO のいずれか１レコード以上（必須※、複数可）。' },
        { ids: ['CO'], required: false, confidence: 'H', note: 'コメントレコード（任意、複数可）。' },
      ],
    },
  ],
  requiredAny: [{ ids: ['SH', 'KI'], confidence: 'H', note: '必須※1: 処方情報（SH で始まる）又は KI のいずれか１以上（YR）。' }],
  // [INF] by analogy with 医科 R04 第1章3(3)ア(エ): a warning; a later correction is this line.
  receipts: { min: 1, source: '医科 R04 第1章3(3)ア(エ) by analogy', confidence: 'INF' },
  source: 'kinds-chozai-dpc.md §2.1–§2.2 (YR = official R08 調剤 pp.1-2 via reading notes; HDW-M R02 record list; PO)',
  confidence: 'H',
  note: 'ファイル名 RECEIPTY.CYO [H]。YK（先頭、必須、１レコード）、レセプト（１以上）、GO（最後、必須）。１ファイル＝１ボリューム、収まらない場合はレセプト単位で分割し YK のマルチボリューム識別情報を“00”から昇順（レセプトはボリュームをまたがない）。GO の総件数・総合計点数は医科 R04 の規則（HO・KO の件数、主保険の合計点数）を推定で適用 [INF]。',
};
