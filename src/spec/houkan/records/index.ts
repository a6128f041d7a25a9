// The 訪問看護 (点数表 6) record tables. Claim records in the order of 「オンラインによる請求に係る記録条件仕様（訪問看護用）」
// 令和６年６月版 第1章3(3)ア(イ)(ウ): HM, the receipt's records RE … KA, GO. Return records (一次請求返戻ファイル) from the
// 支払基金 手引き 別紙１, reconstructed (see each file's header).
import { HM } from './HM.js';
import { RE } from './RE.js';
import { HO } from './HO.js';
import { KO } from './KO.js';
import { SN } from './SN.js';
import { JD } from './JD.js';
import { MF } from './MF.js';
import { GI } from './GI.js';
import { IH } from './IH.js';
import { HJ } from './HJ.js';
import { JS } from './JS.js';
import { SY } from './SY.js';
import { RJ } from './RJ.js';
import { TJ } from './TJ.js';
import { TZ } from './TZ.js';
import { KS } from './KS.js';
import { CO } from './CO.js';
import { KA } from './KA.js';
import { GO } from './GO.js';
import { HH } from './HH.js';
import { HR } from './HR.js';
import { HG } from './HG.js';

/** Every 訪問看護 claim record (19 types), in spec order. */
export const HOUKAN_RECORDS = {
  HM, RE, HO, KO, SN, JD, MF, GI, IH, HJ, JS, SY, RJ, TJ, TZ, KS, CO, KA, GO,
} as const;

/**
 * The records of a 訪問看護 一次請求返戻ファイル that the claim file does not have: header HH, HR after the 請求データ
 * (and, prefixed, in the 履歴管理ブロック), footer HG. The 履歴管理情報 prefix and RC are shared with 医科
 * (src/spec/returns/records/prefix.ts, RC.ts).
 */
export const HOUKAN_RETURN_RECORDS = { HH, HR, HG } as const;
