// A long PDF read by PDFium on two threads (pdfThreads: 2, what `unrec parse`
// asks for one input at a time): the document is the same as on one thread.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { HelperReply } from '../src/read/pdfium.js';
import { parse, toJson, UsageError } from '../src/index.js';
import { CORPUS_TESTS, ROOT, corpusPdf } from './support/corpus.js';
import { manyPagesPdf } from './support/pages-pdf.js';
import { unrec } from './support/cli.js';

describe('pdfThreads', () => {
  it('a 70-page PDF gives the same document on two threads as on one, every page read', async () => {
    const bytes = manyPagesPdf(70);
    const [one, two] = await Promise.all([1, 2].map((pdfThreads) => parse(bytes, { path: 'long.pdf', pdfThreads, all: true })));
    expect(toJson(two!)).toBe(toJson(one!));
    expect(one!.recommendations.map((r) => r.label)).toEqual(Array.from({ length: 70 }, (_, i) => String(i + 1)));
    expect(one!.recommendations.at(-1)!.pdfPage).toBe(70);
  });
  it('a page range keeps to itself on two threads', async () => {
    const doc = await parse(manyPagesPdf(140), { path: 'long.pdf', pdfThreads: 2, pages: { first: 11, last: 80 } });
    expect(doc.recommendations.map((r) => r.pdfPage)).toEqual(Array.from({ length: 70 }, (_, i) => i + 11));
  });
  it('the helper thread (the built dist/read/pdfium-helper.js) reads the last part of a long range from the same options, none of a short one, or posts the input error', async () => {
    const ask = (bytes: Uint8Array, options: object) =>
      new Promise<HelperReply>((resolve, reject) => {
        const worker = new Worker(join(ROOT, 'dist', 'read', 'pdfium-helper.js'), { workerData: { bytes, path: 'long.pdf', options } });
        worker.once('message', (reply: HelperReply) => void worker.terminate().then(() => resolve(reply)));
        worker.once('error', reject);
      });
    // The helper lays out its pages itself (and counts their glyphs): each page's paragraph number, from its lines.
    const numbers = (reply: HelperReply) => ('pages' in reply ? reply.pages.map((p) => p.lines.find((l) => /^\d+\. The/.test(l.text))?.text.split('.')[0]) : null);
    expect(numbers(await ask(manyPagesPdf(70), { threads: 2 }))).toEqual(Array.from({ length: 35 }, (_, i) => String(i + 36)));
    expect(numbers(await ask(manyPagesPdf(140), { threads: 2, range: { first: 11, last: 80 } }))).toEqual(Array.from({ length: 35 }, (_, i) => String(i + 46)));
    expect(numbers(await ask(manyPagesPdf(40), { threads: 2 }))).toEqual([]);
    const counted = await ask(manyPagesPdf(70), { threads: 2 });
    expect('glyphs' in counted && counted.glyphs.letters > 0 && counted.glyphs.letters <= counted.glyphs.chars).toBe(true);
    expect(await ask(new TextEncoder().encode('%PDF-1.7 not really'), { threads: 2 })).toEqual({ error: { message: expect.stringContaining('corrupt'), ruleId: 'pdf-corrupt' } });
  });
  it('refuses a thread count it cannot use', async () => {
    await expect(parse(manyPagesPdf(2), { path: 'x.pdf', pdfThreads: 0 })).rejects.toThrow(UsageError);
    await expect(parse(manyPagesPdf(2), { path: 'x.pdf', pdfThreads: 3 })).rejects.toThrow(UsageError);
  });
  it('A/HRC/43/2 (181 pages) reads the same on two threads', CORPUS_TESTS, async () => {
    const bytes = readFileSync(corpusPdf('A_HRC_43_2.pdf'));
    const [one, two] = await Promise.all([1, 2].map((pdfThreads) => parse(bytes, { path: 'x.pdf', pdfThreads, all: true })));
    expect(toJson(two!)).toBe(toJson(one!));
  });
  it('unrec parse --pdf-threads 1 or 2 gives the same output; another count is a usage error', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'unrec-threads-')), 'long.pdf');
    writeFileSync(file, manyPagesPdf(70));
    const [one, two] = [await unrec(['parse', file, '--pdf-threads', '1', '-f', 'ndjson']), await unrec(['parse', file, '--pdf-threads', '2', '-f', 'ndjson'])];
    expect([one.code, two.code, one.stdout.trim().split('\n').length]).toEqual([0, 0, 70]);
    expect(two.stdout).toBe(one.stdout);
    expect((await unrec(['parse', file, '--pdf-threads', '4'])).code).toBe(2);
  });
});
