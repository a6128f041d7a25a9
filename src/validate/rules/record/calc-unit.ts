import { blockOpeners } from '../../../spec/structure.js';
import type { Rec } from '../../../model/record.js';
import { ALL_RECORD_DEFS, KINDS } from '../../../spec/kinds.js';
import type { RecordDef } from '../../../spec/types.js';
import { firstDayPos, readDays } from '../../engine/days.js';
import { fieldAt, fieldEmpty, fieldInt, fieldText, positionsOf } from '../../engine/read.js';
import type { ReceiptInfo, RuleContext } from '../../types.js';
import { ALL_PRESETS, defineRule } from '../define.js';

/**
 * 点数・回数算定単位 (SI / IY / TO 点数・回数 記録内容, 算定日情報 備考1). The file does not mark where a unit begins:
 * a unit is read as the 摘要 records up to and including the next one with 点数 recorded, within one 診療識別
 * ([INF] — the only reading under which 「点数・回数算定単位内の最終レコードのみ記録する」 places 点数). So the
 * findings are warnings.
 */

interface Layout {
  readonly category: number;
  readonly points: number;
  readonly times: number;
  readonly day1: number;
}

const cache = new WeakMap<RecordDef, Layout | null>();

function layout(def: RecordDef): Layout | null {
  let l = cache.get(def);
  if (l === undefined) {
    const p = positionsOf(def, ['practiceCategory', 'points', 'times']);
    const day1 = firstDayPos(def);
    l = p && day1 > 0 ? { category: p[0]!, points: p[1]!, times: p[2]!, day1 } : null;
    cache.set(def, l);
  }
  return l;
}

/** The 摘要 records of a kind's practice run (SI, IY, TO) that have 診療識別, 点数, 回数 and the day fields. */
const UNIT_IDS = [...new Set(ALL_RECORD_DEFS.filter((d) => layout(d) !== null).map((d) => d.id))];
/** The records that open a block or a block's receipt (TI, TR): a unit never runs across them. */
const BREAK_IDS = [...new Set(Object.values(KINDS).flatMap((k) => [...blockOpeners(k.structure)]))];
const BREAKS = new Set(BREAK_IDS.filter((id) => !UNIT_IDS.includes(id)));

interface State {
  info: ReceiptInfo | undefined;
  /** The 診療識別 in force (the last one recorded). */
  category: string;
  /** An open unit: its first record's 回数 and days, and its last record so far (which has no 点数 yet). */
  open: boolean;
  times: number | null | undefined;
  days: Int32Array;
  hasDays: boolean;
  reported: boolean;
  last: Rec | undefined;
  lastAt: number;
  lastPos: number;
  scratch: Int32Array;
}

function close(s: State, ctx: RuleContext): void {
  if (s.open && s.last) {
    const def = s.last.def!;
    const f = def.fields[s.lastPos - 1]!;
    ctx.report(calcUnit, {
      rec: s.last,
      field: { key: f.key, name: f.name, position: s.lastPos },
      at: s.lastAt,
      expected: '点数 on the last record of the 算定単位',
      found: 'no record with 点数 ends the unit',
      params: { problem: 'points' },
    });
  }
  s.open = false;
  s.last = undefined;
}

export const calcUnit = defineRule<State>({
  id: 'record/calc-unit',
  severity: 'warning',
  presets: ALL_PRESETS,
  scope: 'receipt',
  // The 医科 records (DPC files reuse them); 歯科 and 労災 摘要 records have layouts of their own.
  kinds: ['ika', 'dpc'],
  records: [...UNIT_IDS, ...BREAKS],
  init: () => ({ info: undefined, category: '', open: false, times: undefined, days: new Int32Array(31), hasDays: false, reported: false, last: undefined, lastAt: 0, lastPos: 0, scratch: new Int32Array(31) }),
  record(rec, info, ctx, s) {
    if (rec.prefixed || !info) return;
    if (s.info !== info) {
      s.info = info;
      s.category = '';
      s.open = false;
      s.last = undefined;
    }
    const def = rec.def;
    if (!def || def.family !== 'claim') return;
    const l = layout(def);
    if (!l) {
      if (BREAKS.has(rec.id)) {
        close(s, ctx);
        s.category = '';
      }
      return;
    }
    if (!fieldEmpty(rec, l.category)) {
      const cat = fieldText(rec, l.category);
      if (cat !== s.category) {
        close(s, ctx);
        s.category = cat;
      }
    }
    const times = fieldInt(rec, l.times);
    const mask = readDays(rec, l.day1, s.scratch);
    if (!s.open) {
      s.open = true;
      s.reported = false;
      s.times = times;
      s.hasDays = mask > 0;
      s.days.set(s.scratch);
    } else if (!s.reported) {
      if (typeof times === 'number' && typeof s.times === 'number' && times !== s.times) {
        s.reported = true;
        const f = def.fields[l.times - 1]!;
        ctx.report(calcUnit, { rec, field: { key: f.key, name: f.name, position: l.times }, at: fieldAt(rec, l.times), expected: `回数 ${s.times} (as the unit’s first record)`, found: `回数 ${times}`, params: { problem: 'times', want: s.times, value: times } });
      } else if (mask > 0 && s.hasDays) {
        for (let d = 0; d < 31; d++) {
          if (s.scratch[d] === s.days[d]) continue;
          s.reported = true;
          const pos = l.day1 + d;
          const f = def.fields[pos - 1]!;
          ctx.report(calcUnit, { rec, field: { key: f.key, name: f.name, position: pos }, at: fieldAt(rec, pos), expected: 'the same 回数 as the unit’s first record on that day', found: 'a different value', params: { problem: 'days', day: d + 1 } });
          break;
        }
      }
    }
    if (!fieldEmpty(rec, l.points)) {
      s.open = false;
      s.last = undefined;
    } else {
      s.last = rec;
      s.lastAt = fieldAt(rec, l.points);
      s.lastPos = l.points;
    }
  },
  receipt(info, ctx, s) {
    if (s.info === info) close(s, ctx);
    s.info = undefined;
    s.open = false;
    s.last = undefined;
  },
});
