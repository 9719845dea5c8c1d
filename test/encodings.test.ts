// Text in other encodings gives exactly the records of the UTF-8 original.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { ROOT } from './support/corpus.js';

const original = readFileSync(join(ROOT, 'fixtures', 'seeds', 'E_CN.4_2000_82_page18.txt'), 'utf8');

function utf16be(s: string): Buffer {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

function windows1252(s: string): Buffer {
  const map: Record<string, number> = { '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  return Buffer.from([...s].map((c) => map[c] ?? c.charCodeAt(0)));
}

const variants: [string, Buffer][] = [
  ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(original)])],
  ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(original, 'utf16le')])],
  ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(original)])],
  ['Windows-1252', windows1252(original)],
  ['CRLF line ends', Buffer.from(original.replace(/\n/g, '\r\n'))],
  ['CR line ends', Buffer.from(original.replace(/\n/g, '\r'))],
  ['NBSP, soft hyphens and zero-width spaces', Buffer.from(original.replace(/ of /g, ' of\u00a0').replace(/Special/g, 'Spe\u00adcial\u200b'))],
];

describe('encodings', async () => {
  const want = (await parse(Buffer.from(original), { path: 'x' })).recommendations.map(({ position: _p, ...r }) => r);
  it.each(variants)('%s', async (_name, bytes) => {
    const got = (await parse(bytes, { path: 'x' })).recommendations.map(({ position: _p, ...r }) => r);
    expect(got).toEqual(want);
  });
});
