/**
 * Markdown helpers for the README tests: the headings of a document with the anchors GitHub gives them,
 * and the in-page links (`](#anchor)`) it holds. Fenced code blocks are skipped.
 */

/** GitHub's anchor for a heading: lower case, punctuation dropped (letters of any script, digits, `-` and `_` kept), spaces as `-`. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The lines outside fenced code blocks, with their 0-based index. */
function prose(markdown: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  let fence = false;
  markdown.split('\n').forEach((text, index) => {
    if (/^\s*```/.test(text)) fence = !fence;
    else if (!fence) out.push({ text, index });
  });
  return out;
}

/** Every heading (`#` … `######`) with its text and its anchor (a repeated anchor gets `-1`, `-2` … as on GitHub). */
export function headings(markdown: string): { level: number; text: string; anchor: string }[] {
  const seen = new Map<string, number>();
  const out: { level: number; text: string; anchor: string }[] = [];
  for (const { text } of prose(markdown)) {
    const m = /^(#{1,6}) +(.*?) *#*$/.exec(text);
    if (!m) continue;
    // The anchor is made from the heading as rendered: inline code and links keep their text.
    const plain = m[2]!.replace(/`([^`]*)`/g, '$1').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const base = slug(plain);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.push({ level: m[1]!.length, text: m[2]!, anchor: n === 0 ? base : `${base}-${n}` });
  }
  return out;
}

/** Every in-page link target (`](#anchor)`), with its 1-based line. */
export function pageLinks(markdown: string): { anchor: string; line: number }[] {
  const out: { anchor: string; line: number }[] = [];
  for (const { text, index } of prose(markdown)) for (const m of text.matchAll(/\]\(#([^)\s]+)\)/g)) out.push({ anchor: decodeURIComponent(m[1]!), line: index + 1 });
  return out;
}
