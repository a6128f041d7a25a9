// The 労災 record tables in spec order. Two claim files share most tables:
// - 労災診療費 (RRECnn00.UKE / .UKS): IR, RE, RR, SY, RI, IY, TO, CO, SJ, RS
//   (kinds-nursing-rousai-dental-returns.md §2.3, [H] ORCA18 checks; SK, KW).
// - アフターケア委託費 (ARECnn00.UKE): IR, RE, AR, RI, IY, TO, CO, SJ, AS — no RR, no SY, no RS
//   (§2.3 / §2.5, [H] SK, KW). IR, RI, IY, TO, CO and SJ are the same table objects as in the 労災診療費 file;
//   the アフターケア RE differs only in the names of four 予備 positions (RE_AC, [M] SK).
import { IR } from './IR.js';
import { RE } from './RE.js';
import { RE_AC } from './RE_AC.js';
import { RR } from './RR.js';
import { SY } from './SY.js';
import { RI } from './RI.js';
import { IY } from './IY.js';
import { TO } from './TO.js';
import { CO } from './CO.js';
import { SJ } from './SJ.js';
import { RS } from './RS.js';
import { AR } from './AR.js';
import { AS } from './AS.js';

/**
 * The records of both 労災 claim files, in spec order: 労災診療費 (IR, RE, RR, SY, RI, IY, TO, CO, SJ, RS) and
 * アフターケア委託費 (its AR and AS; its other records are the same tables). Both files are read with these
 * tables; which records a file may hold, and in what order, is its structure (ROSAI_STRUCTURE, or the
 * アフターケア form's ROSAI_AFTERCARE_STRUCTURE). The アフターケア RE is read with the 労災 RE: RE_AC has the
 * same 38 positions, modes and widths and differs only in naming four of them 予備 (a test checks this).
 */
export const ROSAI_RECORDS = { IR, RE, RR, SY, RI, IY, TO, CO, SJ, RS, AR, AS } as const;

/** The records an アフターケア委託費 file (【アフターケア】医科用) holds, in spec order (RE_AC: its own names for the RE). */
export const ROSAI_AFTERCARE_RECORDS = { IR, RE: RE_AC, AR, RI, IY, TO, CO, SJ, AS } as const;

export { IR, RE, RE_AC, RR, SY, RI, IY, TO, CO, SJ, RS, AR, AS };
