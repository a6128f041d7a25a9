/**
 * Dates as the spec writes them, to and from ISO 8601.
 * - 西暦 (R02 and later): 年月 `YYYYMM`, 年月日 `YYYYMMDD`.
 * - 和暦 (older editions): `GYYMM`, `GYYMMDD`, G = 年号区分 (former 別表4: 1 明治 … 5 令和).
 * The layout is told by length (6/8 西暦, 5/7 和暦), as every known reader does.
 */
// Only the one date-fns function needed, by sub-path: importing the package root costs ~20 MB of
// memory and ~130 ms of start-up in Node (measured by the streaming benchmark).
import { isExists } from 'date-fns/isExists';

/** First year (西暦) of each era, by 年号区分. 年 1 of an era is its first year. */
export const ERA_START_YEAR: Readonly<Record<string, number>> = { '1': 1868, '2': 1912, '3': 1926, '4': 1989, '5': 2019 };
/** Era boundaries (inclusive first day) for validating 和暦 dates. */
const ERA_FIRST_DAY: Readonly<Record<string, string>> = {
  '1': '1868-01-25',
  '2': '1912-07-30',
  '3': '1926-12-25',
  '4': '1989-01-08',
  '5': '2019-05-01',
};

export type DateLayout = 'seireki' | 'wareki';

export interface SpecDate {
  /** `YYYY-MM` or `YYYY-MM-DD`. */
  readonly iso: string;
  readonly layout: DateLayout;
  readonly precision: 'month' | 'day';
}

/**
 * Read a spec date. Returns undefined when the value is not a valid date in either layout
 * (wrong length, non-digits, month 13, 2月30日, an era year before the era began …).
 */
export function readSpecDate(value: string): SpecDate | undefined {
  if (!/^\d+$/.test(value)) return undefined;
  switch (value.length) {
    case 6:
      return valid(`${value.slice(0, 4)}-${value.slice(4, 6)}`, 'seireki', 'month');
    case 8:
      return valid(`${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`, 'seireki', 'day');
    case 5:
    case 7: {
      const base = ERA_START_YEAR[value[0]!];
      if (base === undefined) return undefined;
      const yy = Number(value.slice(1, 3));
      if (yy < 1) return undefined;
      const y = String(base + yy - 1).padStart(4, '0');
      const iso = value.length === 5 ? `${y}-${value.slice(3, 5)}` : `${y}-${value.slice(3, 5)}-${value.slice(5, 7)}`;
      const d = valid(iso, 'wareki', value.length === 5 ? 'month' : 'day');
      if (!d) return undefined;
      // The date must not precede the era (month precision: the era's first month counts).
      const first = ERA_FIRST_DAY[value[0]!]!;
      if ((d.precision === 'day' ? iso : iso + '-31') < first) return undefined;
      // …and must not follow the next era's first day (平成32年 does not exist).
      const next = ERA_FIRST_DAY[String(Number(value[0]) + 1)];
      if (next !== undefined && (d.precision === 'day' ? iso : iso + '-01') >= next) return undefined;
      return d;
    }
    default:
      return undefined;
  }
}

function valid(iso: string, layout: DateLayout, precision: 'month' | 'day'): SpecDate | undefined {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m || (precision === 'day') !== (m[3] !== undefined)) return undefined;
  if (!isExists(Number(m[1]), Number(m[2]) - 1, m[3] === undefined ? 1 : Number(m[3]))) return undefined;
  return { iso, layout, precision };
}

/** ISO date (`YYYY-MM` or `YYYY-MM-DD`) to the spec's layout. Returns undefined for an invalid date. */
export function writeSpecDate(iso: string, layout: DateLayout = 'seireki'): string | undefined {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return undefined;
  const precision = m[3] === undefined ? 'month' : 'day';
  if (!valid(iso, 'seireki', precision)) return undefined;
  if (layout === 'seireki') return m[1]! + m[2]! + (m[3] ?? '');
  const day = precision === 'day' ? iso : `${iso}-01`;
  // Latest era whose first day is not after the date (by month for month precision).
  const eras = Object.keys(ERA_FIRST_DAY).sort().reverse();
  for (const g of eras) {
    const first = ERA_FIRST_DAY[g]!;
    const cmp = precision === 'day' ? day >= first : `${iso}-31` >= first;
    if (cmp) {
      const yy = Number(m[1]) - ERA_START_YEAR[g]! + 1;
      if (yy < 1 || yy > 99) return undefined;
      return g + String(yy).padStart(2, '0') + m[2]! + (m[3] ?? '');
    }
  }
  return undefined;
}
