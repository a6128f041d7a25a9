// The 調剤 claim record tables (記録条件仕様（調剤用）, reconstructed; see each file's header), in spec order:
// YK, the receipt records RE … MF, the 処方情報 records SH CZ IY TO CO, then TK KI ST, and GO.
import { YK } from './YK.js';
import { RE } from './RE.js';
import { HO } from './HO.js';
import { KO } from './KO.js';
import { SN } from './SN.js';
import { JD } from './JD.js';
import { MF } from './MF.js';
import { SH } from './SH.js';
import { CZ } from './CZ.js';
import { IY } from './IY.js';
import { TO } from './TO.js';
import { CO } from './CO.js';
import { TK } from './TK.js';
import { KI } from './KI.js';
import { ST } from './ST.js';
import { GO } from './GO.js';

export const CHOZAI_RECORDS = { YK, RE, HO, KO, SN, JD, MF, SH, CZ, IY, TO, CO, TK, KI, ST, GO } as const;
