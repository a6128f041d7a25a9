/** The 医科 claim records (記録条件仕様（医科用）令和4年4月版), in spec order. */
import { IR } from './IR.js';
import { RE } from './RE.js';
import { HO } from './HO.js';
import { KO } from './KO.js';
import { SN } from './SN.js';
import { JD } from './JD.js';
import { MF } from './MF.js';
import { GR } from './GR.js';
import { SY } from './SY.js';
import { SI } from './SI.js';
import { IY } from './IY.js';
import { TO } from './TO.js';
import { CO } from './CO.js';
import { SJ } from './SJ.js';
import { TI } from './TI.js';
import { TR } from './TR.js';
import { TS } from './TS.js';
import { GO } from './GO.js';

export const IKA_RECORDS = { IR, RE, HO, KO, SN, JD, MF, GR, SY, SI, IY, TO, CO, SJ, TI, TR, TS, GO } as const;
