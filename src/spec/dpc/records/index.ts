// The DPC record map. DPC-specific layouts live in this folder (RE, HO, KO — which differ from 医科 — and the DPC-only
// BU, SB, KK, SK, GA, HH, GT, CD); the records DPC files use unchanged from 医科 are imported from the 医科 tables (official
// R04 text), per shared/spec/kinds-chozai-dpc.md §3.5 "Shared 摘要/傷病 records" and §3.1 (IR/GO) [INF for applying them to
// DPC; NDB's DPC SI/IY/TO/CO/GR/IR tables have the same columns as its MED ones → H for "identical to 医科"].
// In a DPC file the `ika:N` tables those records name stand for the DPC tables of DPC_TABLE_OF_IKA (../codes.ts): the
// records are copies of the 医科 tables with their 別表 references mapped (dpcTables below), so every reader — the
// validator, the corrections' value checks, the generators, the reference — reads the DPC numbering (診療識別 93 …).
// Order: the DPC record order of HDW-D mapping.md (R02), with SY placed after SB as in MD's chapter lettering (ク 傷病 → ケ
// [INF 傷病名] → コ 患者基礎).
import { IR as IKA_IR } from '../../ika/records/IR.js';
import { SN as IKA_SN } from '../../ika/records/SN.js';
import { JD as IKA_JD } from '../../ika/records/JD.js';
import { MF as IKA_MF } from '../../ika/records/MF.js';
import { GR as IKA_GR } from '../../ika/records/GR.js';
import { SY as IKA_SY } from '../../ika/records/SY.js';
import { SI as IKA_SI } from '../../ika/records/SI.js';
import { IY as IKA_IY } from '../../ika/records/IY.js';
import { TO as IKA_TO } from '../../ika/records/TO.js';
import { CO as IKA_CO } from '../../ika/records/CO.js';
import { SJ as IKA_SJ } from '../../ika/records/SJ.js';
import { TI as IKA_TI } from '../../ika/records/TI.js';
import { TR as IKA_TR } from '../../ika/records/TR.js';
import { TS as IKA_TS } from '../../ika/records/TS.js';
import { GO as IKA_GO } from '../../ika/records/GO.js';
import { HI } from '../../returns/records/HI.js';
import { HG } from '../../returns/records/HG.js';
import { RC } from '../../returns/records/RC.js';
import { JY } from '../../returns/records/JY.js';
import { EX } from '../../returns/records/EX.js';
import { MN } from '../../returns/records/MN.js';
import { MD } from '../../returns/records/MD.js';
import { RT } from '../../returns/records/RT.js';
import { JR } from '../../returns/records/JR.js';
import { MK } from '../../returns/records/MK.js';
import { ON } from '../../returns/records/ON.js';
import type { RecordDef } from '../../types.js';
import { DPC_TABLE_OF_IKA } from '../codes.js';
import { RE } from './RE.js';
import { HO } from './HO.js';
import { KO } from './KO.js';
import { BU } from './BU.js';
import { SB } from './SB.js';
import { KK } from './KK.js';
import { SK } from './SK.js';
import { GA } from './GA.js';
import { HH } from './HH.js';
import { GT } from './GT.js';
import { CD } from './CD.js';
import { HR } from './HR.js';

/** A 医科 record table as DPC files use it: the same fields, each `ika:N` 別表 reference read as its DPC table. */
/* @__NO_SIDE_EFFECTS__ */
function dpcTables<D extends RecordDef>(d: D): D {
  const map = (t: string | undefined): string | undefined => (t !== undefined && Object.prototype.hasOwnProperty.call(DPC_TABLE_OF_IKA, t) ? DPC_TABLE_OF_IKA[t] : t);
  return {
    ...d,
    fields: d.fields.map((f) => (map(f.table) === f.table ? f : { ...f, table: map(f.table) })),
    note: `${d.note ? `${d.note} ` : ''}ＤＰＣ用：医科 R04 と同じレイアウトで、別表はＤＰＣの番号による [INF]（DPC_TABLE_OF_IKA）。`,
  };
}

const IR = dpcTables(IKA_IR);
const SN = dpcTables(IKA_SN);
const JD = dpcTables(IKA_JD);
const MF = dpcTables(IKA_MF);
const GR = dpcTables(IKA_GR);
const SY = dpcTables(IKA_SY);
const SI = dpcTables(IKA_SI);
const IY = dpcTables(IKA_IY);
const TO = dpcTables(IKA_TO);
const CO = dpcTables(IKA_CO);
const SJ = dpcTables(IKA_SJ);
const TI = dpcTables(IKA_TI);
const TR = dpcTables(IKA_TR);
const TS = dpcTables(IKA_TS);
const GO = dpcTables(IKA_GO);

/**
 * Every record of a DPC claim file (RECEIPTC.UKE [INF]), by レコード識別情報, in spec order.
 * - DPC layouts: RE (30), HO (16), KO (13), BU, SB, KK, SK, GA, HH, GT, CD.
 * - Unchanged from 医科 R04: IR, SN, JD, MF, GR, SY, SI, IY, TO, CO, SJ, TI, TR, TS, GO. GR, SY and TI/TR/TS appear only in
 *   総括対象医科入院 receipts (総括区分 3); SN/JD/MF in DPC (0) and 総括 (1) receipts [INF]; see ../structure.ts.
 */
export const DPC_RECORDS = {
  IR,
  RE,
  HO,
  KO,
  SN,
  JD,
  MF,
  GR,
  BU,
  SB,
  SY,
  KK,
  SK,
  GA,
  HH,
  GT,
  SI,
  IY,
  TO,
  CO,
  SJ,
  CD,
  TI,
  TR,
  TS,
  GO,
} as const;

/**
 * The records of a DPC return file (一次請求返戻 / 再審査等返戻; file names [INF] RECEIPTC.HEN / .SAH as 医科). Only HR has a
 * DPC layout (第12項目 返戻対象明細, kinds-chozai-dpc.md §3.8 [M]); the others are the 医科 return tables, whose use for DPC is
 * [INF] (MK 理由 names 原審(請求)どおり理由コード(DPC) in the DPC edition, codes unknown). The history prefix is the shared
 * HISTORY_PREFIX (../../returns/records/prefix.ts); 請求データ and 履歴請求データ use DPC_RECORDS.
 */
export const DPC_RETURN_RECORDS = {
  HI,
  HR,
  HG,
  RC,
  JY,
  EX,
  MN,
  MD,
  RT,
  JR,
  MK,
  ON,
} as const;
