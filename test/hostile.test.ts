// Hostile and odd input: every kind ends in bounded time with a clear message
// and the documented exit code, never a stack trace, and never stops the
// other inputs. The files are made here; corpus files are used where they exist.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_TESTS, HAS_CORPUS, ROOT, corpusPdf } from './support/corpus.js';
import { HAS_QPDF, unrec } from './support/cli.js';

const SEED = join(ROOT, 'fixtures', 'seeds', 'E_CN.4_2000_82_page18.txt');
const dir = mkdtempSync(join(tmpdir(), 'unrec-hostile-'));
const file = (name: string, content: string | Buffer) => {
  const f = join(dir, name);
  writeFileSync(f, content);
  return f;
};
/** A generous ceiling: it catches a hang or a quadratic blow-up, not a slow machine. */
const CEILING_MS = 60_000;


/** A one-page PDF whose only content is an image: no text layer at all. */
function imageOnlyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    '<< /Length 33 >>\nstream\nq 100 0 0 100 50 600 cm /Im1 Do Q\nendstream',
    '<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\u0080\nendstream',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}


interface Case {
  name: string;
  make: () => string;
  code: number;
  stderr?: RegExp;
  records?: number;
  /** Made from a corpus file: runs with the corpus tests. */
  corpus?: boolean;
}

const cases: Case[] = [
  { name: 'missing file', make: () => join(dir, 'no-such-file.txt'), code: 1, stderr: /no such file/ },
  { name: 'a folder', make: () => (mkdirSync(join(dir, 'folder'), { recursive: true }), join(dir, 'folder')), code: 1, stderr: /is a folder/ },
  { name: 'empty file', make: () => file('empty.txt', ''), code: 1, stderr: /empty file/ },
  { name: 'blank file', make: () => file('blank.txt', ' \n\n\t \f\n'), code: 1, stderr: /only blank text/ },
  { name: 'binary noise', make: () => file('noise.bin', Buffer.from(Array.from({ length: 20000 }, (_, i) => (i * 7919 + 13) % 256))), code: 1, stderr: /binary data|not a readable PDF/ },
  { name: 'a text file named .pdf', make: () => file('text.pdf', 'A/1/2\n\n1. States should act.\n'), code: 0, records: 1 },
  { name: 'NUL bytes inside text', make: () => file('nul.txt', 'A/1/2\n\n1. States should\u0000 act.\u0000\n'), code: 0, records: 1 },
  { name: 'a PDF whose pages are all images', make: () => file('image-only.pdf', imageOnlyPdf()), code: 1, stderr: /no text layer.*OCR/ },
  { name: 'garbage after a PDF header', make: () => file('corrupt.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<<'), Buffer.alloc(5000, 0x41)])), code: 1, stderr: /PDF/ },
  { name: 'one line of 5 million characters', make: () => file('long-line.txt', 'lorem ipsum; dolor (sit) amet. '.repeat(161_291)), code: 0 },
  { name: '200,000 lines of "(a)"', make: () => file('items.txt', '(a)\n'.repeat(200_000)), code: 0 },
  { name: '200,000 numbered lines', make: () => file('numbered.txt', Array.from({ length: 200_000 }, (_, i) => `${i + 1}. The State party should act.`).join('\n')), code: 0 },
  { name: 'invalid UTF-8', make: () => file('invalid.txt', Buffer.concat([Buffer.from('A/1/2\n\n1. States should act '), Buffer.from([0xff, 0xfe, 0xfa]), Buffer.from(' now.\n')])), code: 0, records: 1 },
  {
    name: 'mixed encodings (UTF-8 and Windows-1252)',
    make: () => file('mixed.txt', Buffer.concat([Buffer.from('A/1/2\n\n1. Côte d’Ivoire should act.\n'), Buffer.from([0x32, 0x2e, 0x20, 0x43, 0xf4, 0x74, 0x65, 0x20, 0x64, 0x92, 0x49, 0x76, 0x6f, 0x69, 0x72, 0x65, 0x20, 0x73, 0x68, 0x6f, 0x75, 0x6c, 0x64, 0x20, 0x61, 0x63, 0x74, 0x2e, 0x0a])])),
    code: 0, stderr: /mixed-encoding/, records: 2,
  },
  { name: 'a language unrec does not know', make: () => file('german.txt', 'Der Staat sollte handeln. Die Kommission empfiehlt der Regierung, die Rechte zu achten.\n'.repeat(50)), code: 0, stderr: /language-unknown/ },
  { name: 'a huge text (100 MB)', make: () => file('huge.txt', Buffer.alloc(100 * 1024 * 1024, 'The State should act. ')), code: 1, stderr: /is 100 MB, over the size limit of 64 MB/ },
  { name: 'corrupt PDF from the corpus', make: () => corpusPdf('BROKEN_g0917123.pdf'), code: 1, stderr: /corrupt PDF/, corpus: true },
  { name: 'PDF without a text layer from the corpus', make: () => corpusPdf('SCANNED_Letter-OHCHR-HC-Slovenia.pdf'), code: 1, stderr: /no text layer/, corpus: true },
  {
    name: 'truncated PDF',
    make: () => file('truncated.pdf', readFileSync(corpusPdf('A_RES_78_323.pdf')).subarray(0, 40_000)),
    code: 1, stderr: /truncated\.pdf  error  /, corpus: true,
  },
  {
    name: 'encrypted PDF',
    make: () => {
      if (!HAS_QPDF || !HAS_CORPUS) return join(ROOT, 'fixtures', 'hostile', 'encrypted.pdf');
      const f = join(dir, 'encrypted.pdf');
      execFileSync('qpdf', ['--encrypt', 'u', 'o', '256', '--', corpusPdf('A_RES_78_323.pdf'), f]);
      return f;
    },
    code: 1, stderr: /password-protected/,
  },
  {
    name: 'a PDF named .txt',
    make: () => (copyFileSync(corpusPdf('A_RES_78_323.pdf'), join(dir, 'resolution.txt')), join(dir, 'resolution.txt')),
    code: 0, records: 5, corpus: true,
  },
];

async function parsedBesideASeed({ make, code, stderr, records }: Case) {
  const path = make();
  const r = await unrec(['parse', path, SEED, '--format', 'ndjson']);
  expect(r.ms).toBeLessThan(CEILING_MS);
  expect(r.code).toBe(code);
  if (stderr) expect(r.stderr).toMatch(stderr);
  expect(r.stderr).not.toMatch(/\n\s+at .*\(/); // never a stack trace
  const lines = r.stdout.trim().split('\n').filter(Boolean);
  for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
  // The good input's record is always there, last.
  expect(JSON.parse(lines[lines.length - 1]!).id).toBe('E/CN.4/2000/82#para_91');
  if (records !== undefined) expect(lines.length - 1).toBe(records);
}

describe('hostile input, one at a time with a good one beside it', () => {
  it.each(cases.filter((c) => !c.corpus))('$name', parsedBesideASeed, 120_000);
  describe('made from corpus files', CORPUS_TESTS, () => {
    it.each(cases.filter((c) => c.corpus))('$name', parsedBesideASeed, 120_000);
  });
});

describe('limits', () => {
  it('are flags, with a clear message when exceeded', async () => {
    const f = file('two-pages.txt', 'A/1/2\n\n1. States should act.\f2. States must report.\n');
    expect((await unrec(['parse', f, '--max-pages', '1'])).stderr).toMatch(/2 pages is over the page limit of 1 \(raise it with --max-pages\)/);
    expect((await unrec(['parse', f, '--max-pages', '2'])).code).toBe(0);
    expect((await unrec(['parse', f, '--max-size', '0.00001'])).stderr).toMatch(/over the size limit/);
    expect((await unrec(['parse', f, '--max-size', 'lots'])).code).toBe(2);
  });
  it('refuse a PDF with too many pages, unless a range is asked for', CORPUS_TESTS, async () => {
    const pdf = corpusPdf('A_HRC_43_15.pdf');
    expect((await unrec(['parse', pdf, '--max-pages', '10'])).stderr).toMatch(/24 pages is over the page limit of 10/);
    expect((await unrec(['parse', pdf, '--max-pages', '10', '--pages', '11-20'])).code).toBe(0);
  });
  it('are the same in batch, where the bad input fails alone', async () => {
    const out = join(dir, 'out');
    const r = await unrec(['batch', file('empty-for-batch.txt', ''), SEED, '--out-dir', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/empty file/);
    expect(r.stderr).toMatch(/1 ok, 1 failed/);
  });
});
