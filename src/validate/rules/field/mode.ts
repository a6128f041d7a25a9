import { ModeCode } from '../../engine/compile.js';
import { showable } from '../../engine/read.js';
import { ALL_PRESETS, confidenceSeverity, defineFieldRule, hexAt } from '../define.js';
import type { FieldValue } from '../../engine/value.js';
import type { RuleContext } from '../../types.js';

function charLen(v: FieldValue, at: number): number {
  const c = v.buf[at]!;
  return c >= 0x80 && !(c >= 0xa1 && c <= 0xdf) ? 2 : 1;
}

function bad(v: FieldValue, ctx: RuleContext, at: number, expected: string, kind: string): void {
  const len = charLen(v, at);
  const params: Record<string, string | number> = { kind, index: at - v.start + 1 };
  if (showable(v.spec, ctx.showPersonalData)) params.char = hexAt(v.buf, at, len);
  ctx.report(modeRule, {
    rec: v.rec,
    field: v.spec.field,
    at,
    length: len,
    expected,
    found: `${kind} at byte ${at - v.start + 1}`,
    params,
    severity: confidenceSeverity(v),
  });
}

export const modeRule = defineFieldRule({
  id: 'field/mode',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'field',
  history: true,
  digitsSafe: true,
  applies: (f) => f.pos > 1,
  check(v, ctx) {
    const m = v.spec.mode;
    if (m === ModeCode.Digit) {
      if (v.allDigits()) return;
      const s = v.scan();
      if (s.firstNonDigit >= 0) return bad(v, ctx, s.firstNonDigit, '数字', s.firstDouble === s.firstNonDigit ? 'full-width' : 'non-digit');
      if (s.dots > 0) {
        if (v.spec.kind !== 'decimal') return bad(v, ctx, s.firstDot, '数字', 'decimal point');
        const last = v.end - 1;
        if (s.dots > 1 || s.firstDot === v.start || v.buf[last] === 0x2e) return bad(v, ctx, s.firstDot, '数字 (one “.” between digits)', 'decimal point');
      }
      return;
    }
    const s = v.scan();
    if (m === ModeCode.Alnum) {
      if (s.firstDouble >= 0) return bad(v, ctx, s.firstDouble, '英数 (half-width)', 'full-width');
      if (s.firstQuote >= 0) return bad(v, ctx, s.firstQuote, '英数 (no quotation mark)', 'quotation mark');
    } else if (m === ModeCode.Kanji) {
      if (s.firstSingle >= 0) return bad(v, ctx, s.firstSingle, '漢字 (full-width)', 'half-width');
    } else if (s.doubles === 0 && s.firstQuote >= 0) {
      return bad(v, ctx, s.firstQuote, '英数又は漢字 (no quotation mark)', 'quotation mark');
    }
  },
});
