/**
 * Helpers for tables built from other tables (歯科's 都道府県コード from 医科's, a slot with its own note). They are
 * marked free of side effects, and take whole tables, never a property of one: a bundler can then drop a table
 * nobody reads, even from the built package, where every table shares one chunk (test/package/bundle.test.ts).
 */

/** A table's codes, copied, with some more (or other meanings). */
/* @__NO_SIDE_EFFECTS__ */
export function codesOf<T extends { readonly codes: Readonly<Record<string, string>> }>(t: T, more?: Readonly<Record<string, string>>): Record<string, string> {
  return { ...t.codes, ...more };
}

/** An object with some properties set (a slot with its own note, a record with another table). */
/* @__NO_SIDE_EFFECTS__ */
export function withProps<T extends object, U extends object>(base: T, props: U): Omit<T, keyof U> & U {
  return { ...base, ...props };
}

/** A property of another table, shared rather than copied (労災 別表 that are 医科's). */
/* @__NO_SIDE_EFFECTS__ */
export function shared<T extends object, K extends keyof T>(t: T, key: K): T[K] {
  return t[key];
}

/** Lists joined (a kind's code tables and the return tables). */
/* @__NO_SIDE_EFFECTS__ */
export function joined<T>(...lists: readonly (readonly T[])[]): T[] {
  return lists.flat() as T[];
}
