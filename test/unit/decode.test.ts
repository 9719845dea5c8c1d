import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/read/decode.js';

const text = 'Côte d’Ivoire – “recommends” é';
const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};

describe('decodeText', () => {
  it.each([
    ['UTF-8', Buffer.from(text, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'utf-8-bom'],
    ['UTF-16 LE with BOM', utf16le(text), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16be(text), 'utf-16be'],
    // Windows-1252: ô=F4 ’=92 –=96 “=93 ”=94 é=E9
    ['Windows-1252', Buffer.from([0x43, 0xf4, 0x74, 0x65, 0x20, 0x64, 0x92, 0x49, 0x76, 0x6f, 0x69, 0x72, 0x65, 0x20, 0x96, 0x20, 0x93, 0x72, 0x65, 0x63, 0x6f, 0x6d, 0x6d, 0x65, 0x6e, 0x64, 0x73, 0x94, 0x20, 0xe9]), 'windows-1252'],
    // Mac Roman, as the corpus's flat A/HRC/22/4 file: ô=99 ’=D5 –=D0 “=D2 ”=D3 é=8E
    ['Mac Roman', Buffer.from([0x43, 0x99, 0x74, 0x65, 0x20, 0x64, 0xd5, 0x49, 0x76, 0x6f, 0x69, 0x72, 0x65, 0x20, 0xd0, 0x20, 0xd2, 0x72, 0x65, 0x63, 0x6f, 0x6d, 0x6d, 0x65, 0x6e, 0x64, 0x73, 0xd3, 0x20, 0x8e]), 'macintosh'],
  ])('%s', (_name, bytes, encoding) => {
    const decoded = decodeText(bytes);
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(encoding);
  });

  it('never throws on random bytes', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(() => decodeText(bytes)).not.toThrow();
  });
});
