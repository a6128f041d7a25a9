import { ALL_PRESETS, confidenceSeverity, defineFieldRule } from '../define.js';
import { firstUnlisted, lookup, unlistedFinding } from './codes.js';
import type { FieldValue } from '../../engine/value.js';
import type { RuleContext } from '../../types.js';

export const codeUnknown = defineFieldRule({
  id: 'code/unknown',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'field',
  history: false,
  applies: (f) => (f.table !== undefined || f.unitParts !== undefined) && f.pos > 1,
  check(v, ctx) {
    if (v.spec.unitParts) return checkParts(v, ctx);
    const c = firstUnlisted(v);
    if (c === undefined) return;
    ctx.report(codeUnknown, { rec: v.rec, field: v.spec.field, at: v.start, length: v.length, ...unlistedFinding(v, c, ctx.showPersonalData), severity: confidenceSeverity(v) });
  },
});

/** 歯式コード and other structured units: each part of each unit in its own table (the first unknown part is reported). */
function checkParts(v: FieldValue, ctx: RuleContext): void {
  if (v.length === 0 || !v.isAscii()) return;
  const t = v.text();
  const unit = v.spec.repeat!.unit;
  for (let at = 0; at + unit <= t.length; at += unit) {
    for (const p of v.spec.unitParts!) {
      if (!p.table) continue;
      const c = t.slice(at + p.offset, at + p.offset + p.width);
      if (lookup(p.table, c) !== 'unknown') continue;
      ctx.report(codeUnknown, {
        rec: v.rec,
        field: v.spec.field,
        at: v.start + at + p.offset,
        length: p.width,
        expected: `${p.name} of ${p.table.name}`,
        found: `"${c}" in unit ${at / unit + 1} (not listed)`,
        params: { table: p.table.name, value: c, part: p.name, unit: at / unit + 1 },
        severity: p.lowConfidence || v.spec.lowConfidence ? 'warning' : undefined,
      });
      return;
    }
  }
}
