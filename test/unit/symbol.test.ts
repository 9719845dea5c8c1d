import { describe, expect, it } from 'vitest';
import { findSymbols, wholeSymbol } from '../../src/vocabulary/symbol.js';

describe('wholeSymbol', () => {
  it.each([
    ['E/CN.4/2000/82', 'E/CN.4/2000/82', []],
    ['A/HRC/28/12*', 'A/HRC/28/12', []],
    ['S/RES/2776 (2025)*', 'S/RES/2776 (2025)', []],
    ['A/79/924–S/2025/351', 'A/79/924', ['S/2025/351']],
    ['A/ES-10/1043-S/2025/529', 'A/ES-10/1043', ['S/2025/529']],
    ['CCPR/C/NAM/CO/2', 'CCPR/C/NAM/CO/2', []],
    ['A/HRC/14/15/Add.1', 'A/HRC/14/15/Add.1', []],
    ['A/HRC/WG.6/7/SVN/1', 'A/HRC/WG.6/7/SVN/1', []],
  ])('%s', (input, symbol, others) => {
    const s = wholeSymbol(input);
    expect(s?.symbol).toBe(symbol);
    expect(s?.others).toEqual(others);
  });

  it.each([
    ['OCR damage without digits', 'E/CNA/UO'],
    ['a page header word', 'page 18'],
    ['a Geneva job number', 'GE.03-12345'],
    ['a date-like fraction', '12/34/56'],
    ['a symbol inside a sentence', 'see A/57/387 above'],
  ])('rejects %s', (_name, input) => {
    expect(wholeSymbol(input)).toBeNull();
  });

  it('marks the reissue asterisk', () => {
    expect(wholeSymbol('A/HRC/28/12*')?.reissued).toBe(true);
  });
});

describe('findSymbols', () => {
  it('finds symbols cited in running text without trailing punctuation', () => {
    expect(findSymbols('agenda for further change (see A/57/387).').map((s) => s.symbol)).toEqual(['A/57/387']);
  });
});

describe('findSymbols remembers its judgements', () => {
  it('a symbol cited twice is found twice, and each finding is its own', () => {
    const [a, b] = findSymbols('see A/79/924–S/2025/351 and A/79/924–S/2025/351');
    expect([a?.symbol, b?.symbol]).toEqual(['A/79/924', 'A/79/924']);
    a!.others.push('changed');
    expect(b!.others).toEqual(['S/2025/351']);
    expect(findSymbols('A/79/924–S/2025/351')[0]!.others).toEqual(['S/2025/351']);
  });
});

describe('symbols typed with Cyrillic look-alike capitals', () => {
  it.each([
    ['всех: САТ/С/81/Add.1 и', 'CAT/C/81/Add.1'],
    ['СAT/C/UZB/CO/3, 26 февраля 2008 г.', 'CAT/C/UZB/CO/3'],
  ])('%s', (text, symbol) => expect(findSymbols(text).map((s) => s.symbol)).toEqual([symbol]));
  it('Cyrillic words with a slash are no symbol', () => expect(findSymbols('скорость 60 КМ/ч и С/Н')).toEqual([]));
});
