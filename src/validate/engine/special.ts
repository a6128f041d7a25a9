/**
 * The few field facts the record tables cannot say in their vocabulary, in one place. Everything else
 * the field rules know comes from the {@link FieldDef} entries themselves.
 */

export interface FieldOverride {
  /** Several codes in one field, separated by this character (e.g. JY 事由コード "A:B"). */
  readonly separator?: string;
  /**
   * The code table applies only when another field of the same record matches: HR.返戻事由コード uses
   * 別表17 (再審査等返戻事由) only for 返戻区分 4–9; the 一次請求返戻 codes come from a payer table nobody has.
   */
  readonly tableWhen?: { readonly key: string; readonly pattern: RegExp; readonly describe: string };
  /**
   * Checked by a dedicated rule on re-claimed receipts instead of `field/omitted` (RE field 20: a value
   * is the payer's in return files and history lines, but must be removed in a re-claim's 請求データ).
   */
  readonly reclaimRule?: string;
}

/** Keyed by `<record id>.<field key>` (the same field of every kind: keys name one concept across the kinds' tables). */
export const FIELD_OVERRIDES: Readonly<Record<string, FieldOverride>> = {
  'HR.reasonCode': { tableWhen: { key: 'returnCategory', pattern: /^[4-9]$/, describe: '返戻区分 4〜9' } },
  'JY.reasonCodes': { separator: ':' },
  'RE.specVersionInfo': { reclaimRule: 'resubmit/re-field-20' },
};

/**
 * Codes that a table lists but that must not be used in a given situation, from the 別表 notes:
 * - `firstClaim`: 「一次請求の場合は、網掛けのコードは使用しない」 (別表29 確認区分 02–14, 別表30 受診等区分 9);
 * - `never`: 「網掛けのコードは使用しない」 (別表31 窓口負担額区分 03, 04).
 */
export const RESTRICTED_CODES: Readonly<Record<string, { readonly firstClaim?: readonly string[]; readonly never?: readonly string[] }>> = {
  'ika:29': { firstClaim: ['02', '03', '04', '05', '06', '07', '08', '09', '11', '12', '13', '14'] },
  'ika:30': { firstClaim: ['9'] },
  'ika:31': { never: ['03', '04'] },
};
