/** Units of fields of concatenated codes (FieldDef.repeat), with their parts (歯科 歯式コード). */
import { codeTable, meaningIn } from '../spec/registry.js';
import type { RepeatDef } from '../spec/types.js';

/**
 * One unit: its `code` (the unit's characters), and for a structured unit each part by key with its
 * meaning as `<key>Name` — e.g. 歯式コード `101100`: `{ code: '101100', tooth: '1011', toothName: '右上中切歯',
 * state: '0', stateName: '現存歯', part: '0', partName: '部分指定なし' }`.
 */
export interface RepeatUnit {
  readonly code: string;
  readonly [part: string]: string | undefined;
}

/** Split a value into the units of `repeat` (a trailing partial unit is dropped). */
export function splitUnits(value: string, repeat: RepeatDef): RepeatUnit[] {
  const out: RepeatUnit[] = [];
  for (let at = 0; at + repeat.unit <= value.length; at += repeat.unit) {
    const code = value.slice(at, at + repeat.unit);
    if (!repeat.parts) {
      out.push({ code });
      continue;
    }
    const u: Record<string, string | undefined> = { code };
    let p = 0;
    for (const part of repeat.parts) {
      const c = code.slice(p, p + part.width);
      p += part.width;
      u[part.key] = c;
      // The runtime tables keep the meanings of the part tables (test/scripts/runtime-tables.ts).
      const name = part.table ? meaningIn(codeTable(part.table), c) : undefined;
      if (name !== undefined) u[`${part.key}Name`] = name;
    }
    out.push(u as RepeatUnit);
  }
  return out;
}
