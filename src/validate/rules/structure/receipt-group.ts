import type { Rec } from '../../../model/record.js';
import { groupRole } from '../../../spec/structure.js';
import { isLow } from '../../engine/compile.js';
import { keyInt, keyRef, keySpan, keyText } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';
import type { Pinned, RuleContext } from '../../types.js';

/** What a group's head says, read (and its places pinned) while its receipt is current. */
interface Head {
  readonly re: Rec;
  readonly at: Pinned;
  readonly value: string;
  /** The count field (明細情報数): its text and its pinned place. */
  readonly count: { readonly raw: string; readonly want: number | null | undefined; readonly at: Pinned } | undefined;
  /** The sums record's fields (headSums): value and pinned place per key. */
  readonly sums: readonly { readonly value: number | null | undefined; readonly at: Pinned }[] | undefined;
  readonly sumRec: Rec | undefined;
}

interface S {
  /** The group's head being read, and how many members followed it so far. */
  head: Head | undefined;
  members: number;
  /** Members are being read with no head before them (reported once, at the first). */
  orphans: boolean;
  /** The members' sums so far, per headSums key (undefined: unreadable). */
  sums: (number | undefined)[];
}

const firstOf = (claim: readonly Rec[], id: string): Rec | undefined => claim.find((r) => !r.prefixed && r.id === id);

// The head is reported when its group ends, in a later receipt's hook: by the places pinned while it was
// current (a streamed record has lost its place by then).
function closeGroup(ctx: RuleContext, s: S): void {
  const head = s.head;
  s.head = undefined;
  const g = ctx.file.kindDef?.structure.groups;
  if (!head || !g) return;
  const severity = isLow(g.confidence) ? 'warning' : undefined;
  if (s.members === 0) {
    ctx.report(receiptGroup, { rec: head.re, pinned: head.at, expected: 'member receipts after the head', found: 'none', params: { problem: 'empty', value: head.value }, severity });
    return;
  }
  const c = head.count;
  if (c && c.raw !== '' && c.want !== s.members) {
    ctx.report(receiptGroup, { rec: head.re, pinned: c.at, field: keyRef(head.re, g.countKey!), expected: String(s.members), found: c.raw, params: { problem: 'count', want: s.members, value: c.raw }, severity });
    return; // a set missing members: its sums follow from that, not reported again
  }
  const rec = head.sumRec;
  if (!g.headSums || !rec || !head.sums) return;
  g.headSums.keys.forEach((key, i) => {
    const { value, at } = head.sums![i]!;
    const want = s.sums[i];
    if (typeof value !== 'number' || want === undefined || value === want) return;
    ctx.report(receiptGroup, { rec, pinned: at, field: keyRef(rec, key), expected: String(want), found: String(value), params: { problem: 'sum', want, value }, severity });
  });
}

export const receiptGroup = defineRule<S>({
  id: 'structure/receipt-group',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'file',
  init: () => ({ head: undefined, members: 0, orphans: false, sums: [] }),
  receipt(info, ctx, s) {
    const g = ctx.file.kindDef?.structure.groups;
    if (!g) return;
    const role = groupRole(ctx.file.kindDef?.structure, info.re);
    if (role === 'member') {
      if (s.head) {
        s.members++;
        // The member's share of the head's sums (an empty field adds 0; an unreadable one leaves the sum unchecked).
        const hs = g.headSums;
        const m = hs ? firstOf(info.claim, hs.record) : undefined;
        if (hs)
          hs.keys.forEach((key, i) => {
            const v = m ? keyInt(m, key) : null;
            s.sums[i] = s.sums[i] === undefined || v === undefined ? undefined : s.sums[i]! + (v ?? 0);
          });
      } else if (!s.orphans) {
        s.orphans = true;
        ctx.report(receiptGroup, {
          rec: info.re,
          field: keyRef(info.re, g.key),
          at: keySpan(info.re, g.key),
          expected: `after a head (${g.key} ${g.head.join('/')})`,
          found: 'no head',
          params: { problem: 'orphan', value: keyText(info.re, g.key) },
          severity: isLow(g.confidence) ? 'warning' : undefined,
        });
      }
      return;
    }
    s.orphans = false;
    closeGroup(ctx, s);
    if (role === 'head') {
      const re = info.re;
      const sumRec = g.headSums ? firstOf(info.claim, g.headSums.record) : undefined;
      s.head = {
        re,
        at: ctx.pin(re, re.offset),
        value: keyText(re, g.key),
        count: g.countKey ? { raw: keyText(re, g.countKey), want: keyInt(re, g.countKey), at: ctx.pin(re, keySpan(re, g.countKey)) } : undefined,
        sums: sumRec && g.headSums ? g.headSums.keys.map((key) => ({ value: keyInt(sumRec, key), at: ctx.pin(sumRec, keySpan(sumRec, key)) })) : undefined,
        sumRec,
      };
      s.members = 0;
      s.sums = (g.headSums?.keys ?? []).map(() => 0);
    }
  },
  finish(ctx, s) {
    closeGroup(ctx, s);
  },
});
