/**
 * fast-check arbitraries derived from the record tables of every claim kind, for our tests and for
 * vendors' test suites.
 *
 * fast-check is not a dependency of receden: pass your own `fc` module
 * (`import fc from 'fast-check'; const arb = recordArbitrary(fc, 'RE')` — 医科 — or
 * `recordArbitrary(fc, 'SS', 'shika')`).
 */
import type * as FastCheck from 'fast-check';
import { codeTable } from '../spec/registry.js';
import { KINDS, recordIn } from '../spec/kinds.js';
import type { ClaimKind, FieldDef } from '../spec/types.js';
import { valuePlan, type ValuePlan } from './values.js';

export { KANJI_POOL, ALNUM_POOL } from './values.js';

type Fc = Omit<typeof FastCheck, 'default'>;
type Arb<T> = FastCheck.Arbitrary<T>;

function digits(fc: Fc, min: number, max: number): Arb<string> {
  return fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((a) => a.join(''));
}

/** The arbitrary of a value plan (shrinks toward short values and the first codes). */
function planArbitrary(fc: Fc, p: ValuePlan): Arb<string> {
  switch (p.type) {
    case 'codes':
      return fc.constantFrom(...p.codes);
    case 'repeat':
      return fc.array(fc.constantFrom(...p.codes), { minLength: 1, maxLength: p.max }).map((a) => a.join(''));
    case 'date':
      return fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => {
        const y = String(d.getUTCFullYear()).padStart(4, '0');
        const m = String(d.getUTCMonth() + 1).padStart(2, '0');
        const dd = String(d.getUTCDate()).padStart(2, '0');
        return p.kind === 'ym' ? y + m : y + m + dd;
      });
    case 'time':
      return fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}${String(m).padStart(2, '0')}`);
    case 'digits':
      if (!p.noLeadingZero) return digits(fc, p.min, p.max);
      return fc.oneof(fc.constant('0'), fc.tuple(fc.integer({ min: 1, max: 9 }), digits(fc, Math.max(0, p.min - 1), Math.max(0, p.max - 1))).map(([a, b]) => `${a}${b}`));
    case 'decimal':
      return fc
        .tuple(planArbitrary(fc, { type: 'digits', min: 1, max: p.intMax, noLeadingZero: true }), digits(fc, 0, (p.fracMax ?? 2) - 1), fc.integer({ min: 1, max: 9 }))
        .map(([a, b, c]) => `${a}.${b}${c}`);
    case 'negative':
      return fc.tuple(fc.integer({ min: 1, max: 9 }), digits(fc, 0, p.max - 1)).map(([a, b]) => `-${a}${b}`);
    case 'chars':
      return fc.array(fc.constantFrom(...p.pool), { minLength: p.min, maxLength: p.max }).map((a) => a.join(''));
    case 'oneof':
      return fc.oneof(...p.plans.map((x) => planArbitrary(fc, x)));
  }
}

/** A valid, non-empty value for one field, per its table entry. */
export function valueArbitrary(fc: Fc, f: FieldDef): Arb<string> {
  return planArbitrary(fc, valuePlan(f));
}

/** A field's value: required fields always have one, 予備 is always empty, others may be empty. */
export function fieldArbitrary(fc: Fc, f: FieldDef): Arb<string> {
  if (f.required === 'omit') return fc.constant('');
  if (f.key === 'recordId') return fc.constant('');
  const v = valueArbitrary(fc, f);
  return f.required === 'required' ? v : fc.oneof(v, fc.constant(''));
}

/** All field values of a record of a kind (医科 by default), `values[0]` = the record id. */
export function recordArbitrary(fc: Fc, id: string, kind: ClaimKind = 'ika'): Arb<string[]> {
  const def = recordIn(KINDS[kind], id);
  if (!def) throw new TypeError(`recordArbitrary: ${KINDS[kind].name} has no record ${id}`);
  return fc.tuple(...def.fields.map((f) => fieldArbitrary(fc, f))).map((vals) => {
    vals[0] = def.id;
    return vals;
  });
}

/** A history prefix (データ識別, 行番号, 枝番号). */
export function prefixArbitrary(fc: Fc): Arb<[string, string, string]> {
  const kinds = Object.keys(codeTable('ret:data-kind')?.codes ?? { '8': '' });
  return fc.tuple(fc.constantFrom(...kinds), fc.integer({ min: 1, max: 99999 }).map(String), fc.integer({ min: 0, max: 999 }).map(String));
}
