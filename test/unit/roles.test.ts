// Line roles: one row per rule of src/classify/role-rules.ts, with the lines
// that forced it; the row names the line it is about and the role expected.
import { describe, expect, it } from 'vitest';
import { ROLE_RULES } from '../../src/classify/role-rules.js';
import { assignRoles, type Role } from '../../src/classify/roles.js';
import { splitLines } from '../../src/segment/lines.js';

interface Row {
  rule: string;
  /** The body lines. */
  lines: string[];
  /** The line the row is about. */
  at: string;
  /** The role that line gets, and (for paragraphs, items, headings) its label, marker or heading text. */
  kind: Role['kind'];
  detail?: string;
  /** The rule that must claim the line: the row's rule unless given (a row can show where the rule does not apply). */
  by?: string;
  note: string;
}

const ROWS: Row[] = [
  { rule: 'toc-leader-dots', lines: ['Contents', 'I. Introduction ........................ 1-5', '1. Text.'], at: 'I. Introduction ........................ 1-5', kind: 'toc', note: 'leader dots' },
  { rule: 'annex-in-contents', lines: ['Contents', 'Annex', '1. The text.'], at: 'Annex', kind: 'toc', note: 'no paragraph yet' },
  { rule: 'annex-heading', lines: ['1. The Assembly decides.', 'Annex', '1. Article text.'], at: 'Annex', kind: 'heading', detail: 'Annex', note: 'after the body' },
  { rule: 'closing-line', lines: ['1. Decides to remain seized of the matter.', '101st plenary meeting', '20 December 2024'], at: '101st plenary meeting', kind: 'closing', note: 'resolution closing' },
  { rule: 'closing-line', lines: ['1. Decides to remain seized.', '[Adopted without a vote.]'], at: '[Adopted without a vote.]', kind: 'closing', note: 'adoption note' },
  { rule: 'run-in-subject-heading', lines: ['8. The Committee notes.', 'Non-discrimination 9. While noting the efforts.'], at: 'Non-discrimination 9. While noting the efforts.', kind: 'heading', detail: 'Non-discrimination', note: 'heading and paragraph on one line' },
  { rule: 'run-in-subject-heading', lines: ['8. The Committee notes.', 'Non-discrimination 12. While noting the efforts.'], at: 'Non-discrimination 12. While noting the efforts.', kind: 'text', by: 'running-text', note: 'not the next number: text' },
  { rule: 'numbered-heading', lines: ['VIII. RECOMMENDATIONS', '91. The Special Rapporteur recommends:'], at: 'VIII. RECOMMENDATIONS', kind: 'heading', detail: 'RECOMMENDATIONS', note: 'roman chapter' },
  { rule: 'numbered-heading', lines: ['II.', 'Conclusions and recommendations', '5. The Working Group recommends.'], at: 'II.', kind: 'heading', detail: 'Conclusions and recommendations', note: 'number alone, title on the next line' },
  { rule: 'numbered-heading', lines: ['C. Principal subjects of concern and', 'recommendations', '5. The Committee recommends.'], at: 'C. Principal subjects of concern and', kind: 'heading', detail: 'Principal subjects of concern and recommendations', note: 'wrapped heading' },
  { rule: 'numbered-paragraph', lines: ['91. The Special Rapporteur makes the following recommendations:'], at: '91. The Special Rapporteur makes the following recommendations:', kind: 'paragraph', detail: '91', note: 'first number' },
  { rule: 'numbered-paragraph', lines: ['121. The following recommendations will be examined:', '121.1 Ratify the Convention (France);'], at: '121.1 Ratify the Convention (France);', kind: 'paragraph', detail: '121.1', note: 'dotted UPR number' },
  { rule: 'numbered-paragraph', lines: ['3. The Committee is concerned that in', '45. cases the State did not act.'], at: '45. cases the State did not act.', kind: 'text', by: 'running-text', note: 'a number out of sequence is text' },
  { rule: 'lettered-item', lines: ['91. The Special Rapporteur recommends:', '(a) An inter-agency task force should be established;', '(b) The forums should be strengthened.'], at: '(b) The forums should be strengthened.', kind: 'item', detail: '(b)', note: 'after a semicolon' },
  { rule: 'lettered-item', lines: ['5. The Committee recommends that the State party:', '(a) Adopt a law;'], at: '(a) Adopt a law;', kind: 'item', detail: '(a)', note: 'after the colon of a chapeau' },
  { rule: 'lettered-item', lines: ['5. The Committee recommends that the State party', '(a) Adopt a law;'], at: '(a) Adopt a law;', kind: 'text', by: 'running-text', note: 'no list open and the line before goes on: a reference' },
  { rule: 'lettered-item', lines: ['5. The State party should take into account the', '(b) of the Covenant in its law.'], at: '(b) of the Covenant in its law.', kind: 'text', by: 'running-text', note: '"(b)" after an open line and no list: a reference, not an item' },
  { rule: 'numbered-heading', lines: ['9. Le Comité note.', 'C. État de droit', '10. Le Comité recommande.'], at: 'C. État de droit', kind: 'heading', detail: 'État de droit', note: 'accented capital (French)' },
  { rule: 'numbered-heading', lines: ['10. Комитет отмечает.', 'F. Основные вопросы, вызывающие обеспокоенность, и рекомендации', '11. Комитет рекомендует.'], at: 'F. Основные вопросы, вызывающие обеспокоенность, и рекомендации', kind: 'heading', detail: 'Основные вопросы, вызывающие обеспокоенность, и рекомендации', note: 'Cyrillic title' },
  { rule: 'numbered-heading', lines: ['1. Комитет рассмотрел доклад.', 'В. Позитивные аспекты', '2. Комитет приветствует.'], at: 'В. Позитивные аспекты', kind: 'heading', detail: 'Позитивные аспекты', note: 'Cyrillic look-alike letter В for B' },
  { rule: 'numbered-heading', lines: ['3 - تثني اللجنة على الوفد.', 'باء - الجوانب الإيجابية', '4 - ترحب اللجنة بالإصلاحات.'], at: 'باء - الجوانب الإيجابية', kind: 'heading', detail: 'الجوانب الإيجابية', note: 'Arabic section word (B)' },
  { rule: 'numbered-heading', lines: ['一、导言', '1.委员会审议了报告。'], at: '一、导言', kind: 'heading', detail: '导言', note: 'Chinese chapter numeral' },
  { rule: 'numbered-paragraph', lines: ['9 - توصي اللجنة الدولة الطرف بما يلي:'], at: '9 - توصي اللجنة الدولة الطرف بما يلي:', kind: 'paragraph', detail: '9', note: 'Arabic number and dash' },
  { rule: 'numbered-paragraph', lines: ['- 9توصي اللجنة الدولة الطرف بما يلي:'], at: '- 9توصي اللجنة الدولة الطرف بما يلي:', kind: 'paragraph', detail: '9', note: 'Arabic number as pdftotext gives it: dash first, text glued' },
  { rule: 'numbered-paragraph', lines: ['8 - درست بوركينا فاسو التوصيات التالية:', '8-1 التصديق على البروتوكول (فرنسا)؛'], at: '8-1 التصديق على البروتوكول (فرنسا)؛', kind: 'paragraph', detail: '8.1', note: 'Arabic UPR sub-number "8-1", read as 8.1 (fixtures/upr-languages/ar)' },
  { rule: 'numbered-paragraph', lines: ['9.委员会建议缔约国：'], at: '9.委员会建议缔约国：', kind: 'paragraph', detail: '9', note: 'Chinese: Han text right after the dot' },
  { rule: 'numbered-paragraph', lines: ['12. Le Comité recommande :', '13. État partie'], at: '13. État partie', kind: 'paragraph', detail: '13', note: 'accented capital opens the text' },
  { rule: 'lettered-item', lines: ['11. El Comité recomienda al Estado parte que:', 'a) Adopte una ley;', 'i) que prevea sanciones;', 'ii) que sea aplicada;'], at: 'ii) que sea aplicada;', kind: 'item', detail: 'ii)', note: 'roman with one parenthesis (Spanish)' },
  { rule: 'lettered-item', lines: ['9 - توصي اللجنة الدولة الطرف بما يلي:', '(أ) أن تعتمد قانونا؛', '(ب) أن تكفل الوصول إلى العدالة.'], at: '(ب) أن تكفل الوصول إلى العدالة.', kind: 'item', detail: '(ب)', note: 'Arabic letter item after "؛"' },
  { rule: 'lettered-item', lines: ['9.委员会建议缔约国：', '(a)通过法律；', '(b)确保诉诸司法。'], at: '(b)确保诉诸司法。', kind: 'item', detail: '(b)', note: 'Chinese: item after "；", no space before Han text' },
  { rule: 'lettered-item', lines: ['6.Комитет рекомендует государству-участнику:', 'а)привести закон в соответствие с Конвенцией;', 'b)обеспечить доступ к правосудию.'], at: 'а)привести закон в соответствие с Конвенцией;', kind: 'item', detail: 'а)', note: 'a Cyrillic "а" for (a), glued to its text (docstore text)' },
  { rule: 'lettered-item', lines: ['4. Le Comité note :', 'a)La loi de 2013;', 'b)Le plan de 2014.'], at: 'b)Le plan de 2014.', kind: 'item', detail: 'b)', note: 'marker glued to its text (docstore text)' },
  { rule: 'lettered-item', lines: ['4.委员会欢迎：', '(a)《劳工法》(2013年);', '(b)《残疾人法》(2013年)。'], at: '(b)《残疾人法》(2013年)。', kind: 'item', detail: '(b)', note: 'Chinese: a title mark right after the marker' },
  { rule: 'lettered-item', lines: ['3 - ترحب اللجنة بما يلي:', '(أ) اعتماد القانون؛', '(ب) اعتماد الخطة؛', '(ج) اعتماد القانون؛', '(د) اعتماد الخطة؛', '(ه) اعتماد القانون.'], at: '(ه) اعتماد القانون.', kind: 'item', detail: '(ه)', note: 'Arabic (e) without its tatweel' },
  { rule: 'numbered-paragraph', lines: ['1.Комитет рассмотрел доклад.', '2.Комитет приветствует доклад.'], at: '2.Комитет приветствует доклад.', kind: 'paragraph', detail: '2', note: 'no space after the number (docstore text)' },
  { rule: 'numbered-paragraph', lines: ['1.2016年11月,委员会审议了报告。'], at: '1.2016年11月,委员会审议了报告。', kind: 'paragraph', detail: '1', note: 'Chinese paragraph opening with a year' },
  { rule: 'numbered-paragraph', lines: ['1.委员会审议了报告。', '2.7月15日,委员会通过了结论性意见。'], at: '2.7月15日,委员会通过了结论性意见。', kind: 'paragraph', detail: '2', note: 'Chinese paragraph opening with a month: paragraph 2, not 2.7' },
  { rule: 'numbered-paragraph', lines: ['الدورة السابعة والأربعون', '4-22 تشرين الأول/أكتوبر 2010', '1- يرجى تقديم معلومات.'], at: '4-22 تشرين الأول/أكتوبر 2010', kind: 'text', by: 'running-text', note: 'Arabic session dates are no sub-numbered paragraph' },
  { rule: 'numbered-heading', lines: ['1.Комитет рассмотрел доклад.', 'A.Введение', '2.Комитет приветствует доклад.'], at: 'A.Введение', kind: 'heading', detail: 'Введение', note: 'letter heading glued to its title' },
  { rule: 'numbered-heading', lines: ['1.Комитет рассмотрел доклад.', 'II.Позитивные аспекты', '2.Комитет приветствует доклад.'], at: 'II.Позитивные аспекты', kind: 'heading', detail: 'Позитивные аспекты', note: 'roman heading glued to its title' },
  { rule: 'unnumbered-heading', lines: ['8. The Committee notes the report.', 'Non-discrimination', '9. While noting the efforts.'], at: 'Non-discrimination', kind: 'heading', detail: 'Non-discrimination', note: 'subject heading after a closed sentence' },
  { rule: 'unnumbered-heading', lines: ['8. The Committee notes the report', 'Death penalty', '9. The Committee is concerned.'], at: 'Death penalty', kind: 'heading', detail: 'Death penalty', note: 'before the next paragraph in sequence, though the line before did not close' },
  { rule: 'bare-roman-heading', lines: ['1. Decides to act;', 'II', 'Rules of procedure and methods of work', '2. Requests the Secretariat.'], at: 'II', kind: 'heading', detail: 'Rules of procedure and methods of work', note: 'a section number without its dot, the title below (A/RES/79/117)' },
  { rule: 'bare-roman-heading', lines: ['1. Decides to act and to report to the', 'II', 'Rules of procedure'], at: 'II', kind: 'text', by: 'running-text', note: 'not after a closed unit' },
  { rule: 'unnumbered-heading', lines: ['53. Encourages voluntary contributions;', 'Bridging the digital divide', '54. Calls upon Member States.'], at: 'Bridging the digital divide', kind: 'heading', detail: 'Bridging the digital divide', note: 'a subject heading between operative paragraphs, after ";" (A/80/21)' },
  { rule: 'unnumbered-heading', lines: ['60. The following recommendations:', '1. To ratify the Convention (Iraq);', 'Establish a commission', '2. To consider the Protocol (France);'], at: 'Establish a commission', kind: 'text', by: 'running-text', note: 'after ";" inside a 2008 UPR list the next number is nested: text' },
  { rule: 'known-heading', lines: ['Recommendations', '91. The Commission should act.'], at: 'Recommendations', kind: 'heading', detail: 'Recommendations', note: 'a Markdown heading line' },
  { rule: 'running-text', lines: ['91. The Special Rapporteur makes the following', 'recommendations to the Government.'], at: 'recommendations to the Government.', kind: 'text', note: 'continuation' },
];

function rolesOf(lines: string[], knownHeadings: string[] = []): Role[] {
  return assignRoles(splitLines(lines.join('\n')), new Set(knownHeadings));
}

function detailOf(role: Role): string | undefined {
  if (role.kind === 'paragraph') return role.number.label;
  if (role.kind === 'item') return role.marker;
  if (role.kind === 'heading') return role.heading.text;
  return undefined;
}

describe('line role rules', () => {
  it.each(ROWS)('$rule: $note', (row) => {
    const roles = rolesOf(row.lines, row.rule === 'known-heading' ? [row.at] : []);
    const role = roles.find((r) => r.line.text === row.at);
    expect(role, `a role for "${row.at}"`).toBeDefined();
    expect(role!.kind).toBe(row.kind);
    if (row.detail !== undefined) expect(detailOf(role!)).toBe(row.detail);
    expect(role!.rule).toBe(row.by ?? row.rule);
  });

  it('every rule has a row', () => {
    const covered = new Set(ROWS.map((r) => r.rule));
    expect(ROLE_RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('every rule says why it exists', () => {
    for (const rule of ROLE_RULES) expect(rule.why.length, rule.id).toBeGreaterThan(20);
    expect(new Set(ROLE_RULES.map((r) => r.id)).size).toBe(ROLE_RULES.length);
  });

  it('a heading with its title on the next line takes that line', () => {
    const roles = rolesOf(['II.', 'Conclusions and recommendations', '5. The Working Group recommends.']);
    expect(roles.map((r) => r.kind)).toEqual(['heading', 'paragraph']);
  });

  it('a run-in heading gives the heading and the paragraph of one line', () => {
    const roles = rolesOf(['8. The Committee notes.', 'Non-discrimination 9. While noting the efforts.']);
    expect(roles.map((r) => `${r.kind}:${r.rule}`)).toEqual(['paragraph:numbered-paragraph', 'heading:run-in-subject-heading', 'paragraph:run-in-subject-heading']);
    const p = roles[2]!;
    expect(p.kind === 'paragraph' && p.line.text.slice(p.textFrom)).toBe('While noting the efforts.');
  });
});
