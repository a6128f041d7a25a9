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

/**
 * The return records of a kind whose HR 診療識別 reads another kind's 診療識別 table (歯科 別表20), or
 * none (調剤 has no 診療識別): the HR table is the 医科 one otherwise [INF], so it is copied with that
 * one field's table changed — a one-line edit per kind when a kind's return layout becomes known.
 */
export function returnRecordsWith(practiceTable: string | undefined): Readonly<Record<string, RecordDef>> {
  const fields = HR.fields.map((f) => {
    if (f.key !== 'practiceCategory') return f;
    const { table: _omit, ...rest } = f;
    return practiceTable ? { ...rest, table: practiceTable } : rest;
  });
  return { ...RETURN_RECORDS, HR: { ...HR, fields } };
}
