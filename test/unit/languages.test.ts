// Each language is one module of words: complete, and enough to tell itself
// from the others and to find its own directives.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/classify/language.js';
import { prescriptiveSignals } from '../../src/classify/prescriptive.js';
import { LANGUAGES } from '../../src/vocabulary/languages/index.js';

const SAMPLES: Record<string, { text: string; signal: string }> = {
  en: { text: 'The Committee recommends that the State party adopt a law on the rights of the child and that it report on the measures taken.', signal: 'verb:recommends' },
  fr: { text: 'Le Comité recommande que l’État partie adopte une loi sur les droits de l’enfant et que la loi soit appliquée dans le pays.', signal: 'verb:recommends' },
  ru: { text: 'Комитет рекомендует государству-участнику принять закон о правах ребенка и сообщить о принятых мерах.', signal: 'verb:recommends' },
  ar: { text: 'توصي اللجنة الدولة الطرف باعتماد قانون بشأن حقوق الطفل وبأن تقدم تقريرا عن التدابير المتخذة.', signal: 'verb:recommends' },
  zh: { text: '委员会建议缔约国通过一项关于儿童权利的法律，并报告所采取的措施。', signal: 'verb:recommends' },
  es: { text: 'El Comité recomienda que el Estado parte adopte una ley para los derechos de los niños y que la ley se aplique con rigor en el país.', signal: 'verb:recommends' },
};

describe('language modules', () => {
  it('codes are unique and every module is complete', () => {
    expect(new Set(LANGUAGES.map((l) => l.code)).size).toBe(LANGUAGES.length);
    for (const l of LANGUAGES) {
      expect(l.months, l.code).toHaveLength(12);
      expect(l.stopwords.length, l.code).toBeGreaterThanOrEqual(8);
      expect(l.directives.length, l.code).toBeGreaterThan(0);
      expect(l.annexWords.length, l.code).toBeGreaterThan(0);
    }
  });
  it.each(LANGUAGES.map((l) => l.code))('%s: a sample is detected as itself and its directive found', (code) => {
    const sample = SAMPLES[code]!;
    expect(detectLanguage(sample.text)).toBe(code);
    expect(prescriptiveSignals(sample.text)).toContain(sample.signal);
  });
});

/** How each language says "these observations should be read with…": a modal that asks nothing of anyone. */
const READ_WITH: Record<string, string> = {
  en: 'The Committee recalls that these recommendations should be read in conjunction with its general recommendation No. 35.',
  fr: 'Le Comité rappelle que les présentes recommandations doivent être lues conjointement avec sa recommandation générale no 35.',
  es: 'El Comité recuerda que estas recomendaciones deben leerse conjuntamente con su recomendación general núm. 35.',
  ru: 'Комитет напоминает, что рекомендации настоящего раздела следует читать в сочетании с его общей рекомендацией № 35.',
  ar: 'وتذكر اللجنة بأنه ينبغي قراءة هذه التوصيات بالاقتران مع توصيتها العامة رقم 35.',
  zh: '委员会提醒缔约国，本节的建议应与第35号一般性建议一并阅读。',
};

describe('non-directive modals', () => {
  it.each(Object.entries(READ_WITH))('%s: "should be read with" is no directive', (code, text) => {
    expect(prescriptiveSignals(text, code)).toEqual([]);
  });
});

describe('directive forms of each language', () => {
  it.each<[string, string, string]>([
    ['zh', '缔约国应：', 'modal:should'],
    ['zh', '缔约国还应确保受害者获得赔偿。', 'modal:should'],
    ['zh', '各国必须尊重人权。', 'modal:must'],
    ['ar', 'يجب على الدولة الطرف أن تضمن حماية الضحايا.', 'modal:must'],
    ['es', 'El Comité hace un llamamiento al Estado parte para que ratifique la Convención.', 'verb:calls-upon'],
    ['fr', 'Le Comité lance un appel à l’État partie pour qu’il ratifie la Convention.', 'verb:calls-upon'],
    ['fr', 'Le Comité appelle l’État partie à ratifier la Convention.', 'verb:calls-upon'],
  ])('%s: %s', (code, text, signal) => expect(prescriptiveSignals(text, code)).toContain(signal));
  it.each<[string, string]>([
    ['zh', '委员会关切地注意到应对措施和相应资源不足。'],
    ['zh', '委员会欢迎一般性建议的落实。'],
  ])('%s, nothing: %s', (code, text) => expect(prescriptiveSignals(text, code)).toEqual([]));
});

describe('title patterns by language', async () => {
  const { titleWords } = await import('../../src/vocabulary/languages/index.js');
  it('a document in one language is read with English\'s title patterns and its own; an unknown one with all', () => {
    const fr = titleWords('fr');
    expect(fr.letterTitles.map((p) => p.test('Lettre datée du 2 juin 2025'))).toContain(true);
    expect(fr.letterTitles.map((p) => p.test('Letter dated 2 June 2025'))).toContain(true);
    expect(fr.letterTitles.some((p) => p.test('Carta de fecha 2 de junio de 2025'))).toBe(false);
    expect(titleWords(null).letterTitles.some((p) => p.test('Carta de fecha 2 de junio de 2025'))).toBe(true);
    expect(titleWords('en').letterTitles.length).toBe(1);
  });
});
