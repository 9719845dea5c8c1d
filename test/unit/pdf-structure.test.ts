// Cross-reference damage read off the bytes, as pdf.js would meet it: the
// rows are the damage pdf.js rebuilds (and the damage it reads through).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossReferenceIntact } from '../../src/read/pdf-structure.js';
import { ROOT } from '../support/corpus.js';

/** A minimal one-page PDF with a classic table, its offsets computed. */
function minimalPdf(edit: (parts: { objects: string[]; offsets: number[] }) => void = () => undefined): Buffer {
  const objects = [
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
    '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n',
    '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const o of objects) {
    offsets.push(body.length);
    body += o;
  }
  const parts = { objects, offsets };
  edit(parts);
  const xref = body.length;
  const entries = parts.offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  return Buffer.from(`${body}xref\n0 4\n0000000000 65535 f \n${entries}trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1');
}

describe('cross-reference intact', () => {
  const good = minimalPdf();
  const text = good.toString('latin1');
  const rows: [string, Buffer, boolean][] = [
    ['a well-formed table', good, true],
    ['startxref pointing past the table', Buffer.from(text.replace(/startxref\n(\d+)/, (_, n) => `startxref\n${Number(n) + 7}`), 'latin1'), false],
    ['no startxref (truncated)', good.subarray(0, good.length - 40), false],
    ['the catalog entry pointing at another object', minimalPdf((p) => void (p.offsets[0] = p.offsets[1]!)), false],
    ['another entry off by a few bytes (pdf.js reads through it)', minimalPdf((p) => void (p.offsets[2] = p.offsets[2]! + 3)), true],
    ['a table entry that is not 20 bytes of digits', Buffer.from(text.replace(/\n(\d{10}) 00000 n \n/, '\n12345 0 n\n'), 'latin1'), false],
    ['garbage after a header', Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<<'), Buffer.alloc(5000, 0x41)]), false],
  ];
  it.each(rows)('%s', (_, bytes, intact) => expect(crossReferenceIntact(bytes)).toBe(intact));

  it('a /Prev loop is broken, not an endless walk', () => {
    const looped = Buffer.from(text.replace('/Root 1 0 R >>', (m) => m.replace(' >>', ` /Prev ${text.indexOf('xref')} >>`)), 'latin1');
    expect(crossReferenceIntact(looped)).toBe(false);
  });

  it('the encrypted fixture is read as intact (its refusal comes from pdf.js)', () => {
    expect(crossReferenceIntact(readFileSync(join(ROOT, 'fixtures', 'hostile', 'encrypted.pdf')))).toBe(true);
  });
});
