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
const BREAK_IDS = [...new Set(Object.values(KINDS).flatMap((k) => (k.structure.blocks ?? []).flatMap((b) => [b.start, ...(b.restart ?? [])])))];
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
  description:
    'Within one 点数・回数算定単位 the records carry the same 回数 and the same 算定日情報 day by day, and 点数 is recorded on the unit’s last record (a unit is read as the 摘要 records up to the next one with 点数, within one 診療識別).',
  descriptionJa:
    '点数・回数算定単位内のレコードは同一の回数を記録し、算定日情報は同一日に同一回数を記録する。点数は算定単位内の最終レコードに記録する（算定単位は、同一診療識別内で点数を記録したレコードまでの摘要レコードと解する）。',
  why:
    'A warning: the file does not mark where a unit begins, so units are inferred ([INF]) from where 点数 is recorded — a different 回数 inside a unit may as well be a unit whose last record lacks its 点数. The 算定日情報 of 他医療機関に係る臓器提供者レセプト may be omitted (「差し支えない」): records without day information are compared on 回数 only.',
  whyJa:
    '警告とする：ファイルには算定単位の始まりが示されないため、単位は点数を記録した位置から推定する（[INF]）。単位内で回数が異なるのは、最終レコードに点数のない単位である可能性もある。他医療機関に係る臓器提供者レセプトの算定日情報は省略してよい（「差し支えない」）ため、日の情報のないレコードは回数だけを比べる。',
  reference: 'SI/IY/TO 点数「点数・回数算定単位内の最終レコードのみ記録する」(R04 l.1024–1025, l.1121–1122, l.1220–1221), 回数「点数・回数算定単位内の回数は、同一の回数を記録する」(l.1032–1033, l.1126–1127, l.1226–1227), 算定日情報 備考1「点数・回数算定単位内の算定日情報は、同一日に同一回数を記録する」(l.1062–1068, l.1154–1160, l.1277–1283)',
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
