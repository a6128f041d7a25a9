/**
 * Personal data by content, not by position: a stray comma inside カルテ番号 shifts every later field
 * of the RE, so "患者の状態" holds the kana name and "項目50" the birth date. Displays treat such a
 * damaged record's fields by shape only (issue "Safe at every edge").
 */
import { describe, expect, it } from 'vitest';
import { scanLines } from '../../src/codec/lines.js';
import { renderSummary } from '../../src/cli/commands/inspect.js';
import { summarize } from '../../src/model/inspect.js';
import { parse } from '../../src/model/parse.js';
import { diffFiles, maskPersonal, renderDiff } from '../../src/resubmit/diff.js';
import { reasons } from '../../src/resubmit/reasons.js';
import { concatBytes, readBytes } from '../helpers/files.js';
import { HEN_PATH } from './helpers.js';

const HEN = readBytes(HEN_PATH);
const SECRETS = ['川野', 'カワノ', 'コウジ', '19680412'];

/** The HEN with a comma inside receipt 1's カルテ番号 (00123 → 00,123), in the claim RE only. */
function damaged(): Uint8Array {
  const t = scanLines(HEN);
  const parts: Uint8Array[] = [];
  for (let i = 0; i < t.count; i++) {
    let line = HEN.subarray(t.start[i]!, t.end[i]!);
    if (i === 1) {
      const s = new TextDecoder('latin1').decode(line).replace(',00123,', ',00,123,');
      line = Uint8Array.from(s, (c) => c.charCodeAt(0));
    }
    parts.push(line, new Uint8Array([0x0d, 0x0a]));
  }
  parts.push(new Uint8Array([0x1a]));
  return concatBytes(...parts);
}

const text = (x: unknown) => (typeof x === 'string' ? x : JSON.stringify(x));

describe('a damaged record is shown by shape only', () => {
  const before = parse(HEN, { fileName: 'RECEIPTC.HEN' });
  const after = parse(damaged(), { fileName: 'RECEIPTC.HEN' });

  it('the RE is damaged (its field count is off its table)', () => {
    expect(after.receipts[0]!.re.damaged).toBe(true);
    expect(before.receipts[0]!.re.damaged).toBe(false);
  });

  it('diff: text and JSON show shapes, not the shifted name or birth date', () => {
    const d = diffFiles(before, after);
    const out = [renderDiff(d), renderDiff(d, { locale: 'en' }), text(maskPersonal(d))].join('\n');
    for (const s of SECRETS) expect(out).not.toContain(s);
    expect(out).toMatch(/\[漢字\d+\]|\[数字\d+\]/);
    // Asked for, the values are there.
    expect(renderDiff(d, { showPersonalData: true })).toContain('カワノコウジ');
  });

  it('summarize (inspect) and reasons show shapes for the damaged RE', () => {
    const s = summarize(after);
    const out = [text(s), renderSummary(s), text(reasons(after))].join('\n');
    for (const x of SECRETS) expect(out).not.toContain(x);
    expect(s.receipts[0]!.serviceMonth).toMatch(/^\[/);
  });
});
