/** The first offset at which two byte arrays differ (the shorter one's length when one is a prefix of the other), or -1 when equal. */
export function bytesEqualTo(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}
