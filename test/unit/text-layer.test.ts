import { describe, expect, it } from 'vitest';
import { countGlyphs, unreadableReason, type GlyphCounts } from '../../src/read/text-layer.js';

function verdict(text: string): string | null {
  const counts: GlyphCounts = { chars: 0, letters: 0, latinAccented: 0 };
  countGlyphs(text.repeat(Math.ceil(400 / text.length)), counts);
  return unreadableReason(counts);
}

describe('text layer', () => {
  it.each([
    ['English', 'The Committee recommends that the State party adopt a law; '],
    ['French', 'Le Comité recommande à l’État partie d’élaborer une stratégie de sécurité. '],
    ['Spanish', 'El Comité recomienda al Estado parte que adopte una definición jurídica. '],
    ['Russian', 'Комитет рекомендует государству-участнику принять законодательные меры. '],
    ['Arabic', 'توصي اللجنة الدولة الطرف بما يلي: أن تعتمد تعريفاً شاملاً للتمييز. '],
    ['Chinese', '委员会建议缔约国：根据《公约》第一条通过一项全面的定义。'],
    ['a budget table', 'Total 1 234.5 2 345.6 (12.3) 45.6 per cent Staff '],
  ])('%s reads', (_name, text) => expect(verdict(text)).toBeNull());

  it.each([
    ['glyph numbers as punctuation (fixtures/pdf-languages/unreadable.pdf)', 'ABAA? -., 4 1\' (( \' 4 (\'$/%&%: 0, 4 8 ( 2/ '],
    ['Cyrillic codes read as Latin-1', 'Êîìèòåò ðåêîìåíäóåò ãîñóäàðñòâó-ó÷àñòíèêó ïðèíÿòü ìåðû. '],
  ])('%s is unreadable', (_name, text) => expect(verdict(text)).not.toBeNull());

  it('too little text says nothing', () => {
    const counts: GlyphCounts = { chars: 0, letters: 0, latinAccented: 0 };
    countGlyphs('?? -., 4', counts);
    expect(unreadableReason(counts)).toBeNull();
  });
});

describe('countGlyphs', () => {
  it.each([
    ['spaces of every kind are not visible', 'a b\u00a0c\td\u3000e\ufeff', { chars: 5, letters: 5, latinAccented: 0 }],
    ['digits and punctuation are visible, not letters', 'A/HRC/43/2, 2020.', { chars: 16, letters: 4, latinAccented: 0 }],
    ['accented Latin letters, and the signs among them', 'État × déjà', { chars: 9, letters: 8, latinAccented: 4 }],
    ['Cyrillic, Arabic and Han letters', 'Комитет لجنة 委员会', { chars: 14, letters: 14, latinAccented: 0 }],
    ['a letter beyond the BMP counts two units, an emoji two visible units', '𝐀😀', { chars: 4, letters: 2, latinAccented: 0 }],
  ])('%s', (_why, text, expected) => {
    const counts: GlyphCounts = { chars: 0, letters: 0, latinAccented: 0 };
    countGlyphs(text, counts);
    expect(counts).toEqual(expected);
  });
});
