/**
 * 保険者番号 / 公費負担者番号 check digit (claim-records.md §3.11, [M], quoting the MHLW 設定要領):
 * weights 2, 1, 2, 1 … from the rightmost digit of the body; products ≥ 10 fold to their digit sum;
 * check = (10 − Σ mod 10) mod 10.
 */
export function checkDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const w = (body.length - 1 - i) % 2 === 0 ? 2 : 1;
    let p = (body.charCodeAt(i) - 0x30) * w;
    if (p >= 10) p = Math.floor(p / 10) + (p % 10);
    sum += p;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when the last digit of a number is its check digit. */
export function checkDigitOk(n: string): boolean {
  return checkDigit(n.slice(0, -1)) === n.charCodeAt(n.length - 1) - 0x30;
}
