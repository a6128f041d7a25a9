/** The few HTML helpers the renderer needs: escaping, and elements built from escaped parts. */

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text (or an attribute value) escaped for HTML. */
export function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Attributes as ` k="v"`, in the order given; `undefined` / `false` leave one out, `true` writes a bare one. */
export function attrs(a: Readonly<Record<string, string | number | boolean | undefined>>): string {
  let out = '';
  for (const k of Object.keys(a)) {
    const v = a[k];
    if (v === undefined || v === false) continue;
    out += v === true ? ` ${k}` : ` ${k}="${esc(v)}"`;
  }
  return out;
}

/** An element around HTML that is already escaped. */
export function el(tag: string, a: Readonly<Record<string, string | number | boolean | undefined>>, html: string): string {
  return `<${tag}${attrs(a)}>${html}</${tag}>`;
}
