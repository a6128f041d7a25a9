import type { Rec } from '../../../model/record.js';
import { ALL_RECORD_DEFS } from '../../../spec/kinds.js';
import { codeTable } from '../../../spec/registry.js';
import type { RecordDef } from '../../../spec/types.js';
import { contextOf } from '../../engine/context.js';
import { dayCount, daysOf, firstDayPos, readDays } from '../../engine/days.js';
import { fieldText, positionsOf } from '../../engine/read.js';
import type { ReceiptInfo } from '../../types.js';
import { ALL_PRESETS, defineRule } from '../define.js';

/** 受診等区分 “9”: 請求データの各レコードに記録された算定日情報と不一致 (a payer's code: those days are not compared). */
const MISMATCH_CODE = 9;

/** A 摘要 record's 負担区分 position and its table's payers map (別表21), or null. */
interface Tekiyo {
  readonly burden: number;
  readonly payers: Readonly<Record<string, string>>;
  readonly day1: number;
}

const tekiyoCache = new WeakMap<RecordDef, Tekiyo | null>();

function tekiyo(def: RecordDef): Tekiyo | null {
  let t = tekiyoCache.get(def);
  if (t === undefined) {
    const p = positionsOf(def, ['burdenCategory']);
    const day1 = firstDayPos(def);
    const table = p ? def.fields[p[0]! - 1]!.table : undefined;
    const payers = table ? codeTable(table)?.payers : undefined;
    t = p && payers && day1 > 0 && def.id !== 'JD' ? { burden: p[0]!, payers, day1 } : null;
    tekiyoCache.set(def, t);
  }
  return t;
}

/** The JD-like records (負担者種別 and 1日〜31日の情報): their id, by kind table. */
const jdCache = new WeakMap<RecordDef, { payer: number; day1: number } | null>();
function jdLayout(def: RecordDef): { payer: number; day1: number } | null {
  let j = jdCache.get(def);
  if (j === undefined) {
    const p = def.id === 'JD' ? positionsOf(def, ['payerType']) : undefined;
    const day1 = firstDayPos(def);
    j = p && day1 > 0 ? { payer: p[0]!, day1 } : null;
    jdCache.set(def, j);
  }
  return j;
}

const RECORD_IDS = [...new Set(ALL_RECORD_DEFS.filter((d) => tekiyo(d) !== null || jdLayout(d) !== null).map((d) => d.id))];

interface Jd {
  readonly rec: Rec;
  readonly payer: string;
  readonly days: number;
  readonly nine: number;
}

interface State {
  info: ReceiptInfo | undefined;
  jds: Jd[];
  /** Per 負担者種別 1–5 (index 1–5): the days with 算定日情報 in a 摘要 record whose 負担区分 includes it. */
  days: Int32Array;
  scratch: Int32Array;
}

export const visitDays = defineRule<State>({
  id: 'record/visit-days',
  severity: 'warning',
  presets: ALL_PRESETS,
  scope: 'receipt',
  records: RECORD_IDS,
  init: () => ({ info: undefined, jds: [], days: new Int32Array(6), scratch: new Int32Array(31) }),
  record(rec, info, ctx, s) {
    if (rec.prefixed || !info) return;
    const def = rec.def;
    if (!def || def.family !== 'claim') return;
    if (s.info !== info) {
      s.info = info;
      s.jds.length = 0;
      s.days.fill(0);
    }
    const j = jdLayout(def);
    if (j) {
      const payer = fieldText(rec, j.payer);
      const mask = readDays(rec, j.day1, s.scratch);
      if (mask < 0 || payer === '') return;
      let nine = 0;
      for (let d = 0; d < 31; d++) if (s.scratch[d] === MISMATCH_CODE) nine |= 1 << d;
      s.jds.push({ rec, payer, days: mask & ~nine, nine });
      return;
    }
    if (s.jds.length === 0) return; // JD comes before the 摘要: no JD, nothing to compare
    const t = tekiyo(def);
    if (!t) return;
    const mask = readDays(rec, t.day1, s.scratch);
    if (mask <= 0) return;
    if (contextOf(rec, info, ctx.file.kindDef).donor) return;
    const payers = t.payers[fieldText(rec, t.burden)];
    if (!payers) return;
    for (let i = 0; i < payers.length; i++) {
      const p = payers.charCodeAt(i) - 0x30;
      if (p >= 1 && p <= 5) s.days[p] = s.days[p]! | mask;
    }
  },
  receipt(info, ctx, s) {
    if (s.info !== info || s.jds.length === 0) {
      s.info = undefined;
      return;
    }
    for (const jd of s.jds) {
      const p = jd.payer.charCodeAt(0) - 0x30;
      const want = p >= 1 && p <= 5 ? s.days[p]! : 0;
      if (want === 0) continue;
      const extra = jd.days & ~want;
      const missing = want & ~jd.days & ~jd.nine;
      if (extra === 0 && missing === 0) continue;
      ctx.report(visitDays, {
        rec: jd.rec,
        expected: `受診等区分 on the ${dayCount(want)} days of the 算定日情報`,
        found: [extra ? `${dayCount(extra)} day(s) without 算定日情報` : '', missing ? `${dayCount(missing)} day(s) of 算定日情報 unmarked` : ''].filter(Boolean).join(', '),
        params: { extra: dayCount(extra), missing: dayCount(missing), extraDays: daysOf(extra), missingDays: daysOf(missing) },
      });
    }
    s.info = undefined;
  },
});
