/** The hash the JSON form carries for a line whose text gives its bytes back (`h`). */
/** FNV-1a (32-bit) of a line's bytes, hex: tells an unedited JSON line from an edited one. */
export function lineHash(b: Uint8Array): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < b.length; i++) {
    h ^= b[i]!;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
