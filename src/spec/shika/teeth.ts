/**
 * 歯式コード: the 6-byte unit of the 歯科 歯式 fields (HS 歯式コード（傷病名）・（補足コメント）, CO 歯式コード
 * （コメント）): 歯種コード 4 桁 (別表15) + 状態コード 1 桁 (別表16) + 部分コード 1 桁 (別表17), up to 64 units
 * concatenated without separators (claim-records.md §3.13 [H]).
 *
 * [L] for the code look-ups: the 令和8年6月版 deleted 別表15–17 in favour of a separate 歯式マスター that
 * is not public here, so a part outside the R06 lists may still be valid — code/unknown reports it as a
 * warning. Correcting that is a one-line edit of `confidence` below.
 */
import type { RepeatDef } from '../types.js';

export const TOOTH_UNIT: RepeatDef = {
  unit: 6,
  max: 64,
  parts: [
    { key: 'tooth', name: '歯種コード', width: 4, table: 'shika:15', confidence: 'L' },
    { key: 'state', name: '状態コード', width: 1, table: 'shika:16', confidence: 'L' },
    { key: 'part', name: '部分コード', width: 1, table: 'shika:17', confidence: 'L' },
  ],
};
