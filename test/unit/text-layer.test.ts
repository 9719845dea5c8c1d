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
