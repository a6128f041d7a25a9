// 歯科 (点数表 3) claim records in the order of 記録条件仕様（歯科用） 第1章 3 (4): UK, then per receipt IR RE HO KO SN JD MF HS
// SS SI IY TO CO SJ, then GO. Sources and confidence: see each file's header and shared/spec/claim-records.md §4.1.
// The 歯科 spec has no GR (包括評価対象外理由) and no 臓器提供 records (TI/TR/TS); none of the sources lists them.
import { UK } from './UK.js';
import { IR } from './IR.js';
import { RE } from './RE.js';
import { HO } from './HO.js';
import { KO } from './KO.js';
import { SN } from './SN.js';
import { JD } from './JD.js';
import { MF } from './MF.js';
import { HS } from './HS.js';
import { SS } from './SS.js';
import { SI } from './SI.js';
import { IY } from './IY.js';
import { TO } from './TO.js';
import { CO } from './CO.js';
import { SJ } from './SJ.js';
import { GO } from './GO.js';

export const SHIKA_RECORDS = {
  UK, IR, RE, HO, KO, SN, JD, MF, HS, SS, SI, IY, TO, CO, SJ, GO,
} as const;
