// The library has no side effects: parsing (PDFs included, damaged ones too)
// neither prints nor swaps the process's console, and two parses at once
// do not see each other.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from '../src/index.js';
import { CORPUS_TESTS, corpusPdf } from './support/corpus.js';

afterEach(() => vi.restoreAllMocks());

describe('no side effects', () => {
  it('parsing PDFs at once never prints and never replaces console methods', CORPUS_TESTS, async () => {
    const log = vi.spyOn(console, 'log');
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const installed = [console.log, console.warn, console.error];
    let swapped = false;
    const watch = setInterval(() => {
      if (console.log !== installed[0] || console.warn !== installed[1] || console.error !== installed[2]) swapped = true;
    }, 1);
    const broken = parse(readFileSync(corpusPdf('BROKEN_g0917123.pdf')), { path: 'broken.pdf', lenient: true });
    const good = parse(readFileSync(corpusPdf('A_RES_78_323.pdf')), { path: 'good.pdf' });
    const [b, g] = await Promise.all([broken, good]);
    clearInterval(watch);
    expect(b.messages.map((m) => m.ruleId)).toContain('pdf-repaired');
    expect(g.messages.map((m) => m.ruleId)).not.toContain('pdf-repaired');
    expect(swapped).toBe(false);
    expect([log, warn, error].map((s) => s.mock.calls.length)).toEqual([0, 0, 0]);
  });

  it("parsing a PDF leaves the process's natives in place (pdf.js's core-js would replace push and JSON.parse)", async () => {
    const native = (f: unknown) => Function.prototype.toString.call(f).includes('[native code]');
    const push = Array.prototype.push;
    const jsonParse = JSON.parse;
    const doc = await parse(readFileSync(join(__dirname, '..', 'fixtures', 'pdf-languages', 'zh.pdf')), { path: 'zh.pdf' });
    expect(doc.source.format).toBe('pdf');
    expect(Array.prototype.push).toBe(push);
    expect(JSON.parse).toBe(jsonParse);
    expect([native(Array.prototype.push), native(JSON.parse)]).toEqual([true, true]);
  });

  it('the library never reads the working directory or the environment', () => {
    // Every module below the command line: only cli.ts and cli/ touch the process.
    const src = join(__dirname, '..', 'src');
    const library = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && f !== 'cli.ts' && !f.startsWith('cli/'));
    expect(library.length).toBeGreaterThan(60);
    for (const f of library) expect(readFileSync(join(src, f), 'utf8'), f).not.toMatch(/process\.(?:cwd|env|exit|stdout|stderr)/);
  });
});
