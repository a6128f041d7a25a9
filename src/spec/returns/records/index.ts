/**
 * The records of the 医科-family return files (一次請求返戻 / 再審査等返戻, reconstructed from public
 * sources; see each table's confidence) and of their history blocks.
 */
import { HI } from './HI.js';
import { HR } from './HR.js';
import { HG } from './HG.js';
import { RC } from './RC.js';
import { JY } from './JY.js';
import { EX } from './EX.js';
import { MN } from './MN.js';
import { MD } from './MD.js';
import { RT } from './RT.js';
import { JR } from './JR.js';
import { MK } from './MK.js';
import { ON } from './ON.js';

import type { RecordDef } from '../../types.js';

export const RETURN_RECORDS = { HI, HR, HG, RC, JY, EX, MN, MD, RT, JR, MK, ON } as const;

/** A record with one field's 別表 changed (or removed). */
/* @__NO_SIDE_EFFECTS__ */
function withTable(def: RecordDef, key: string, table: string | undefined): RecordDef {
  const fields = def.fields.map((f) => {
    if (f.key !== key) return f;
    const { table: _omit, ...rest } = f;
    return table ? { ...rest, table } : rest;
  });
  return { ...def, fields };
}

/**
 * The return records of another kind of the 医科 family: HI and HR as 医科 [INF], with HI 点数表 read
 * with the kind's 点数表 table (歯科 別表3: 3) and HR 診療識別 with its 診療識別 table (歯科 別表20), or
 * none (調剤 has no 診療識別). Each is a one-line edit per kind when a kind's return layout becomes known.
 */
/* @__NO_SIDE_EFFECTS__ */
export function returnRecordsWith(tables: { readonly scoreTable: string; readonly practiceCategory: string | undefined }): Readonly<Record<string, RecordDef>> {
  return { ...RETURN_RECORDS, HI: withTable(HI, 'scoreTable', tables.scoreTable), HR: withTable(HR, 'practiceCategory', tables.practiceCategory) };
}
