/**
 * The shape of a value, for showing a field whose meaning is not certain without showing the value:
 * a record whose field count differs from its table (a comma inside カルテ番号 shifts every later
 * field, so "患者の状態" may hold the patient's kana name), or a record of no known type.
 *
 * A shape names the character classes and counts only, e.g. `[数字8]`, `[漢字4]`, `[英数3+漢字2]`.
 */
export function valueShape(v: string): string {
  if (v === '') return '[空]';
  let digits = 0;
  let alnum = 0;
  let wide = 0;
  for (const ch of v) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x30 && c <= 0x39) digits++;
    else if (c < 0x80 || (c >= 0xff61 && c <= 0xff9f)) alnum++;
    else wide++;
  }
  const parts: string[] = [];
  if (digits && !alnum && !wide) return `[数字${digits}]`;
  if (digits || alnum) parts.push(`英数${digits + alnum}`);
  if (wide) parts.push(`漢字${wide}`);
  return `[${parts.join('+')}]`;
}
