import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { takeMarkers } from '../../src/assemble/join.js';
import { maySlashMark } from '../../src/vocabulary/markers.js';
import { SLASH_MARKER } from '../../src/vocabulary/patterns.js';

describe('footnote markers', () => {
  it.each([
    ['after a semicolon', 'in that framework;11', 'in that framework;', ['11']],
    ['glued to a word', 'Plan of Action3 adopted', 'Plan of Action adopted', ['3']],
    ['after a comma', 'the Convention,1 and', 'the Convention, and', ['1']],
    ['after a closing parenthesis', 'resolution 2744 (2024)4 enhancing', 'resolution 2744 (2024) enhancing', ['4']],
    ['1990s slash marker', 'the Convention 1/ (hereinafter', 'the Convention (hereinafter', ['1']],
    ['asterisks', 'Conclusions and/or recommendations**', 'Conclusions and/or recommendations', ['**']],
    ['after a symbol number and comma', 'decision 1/CMA.5,18 and calls', 'decision 1/CMA.5, and calls', ['18']],
    ['glued to an accented word (French)', 'la sécurité1 des femmes', 'la sécurité des femmes', ['1']],
    ['glued to a Cyrillic word', 'прав человека1 и', 'прав человека и', ['1']],
  ])('%s', (_name, input, text, markers) => {
    expect(takeMarkers(input, new Set())).toEqual({ text, markers });
  });

  it.each([
    ['a date', 'on 1 July 2003 of the Convention'],
    ['a resolution number', 'resolution 58/208 of'],
    ['a corrigendum', 'A/46/634/Rev.1 and Corr.1 are'],
    ['a numbered act', 'Act No.11 of 2007'],
    ['a count', 'in paragraph 5, 87 States'],
    ['COVID-19', 'the COVID-19 pandemic'],
  ])('leaves %s alone', (_name, input) => {
    expect(takeMarkers(input, new Set())).toEqual({ text: input, markers: [] });
  });

  // Spaced numbers on a page that has notes with those numbers: a marker only where no word takes the number.
  it.each([
    ['a time (fixture resolution-running-title)', 'from 10 a.m. to 1 p.m. and from 3 to 6 p.m.', ['1', '3'], 'from 10 a.m. to 1 p.m. and from 3 to 6 p.m.', []],
    ['an article (A/80/38)', 'submitted under article 2 of the Optional Protocol', ['2'], 'submitted under article 2 of the Optional Protocol', []],
    ['paragraphs listed (S/RES/2776)', 'items listed at paragraphs 1 and 2 (a);', ['1', '2'], 'items listed at paragraphs 1 and 2 (a);', []],
    ['a digit group of a larger number (A/HRC/59/60)', 'participants – nearly 4,000 in total, with 3,000 registered', ['3', '4'], 'participants – nearly 4,000 in total, with 3,000 registered', []],
    ['a name that ends in "Resolution" takes a marker (A/RES/79/117)', 'Investment Dispute Resolution 5 as one of', ['5'], 'Investment Dispute Resolution as one of', ['5']],
    ['"decision" takes a marker: decisions are numbered with slashes (A/RES/80/121)', 'welcomes the ministerial decision 8 that was adopted', ['8'], 'welcomes the ministerial decision that was adopted', ['8']],
    ['after the comma closing a year (A/RES/78/119)', 'at its substantive session of 2023, 15 and also welcomes', ['15'], 'at its substantive session of 2023, and also welcomes', ['15']],
    ['glued to the year before it (A/RES/79/117, pdftotext)', 'on 17 and 18 February 202515 and the colloquium', ['15'], 'on 17 and 18 February 2025 and the colloquium', ['15']],
    ['glued to the word after it (A/RES/79/289, pdftotext)', 'on a non-objection basis 1no later than July', ['1'], 'on a non-objection basis no later than July', ['1']],
    ['an ordinal is no marker', 'at its 1st meeting', ['1'], 'at its 1st meeting', []],
    ['a six-digit number whose tail is no note on the page stays', 'a total of 202515 persons', ['3'], 'a total of 202515 persons', []],
    ['glued after a Han character, its note on the page', '保障妇女安全1的措施', ['1'], '保障妇女安全的措施', ['1']],
    ['a Han article number stays (第3条)', '公约第3条和2028年11月', ['3', '1'], '公约第3条和2028年11月', []],
    ['glued after an Arabic word, in parentheses', 'أمن المرأة(1) في', ['1'], 'أمن المرأة في', ['1']],
  ])('spaced number: %s', (_name, input, notes, text, markers) => {
    expect(takeMarkers(input, new Set(notes))).toEqual({ text, markers });
  });

  // A PDF: the superscripts the layout saw are wrapped in private-use marks while joining; body-size digits are text.
  const ev = (m: string) => `\uE000${m}\uE001`;
  it.each([
    ['after a number (A/RES/79/117 7(f))', `on 17 and 18 February 2025${ev('15')} and the colloquium`, 'on 17 and 18 February 2025 and the colloquium', ['15']],
    ['between two words (A/RES/79/289 8)', `a non-objection basis${ev('1')}no later than July`, 'a non-objection basis no later than July', ['1']],
    ['after a full stop, before the next sentence (A/HRC/EMRIP/2025/3)', `protect these rights.${ev('27')}These rights`, 'protect these rights. These rights', ['27']],
    ['a table note letter (A/80/11)', `Cambodia${ev('a')} 0.008`, 'Cambodia 0.008', ['a']],
    ['a body-size digit after a comma stays', 'the Convention,1 and', 'the Convention,1 and', []],
    ['a body-size spaced number stays even with its note on the page', 'over the past years, 87 and more', 'over the past years, 87 and more', []],
    ['asterisks and 1990s slash markers are taken at body size', 'recommendations** and the Convention 1/ (hereinafter', 'recommendations and the Convention (hereinafter', ['**', '1']],
  ])('by evidence: %s', (_name, input, text, markers) => {
    expect(takeMarkers(input, new Set(['87', '1']), true)).toEqual({ text, markers });
  });

  it('takes a spaced marker only when its note is on the page', () => {
    expect(takeMarkers('over the past years, 87 and more', new Set(['87'])).markers).toEqual(['87']);
    expect(takeMarkers('over the past years, 87 and more', new Set()).markers).toEqual([]);
  });
});

describe('line joining', async () => {
  const { joinPieces, Vocabulary } = await import('../../src/assemble/join.js');
  it.each([
    ['no hyphenated word', 'the Government and the State', false],
    ['a hyphenated word whose closed form is never printed: nothing to look for', 'the Secretary-General', false],
    ['a hyphenated word printed closed once: the closed form is looked for', 'the Secretary-General, the Secretary-General and the SecretaryGeneral', true],
    ['printed closed as often as hyphenated', 'the Secretary-General and the SecretaryGeneral', false],
    ['hyphenated more often than closed: the closed one is rehyphenated', 'Secretary-General Secretary-General SecretaryGeneral', true],
    ['a closed form too short to be looked at', 'x-ray x-ray xray', false],
  ])('rehyphenationWords() (the fast path of restoring dropped hyphens): %s', (_name, text, expected) => {
    expect(new Vocabulary(text).rehyphenationWords() !== null).toBe(expected);
  });
  const piece = (text: string) => ({ line: { text } as never, from: 0 });
  const join = (lines: string[], vocabulary = '') => joinPieces(lines.map(piece), new Vocabulary(vocabulary));
  it.each([
    ['wrapped lines join with one space', ['the Special', 'Rapporteur'], '', 'the Special Rapporteur'],
    ['a real hyphen stays', ['an inter-', 'agency task force'], '', 'an inter-agency task force'],
    ['a hyphen before a capital stays', ['the Secretary-', 'General'], '', 'the Secretary-General'],
    ['a break hyphen goes when the document spells the word closed', ['the Gov-', 'ernment'], 'Government Government', 'the Government'],
    ['justified spacing collapses', ['Northern      Ireland,     France'], '', 'Northern Ireland, France'],
    ['a pushed-away hyphen is glued back', ['gender -', 'based violence'], '', 'gender-based violence'],
    ['pushed-away apostrophes and dashes are glued back', ['Da ’esh in 2023 –2030'], '', 'Da’esh in 2023–2030'],
    ['hyphens pdftotext dropped come back by the document spelling', ['slowonset events'], 'slow-onset slow-onset slowonset events', 'slow-onset events'],
    ['Han lines join without a space', ['加强', '合作。'], '', '加强合作。'],
    ['a quote joins Han text without a space', ['委员会“', '建议”'], '', '委员会“建议”'],
    ['quotes between Latin lines keep their space', ['he said “yes”', '“no” was the answer'], '', 'he said “yes” “no” was the answer'],
  ])('%s', (_name, lines, vocabulary, expected) => {
    expect(join(lines, vocabulary)).toBe(expected);
  });
});

describe('the slash-marker precheck', () => {
  const unit = fc.constantFrom('1', '12', '/', ' ', 'a', '.', ',', ')', '\n', '\u00a0', 'A/HRC/43/2', '48/141 1/ of');
  it('says no only where the pattern finds nothing', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (units) => {
        const text = units.join('');
        if (!maySlashMark(text)) expect([...text.matchAll(SLASH_MARKER)]).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
  it.each([
    ['resolution 48/141 1/ of', true],
    ['at the end 2/', true],
    ['A/HRC/43/2 and E/CN.4/2000/82', false],
    ['and/or', false],
  ])('%s: %s', (text, expected) => expect(maySlashMark(text)).toBe(expected));
});
