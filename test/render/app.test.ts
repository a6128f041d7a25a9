/**
 * The offline app as a file: one self-contained HTML document whose Content-Security-Policy forbids every
 * connection, built from the public entry point only, written by `receden app`. (test/browser/app.test.ts
 * drives it in Chromium.)
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/files.js';

const APP = join(ROOT, 'dist', 'app.html');

/** The CSP of a document, as directive → sources. */
function csp(html: string): Map<string, string[]> {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
  expect(m, 'a CSP meta element').not.toBeNull();
  return new Map(
    m![1]!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map((d) => [d[0]!, d.slice(1)]),
  );
}

describe('dist/app.html', () => {
  const html = readFileSync(APP, 'utf8');

  it('has a CSP that forbids every connection: default-src none, no connect-src, only inline script and style, the Worker from blob:', () => {
    const p = csp(html);
    expect(p.get('default-src')).toEqual(["'none'"]);
    expect(p.has('connect-src')).toBe(false); // so default-src 'none' governs fetch, XHR, WebSocket, EventSource
    expect(p.get('script-src')).toEqual(["'unsafe-inline'"]);
    expect(p.get('style-src')).toEqual(["'unsafe-inline'"]);
    expect(p.get('worker-src')).toEqual(['blob:']);
    for (const d of ['img-src', 'font-src', 'form-action', 'base-uri', 'frame-src']) expect(p.get(d), d).toEqual(["'none'"]);
    // Nothing else loosens it: no source names a host or a scheme that reaches out.
    for (const [d, sources] of p) for (const s of sources) expect(`${d} ${s}`).toMatch(/'none'|'unsafe-inline'|^worker-src blob:$/);
    // The CSP comes first in <head>, before any script or style.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('is one self-contained file: one inline script and style, no element that loads anything', () => {
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script>']);
    // The markup outside the script (which holds the printed page's template as text).
    const markup = html.slice(0, html.indexOf('<script>')) + html.slice(html.lastIndexOf('</script>'));
    expect(markup.match(/<style\b[^>]*>/g)).toEqual(['<style>']);
    expect(markup).not.toMatch(/<(link|img|iframe|object|embed|base)\b/i);
    expect(markup).not.toMatch(/\s(src|href)="(?!#)/);
    // The Worker runs inline code (a Blob URL), never a file.
    expect(html).toContain('createObjectURL(new Blob(');
    expect(html.length).toBeLessThan(4_000_000);
  });

  it('is built from the public entry point only (src/app imports `receden` and its own modules)', () => {
    const dir = join(ROOT, 'src', 'app');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      for (const m of text.matchAll(/(?:import|export)\s[^'";]*?from\s+'([^']+)'/g)) expect(`${f}: ${m[1]}`).toMatch(/: (receden|\.\/[a-z-]+\.js)$/);
    }
  });

  it('receden app writes it (to -o, or receden-app.html), byte for byte', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'receden-app-'));
    expect((await runCli(['app', '-o', join(dir, 'x.html')], ROOT)).code).toBe(0);
    expect(readFileSync(join(dir, 'x.html'), 'utf8')).toBe(html);
    expect((await runCli(['app'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'receden-app.html'), 'utf8')).toBe(html);
    expect((await runCli(['app', 'extra'], dir)).code).toBe(2);
  });
});
