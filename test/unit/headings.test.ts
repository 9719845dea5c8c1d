import { describe, expect, it } from 'vitest';
import { cleanHeadingText, isAnnexHeading, isClosingLine, mentionsRecommendations, numberedHeading, unnumberedHeading } from '../../src/classify/headings.js';

describe('numberedHeading', () => {
  it.each([
    ['VIII. RECOMMENDATIONS', 1, 'VIII', 'RECOMMENDATIONS'],
    ['II. Conclusions and/or recommendations**', 1, 'II', 'Conclusions and/or recommendations'],
    ['A. Introduction', 2, 'A', 'Introduction'],
    ['C. Principal matters of concern and recommendations', 2, 'C', 'Principal matters of concern and recommendations'],
    ['I.', 1, 'I', ''],
    ['B.', 2, 'B', ''],
  ] as const)('%s', (text, level, number, title) => {
    expect(numberedHeading(text)).toEqual({ level, number, text: title });
  });
  it.each(['A. The Committee welcomes the report.', 'I. e. the State', '78. The Special Rapporteur'])('%s is not one', (text) => {
    expect(numberedHeading(text)).toBeNull();
  });
});

describe('unnumberedHeading', () => {
  it.each(['Non-discrimination', 'Juvenile justice and life imprisonment without parole', 'Introduction', 'RECOMMENDATIONS'])('%s, set apart, is a heading', (text) => {
    expect(unnumberedHeading(text, true, true)?.level).toBe(4);
  });
  it.each([
    ['running text', 'The State party should:'],
    ['the end of a recommendation', '(Switzerland);3'],
    ['the end of an Arabic recommendation, "؛" (fixtures/upr-languages/ar)', 'إيران الإسلامية، كوت ديفوار)؛'],
    ['the end of a Chinese recommendation, "；"', '保障所有儿童（科特迪瓦）；'],
    ['a sentence', 'The Committee is concerned that the law has not been adopted'],
    ['a wrapped last line', 'of the review process.'],
  ])('%s is not one', (_name, text) => {
    expect(unnumberedHeading(text, true, true)).toBeNull();
  });
  it('needs to be set apart from running text', () => {
    expect(unnumberedHeading('Non-discrimination', false, true)).toBeNull();
    expect(unnumberedHeading('Non-discrimination', true, false)).toBeNull();
  });
});

describe('other heading rules', () => {
  it.each(['Annex', 'ANNEX', 'Annex II', 'Annexes', 'Appendix A', 'Annexe', 'Anexo'])('%s ends the body', (t) => expect(isAnnexHeading(t)).toBe(true));
  it.each(['Annex to the Agreement;', 'annex', 'Annex I to resolution 5/1 contains'])('%s does not', (t) => expect(isAnnexHeading(t)).toBe(false));
  it.each(['103rd plenary meeting', '101st plenary meeting', '[Adopted without a vote.]', '9847th meeting'])('%s closes a resolution', (t) => expect(isClosingLine(t)).toBe(true));
  it('knows which headings mention recommendations', () => {
    expect(mentionsRecommendations('Conclusions and recommendations')).toBe(true);
    expect(mentionsRecommendations('Recommandations')).toBe(true);
    expect(mentionsRecommendations('Recomendaciones')).toBe(true);
    expect(mentionsRecommendations('Introduction')).toBe(false);
  });
  it('strips footnote marks from heading text', () => {
    expect(cleanHeadingText('Opening plenary5')).toBe('Opening plenary');
    expect(cleanHeadingText('Report of the Working Group*')).toBe('Report of the Working Group');
  });
});
