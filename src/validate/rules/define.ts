/** Helpers shared by rule modules. */
import type { Severity } from '../../diagnostics/index.js';
import type { FieldValue } from '../engine/value.js';
import type { FieldRule, PresetId, StreamRule } from '../types.js';

export const ALL_PRESETS: readonly PresetId[] = ['claim', 'return', 'resubmission'];
export const CLAIM_PRESETS: readonly PresetId[] = ['claim', 'resubmission'];
export const RETURN_PRESET: readonly PresetId[] = ['return'];

/** A field rule, with every property present in one order (one object shape for all field rules keeps the engine's calls monomorphic). */
export function defineFieldRule(r: FieldRule): FieldRule {
  return {
    id: r.id,
    severity: r.severity,
    presets: r.presets,
    scope: r.scope,
    kinds: r.kinds,
    editionDates: r.editionDates,
    history: r.history,
    onEmpty: r.onEmpty ?? false,
    digitsSafe: r.digitsSafe ?? false,
    applies: r.applies,
    check: r.check,
  };
}

/** A record / receipt / file rule (returned as given; its hooks are called with the rule as `this`). */
export function defineRule<S>(r: StreamRule<S>): StreamRule<S> {
  return r;
}

/** `warning` for findings on fields that rest on L/INF facts, otherwise the rule's own severity. */
export function confidenceSeverity(v: FieldValue): Severity | undefined {
  return v.spec.lowConfidence || v.spec.table?.lowConfidence ? 'warning' : undefined;
}

/** Shape of a mode and width for `expected`, e.g. "漢字 40 bytes max". */
export function widthShape(v: FieldValue): string {
  return `${v.spec.modeName} ${v.spec.max} bytes ${v.spec.fixed ? 'fixed' : 'max'}`;
}

/** 0x.. notation of the bytes of one character. */
export function hexAt(buf: Uint8Array, at: number, len: number): string {
  return [...buf.subarray(at, at + len)].map((x) => '0x' + x.toString(16).toUpperCase().padStart(2, '0')).join(' ');
}
