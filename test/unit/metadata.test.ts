// Document metadata and UPR positions: issue dates, titles, the review, the
// chapeau rules, addendum answers and linking a report with its addendum.
import { describe, expect, it } from 'vitest';
import { ADDENDUM_TITLE, addendumAnswers, commentContradictions, expandRange, printedTotals } from '../../src/classify/addendum.js';
import { datesIn, findIssueDate } from '../../src/classify/document-date.js';
import { findTitle, type FrontLine } from '../../src/classify/title.js';
import { POSITION_RULES, statedPosition } from '../../src/classify/upr-positions.js';
import { cycleOf, findReview } from '../../src/classify/upr-review.js';
import { languageWords } from '../../src/vocabulary/languages/index.js';
import { ordinalPhraseValue, ordinalValue } from '../../src/vocabulary/ordinals.js';
import type { Line } from '../../src/base/line.js';

const line = (text: string, index = 0): Line => ({ index, page: 0, sheet: 0, start: 0, end: text.length, text, indent: 0, cut: false, zone: 'body' });

describe('issue dates', () => {
  it.each([
    ['en', ['United Nations   A/HRC/43/15', 'General Assembly   Distr.: General', '19 December 2019'], '2019-12-19'],
    ['en, capitals (2009)', ['A/HRC/12/9', '20 JULY 2009'], '2009-07-20'],
    ['glued to the symbol', ['A/HRC/8/47 3 June 2008'], '2008-06-03'],
    ['flattened text', ['United Nations  A/HRC/22/4    General Assembly  Distr.: General 12 December 2012  Original: English'], '2012-12-12'],
    ['fr', ['Distr. générale', '20 février 2024'], '2024-02-20'],
    ['fr, 1er', ['1er mars 2024'], '2024-03-01'],
    ['es', ['Distr. general', '29 de abril de 2024'], '2024-04-29'],
    ['ru', ['Distr.: General', '4 июля 2025 года'], '2025-07-04'],
    ['ar', ['4 تموز/يوليه 2025'], '2025-07-04'],
    ['zh', ['2025年7月4日'], '2025-07-04'],
    ['session dates are not it', ['Forty-third session', '24 February–20 March 2020'], null],
    ['an adoption date is not it', ['Resolution adopted by the General Assembly on 8 December 2023'], null],
    ['a letter date is not it', ['Letter dated 2 June 2025 from the Permanent Representative'], null],
    ['no date', ['United Nations', 'General Assembly'], null],
  ])('%s', (_note, texts, iso) => {
    expect(findIssueDate(texts.map((t, i) => line(t, i)))).toBe(iso);
  });

  it('an impossible date is none', () => expect(datesIn('31 February 2020')).toEqual([]));
  it('month 13 is no date', () => expect(datesIn('2025年13月4日')).toEqual([]));
});

describe('titles', () => {
  const f = (text: string, breakBefore = false, page = 0): FrontLine => ({ text, breakBefore, page });
  it.each<[string, FrontLine[], string | null]>([
    ['masthead, session and agenda lines out; the UPR State kept', [f('United Nations   A/HRC/43/15'), f('General Assembly   Distr.: General'), f('19 December 2019'), f('Human Rights Council', true), f('Forty-third session'), f('Agenda item 6'), f('Universal periodic review'), f('Report of the Working Group on the Universal Periodic', true), f('Review*'), f('Slovenia')], 'Report of the Working Group on the Universal Periodic Review Slovenia'],
    ['the agenda title runs to the break; the subject line is kept', [f('Fifty-sixth session'), f('Item 110 (f) of the provisional agenda*'), f('Environment and sustainable development: protection'), f('of global climate'), f('Institutional linkage of the secretariat', true), f('Report of the Secretary-General', true)], 'Institutional linkage of the secretariat Report of the Secretary-General'],
    ['without breaks, the agenda title runs to a title opening', [f('Agenda item 6'), f('UNIVERSAL PERIODIC REVIEW'), f('Report of the Working Group on the Universal Periodic Review'), f('France *')], 'Report of the Working Group on the Universal Periodic Review France'],
    ['a chapter heading ends it', [f('Central African Republic'), f('Report of the Secretary-General'), f('I. Introduction')], 'Central African Republic Report of the Secretary-General'],
    ['a cover note: the subject line above it', [f('Third Industrial Development Decade for Africa'), f('(2016–2025)'), f('Note by the Secretary-General', true), f('The Secretary-General hereby transmits the report of the Director General')], 'Third Industrial Development Decade for Africa (2016–2025)'],
    ['a resolution: its name without its number', [f('Resolution adopted by the General Assembly'), f('on 8 December 2023'), f('78/119. Strengthening of the coordination of emergency humanitarian'), f('assistance of the United Nations'), f('The General Assembly,')], 'Strengthening of the coordination of emergency humanitarian assistance of the United Nations'],
    ['a draft resolution', [f('Azerbaijan,* Bangladesh and Viet Nam: draft resolution'), f('59/… Human rights and climate change'), f('The Human Rights Council,')], 'Human rights and climate change'],
    ['a Security Council resolution', [f('Resolution 2776 (2025)'), f('Adopted by the Security Council at its 9872nd meeting, on')], 'Resolution 2776 (2025)'],
    ['a report cover: session lines after the title end it', [f('Report of the Committee'), f('on Information'), f('Forty-seventh session'), f('(28 April–9 May 2025)'), f('General Assembly')], 'Report of the Committee on Information'],
    ['a title wrapped after a hyphen', [f('Report of the Human Rights Council on its forty-'), f('third session')], 'Report of the Human Rights Council on its forty-third session'],
    ['"Summary" ends it', [f('Report of the Special Rapporteur on torture'), f('Summary')], 'Report of the Special Rapporteur on torture'],
    ['a language line wrapped in the masthead (A/HRC/EMRIP/2025/3)', [f('Original: English'), f('English, French, Russian and'), f('Spanish only'), f('Efforts to implement the Declaration', true)], 'Efforts to implement the Declaration'],
    ['a resolution number alone, its name below (pdftotext of A/RES/78/323)', [f('[without reference to a Main Committee (A/78/L.96)]'), f('78/323.', true), f('International Day of Women and Girls', true), f('of African Descent'), f('The General Assembly,')], 'International Day of Women and Girls of African Descent'],
    ['a preamble citing a resolution is not a name (A/RES/79/289)', [f('79/289.', true), f('Scope and modalities', true), f('The General Assembly,'), f('78/179 of 19 December 2023,')], 'Scope and modalities'],
    ['a heading label alone ends it (A/52/687)', [f('THE SITUATION IN HAITI'), f('Report of the Secretary-General'), f('I.', true), f('INTRODUCTION', true)], 'THE SITUATION IN HAITI Report of the Secretary-General'],
    ['the block never runs onto the next page (A/HRC/14/15/Add.1)', [f('Addendum'), f('Views on conclusions and/or recommendations', true), f('Views on conclusions', false, 1), f('Slovenia welcomes the recommendations.', false, 1)], 'Addendum Views on conclusions and/or recommendations'],
    ['a footnote mark alone: the title\'s under it, the footnote\'s after a break (A/HRC/22/4)', [f('Report of the Working Group'), f('*'), f('Argentina', true), f('*', true), f('The annex is circulated as received.')], 'Report of the Working Group Argentina'],
    ['a masthead flattened into one line (third-party text of A/HRC/8/47)', [f('UNITED NATIONS A General Assembly Distr. GENERAL A/HRC/8/47 3 June 2008 Original: ENGLISH HUMAN RIGHTS COUNCIL Eighth session'), f('Report of the Working Group'), f('France *'), f('* Previously issued')], 'Report of the Working Group France'],
    ['masthead cells apart by a tab, a symbol and its date in one (A/HRC/8/47)', [f('General Assembly \tDistr. GENERAL'), f('A/HRC/8/47 3 June 2008'), f('Report of the Working Group')], 'Report of the Working Group'],
    ['council, session and agenda run into one line (A/HRC/8/47)', [f('Original:  ENGLISH'), f('HUMAN RIGHTS COUNCIL Eighth session Agenda item 6', true), f('UNIVERSAL PERIODIC REVIEW'), f('Report of the Working Group'), f('France *')], 'UNIVERSAL PERIODIC REVIEW Report of the Working Group France'],
    ['what stands above the agenda line is masthead (HRI/MC/2025/1)', [f('International Human Rights   Distr.: General'), f('Instruments'), f('Thirty-seventh meeting of Chairs'), f('of the human rights treaty bodies'), f('Item 3 of the provisional agenda'), f('Adoption of the agenda'), f('Provisional agenda and annotations*', true), f('Provisional agenda', true)], 'Provisional agenda and annotations'],
    ['a stray mark or a broken symbol is no title (A/47/466, A/53/601)', [f("I'"), f('/53/601'), f('Report of the Fourth Committee')], 'Report of the Fourth Committee'],
    ['session cells of a joint masthead', [f('General Assembly   Security Council'), f('Seventy-ninth session   Eightieth year'), f('Letter dated 2 June 2025', true)], 'Letter dated 2 June 2025'],
    ['a decision number without its full stop (A/HRC/DEC/14/105)', [f('14/105 Outcome of the Universal Periodic Review: Slovenia')], 'Outcome of the Universal Periodic Review: Slovenia'],
    ['a line that only starts like an earlier one goes on when no break sets it apart (A/50/610)', [f('IMPLEMENTATION OF THE DECLARATION ON INDEPENDENCE IN TERRITORIES'), f('IMPLEMENTATION OF THE DECLARATION'), f('ON INDEPENDENCE')], 'IMPLEMENTATION OF THE DECLARATION ON INDEPENDENCE IN TERRITORIES IMPLEMENTATION OF THE DECLARATION ON INDEPENDENCE'],
    ['a treaty body masthead: the treaty name wrapped over lines, the committee (fixtures/languages/en)', [f('United Nations'), f('Convention on the Elimination', true), f('of All Forms of Discrimination'), f('against Women'), f('CEDAW/C/UZB/CO/7', true), f('Committee on the Elimination of Discrimination against Women', true), f('Concluding observations on the seventh periodic report of Uzbekistan*')], 'Concluding observations on the seventh periodic report of Uzbekistan'],
    ['a French masthead: "Distr. générale", "Original : anglais", the treaty wrapped', [f('Nations Unies'), f('Convention sur l’élimination', true), f('de toutes les formes'), f('Distr. générale', true), f('Français'), f('Original : anglais'), f('Comité pour l’élimination de la discrimination à l’égard des femmes', true), f('Observations finales concernant le septième rapport')], 'Observations finales concernant le septième rapport'],
    ['Russian, Arabic and Chinese Organization, treaty and committee lines', [f('Организация Объединенных Наций'), f('الأمم المتحدة'), f('联 合 国'), f('Комитет по ликвидации дискриминации в отношении женщин'), f('消除对妇女一切形式歧视公约'), f('Заключительные замечания', true)], 'Заключительные замечания'],
    ['a French Council masthead: the agenda line, its item, then the title (fixtures/upr-languages/fr)', [f('Assemblée générale'), f('Conseil des droits de l’homme', true), f('Cinquante-huitième session'), f('Point 6 de l’ordre du jour'), f('Examen périodique universel'), f('Rapport du Groupe de travail sur l’Examen périodique universel*', true), f('Burkina Faso'), f('Introduction', true)], 'Rapport du Groupe de travail sur l’Examen périodique universel Burkina Faso'],
    ['Spanish, Russian, Arabic and Chinese agenda lines (fixtures/upr-languages)', [f('Asamblea General'), f('Tema 6 de la agenda', true), f('Examen periódico universal'), f('Informe del Grupo de Trabajo*', true), f('Introducción', true)], 'Informe del Grupo de Trabajo'],
    ['a Russian agenda line', [f('Генеральная Ассамблея'), f('Пункт 6 повестки дня', true), f('Универсальный периодический обзор'), f('Доклад Рабочей группы*', true), f('Введение', true)], 'Доклад Рабочей группы'],
    ['an Arabic agenda line', [f('الجمعية العامة'), f('البند 6 من جدول الأعمال', true), f('الاستعراض الدوري الشامل'), f('تقرير الفريق العامل*', true), f('مقدمة', true)], 'تقرير الفريق العامل'],
    ['a Chinese agenda line', [f('大  会'), f('议程项目6', true), f('普遍定期审议'), f('普遍定期审议工作组报告*', true), f('导言', true)], '普遍定期审议工作组报告'],
    ['old treaty-body cover: the organ, session, dates and "Consideration of reports" lines out', [f('GENERAL'), f('CCPR/C/SWE/CO/6'), f('HUMAN RIGHTS COMMITTEE', true), f('Ninety-fifth session', true), f('New York, 16 March - 3 April 2009', true), f('CONSIDERATION OF REPORTS SUBMITTED BY STATES PARTIES UNDER ARTICLE 40 OF THE COVENANT', true), f('Concluding observations of the Human Rights Committee', true), f('SWEDEN', true)], 'Concluding observations of the Human Rights Committee SWEDEN'],
    ['an organ line the masthead rules miss, then a session line: the organ (docstore letter spacing)', [f('ل جن ة حقوق الطفل'), f('الدورة الستون', true), f('29 أيار/مايو - 15 حزيران/يونيه 2012', true), f('الملاحظات الختامية: أستراليا', true)], 'الملاحظات الختامية: أستراليا'],
    ['Russian, Arabic and Chinese session lines', [f('Сорок третья сессия'), f('الفريق العامل لما قبل الدورة', true), f('第四十三届会议', true), f('4-22 تشرين الأول/أكتوبر 2010', true), f('Заключительные замечания', true)], 'Заключительные замечания'],
    ['"Distr.:" with its word lost, a spaced symbol, "Международная конвенция"', [f('C RPD/C/HRV/CO/1'), f('Международная конвенция о ликвидации всех форм расовой дискриминации', true), f('Distr.:', true), f('Заключительные замечания по докладу Хорватии *', true), f('1.Комитет рассмотрел доклад.', true)], 'Заключительные замечания по докладу Хорватии'],
    ['the title\'s asterisk, then a long subheading: the title ends', [f('Anglais, espagnol et français seulement'), f('Liste de points établie avant la soumission du rapport initial du Lesotho *', true), f('Renseignements concernant spécifiquement la mise en œuvre des articles 1er à 16 de la Convention', true)], 'Liste de points établie avant la soumission du rapport initial du Lesotho'],
    ['a body sentence where the paragraphs carry no number ends the block', [f('Заключительные замечания по докладам Эстонии *'), f('Комитет рассмотрел объединенные двенадцатый и тринадцатый периодические доклады Эстонии на своих 2877-м и 2878-м заседаниях, состоявшихся в апреле.', true)], 'Заключительные замечания по докладам Эстонии'],
    ['a Chinese treaty masthead wrapped onto two lines; the paragraph opens with a year', [f('联 合 国'), f('保护所有移徙工人及其', true), f('家庭成员权利 国际 公约', true), f('保护所有 移民工人 及其 家庭成员权利委员会', true), f('关于圭亚那初次报告的结论性意见*', true), f('1.2018年4月11日,委员会审议了报告。', true)], '关于圭亚那初次报告的结论性意见'],
    ['a resolution name glued to its number (docstore text)', [f('Резолюция, принятая Советом по правам человека 22 июня 2017 года'), f('35/3.Права человека и международная солидарность', true), f('Совет по правам человека,', true)], 'Права человека и международная солидарность'],
    ['a letter: the agenda items\' titles above it are out, its body ends the block (A/79/924–S/2025/351)', [f('Agenda items 69 (a) and 135'), f('Elimination of racism, racial discrimination, xenophobia', true), f('and related intolerance'), f('Eightieth anniversary of the end of the Second World War', true), f('Letter dated 2 June 2025 from the Permanent Representative of', true), f('the Russian Federation addressed to the Secretary-General'), f('I have the honour to transmit herewith a report by the Ministry of Foreign', true), f('Affairs regarding the situation (see annex).*')], 'Letter dated 2 June 2025 from the Permanent Representative of the Russian Federation addressed to the Secretary-General'],
    ['a body sentence after a break ends the block back to that break (A/HRC/WG.6/20/SVN/2)', [f('Compilation prepared by the Office of the High Commissioner'), f('Slovenia', true), f('The present report is a compilation of the information contained', true), f('in reports of the treaty bodies.')], 'Compilation prepared by the Office of the High Commissioner Slovenia'],
    ['a Spanish letter and its body (S/2023/664)', [f('Carta de fecha 12 de septiembre de 2023 dirigida a la Presidencia', true), f('del Consejo de Seguridad'), f('Siguiendo instrucciones de mi Gobierno, tengo el honor de', true), f('transmitirle una carta (véase el anexo).')], 'Carta de fecha 12 de septiembre de 2023 dirigida a la Presidencia del Consejo de Seguridad'],
    ['Russian and Chinese letters', [f('Пункт 69 повестки дня'), f('Ликвидация расизма', true), f('Письмо Постоянного представителя Российской Федерации', true), f('от 2 июня 2025 года на имя Генерального секретаря')], 'Письмо Постоянного представителя Российской Федерации от 2 июня 2025 года на имя Генерального секретаря'],
    ['a Chinese letter', [f('议程项目69(a)'), f('消除种族主义', true), f('2025年6月2日俄罗斯联邦常驻联合国代表给秘书长的信', true)], '2025年6月2日俄罗斯联邦常驻联合国代表给秘书长的信'],
    ['a numbered heading ends the block, in any language (docstore text of CRC/C/TUV/CO/2-5)', [f('关于图瓦卢第二至第五次合并定期报告的结论性意见', true), f('一.导言', true)], '关于图瓦卢第二至第五次合并定期报告的结论性意见'],
    ['a fragment that opens with a section heading has no title', [f('CCPR/C/NZL/CO/6'), f('C. Principal matters of concern and recommendations', true), f('Non-discrimination', true)], null],
    ['a masthead date whose year lost its space (docstore text of CMW/C/TJK/CO/2)', [f('Distr.: General'), f('9 May2019', true), f('关于塔吉克斯坦第二次定期报告的结论性意见*', true)], '关于塔吉克斯坦第二次定期报告的结论性意见'],
    ['nothing but masthead', [f('General Assembly'), f('Distr.: General')], null],
    ['no front matter', [], null],
  ])('%s', (_note, front, title) => expect(findTitle(front)).toBe(title));
});

describe('the review', () => {
  it.each([
    ['seventh', 7], ['thirty-fourth', 34], ['Forty-eighth', 48], ['twentieth', 20], ['22nd', 22], ['fourteenth', 14], ['session', null],
  ])('ordinal %s', (word, n) => expect(ordinalValue(word as string)).toBe(n));

  it.each([
    [12, null, 1], [13, null, 2], [26, null, 2], [27, null, 3], [40, null, 3], [41, null, 4], [null, '2010-03-23', 1], [null, '2015-03-04', 2], [null, '2020-02-19', 3], [null, '2022-11-20', 4], [null, null, null],
  ])('cycle of session %s, date %s', (session, date, cycle) => expect(cycleOf(session as number | null, date as string | null)).toBe(cycle));

  it('the State from the title, the session from the introduction', () => {
    const front = ['Agenda item 6', 'Universal periodic review', 'Report of the Working Group on the Universal Periodic', 'Review*', 'Slovenia'];
    expect(findReview(front, '1. The Working Group … held its thirty-fourth\nsession from 4 to 15 November 2019.', '2019-12-19')).toEqual({ state: 'Slovenia', cycle: 3, session: 34 });
  });
  it('the State from the introduction when the title has none (flattened text)', () => {
    expect(findReview([], 'The review of the Islamic Republic of Iran was held at the 7th meeting', '2014-12-22')).toEqual({ state: 'Islamic Republic of Iran', cycle: 2, session: null });
  });
  it('no State, no review', () => expect(findReview(['Report of the Secretary-General'], 'Nothing.', null)).toBeNull());

  // The other languages: each ordinal with the words of its language module.
  it.each([
    ['fr', 'quarante-septième', 47], ['fr', 'trentième', 30], ['fr', 'vingt et unième', 21], ['fr', 'dix-septième', 17], ['fr', '47e', 47],
    ['es', 'cuadragésimo séptimo', 47], ['es', 'trigésimo', 30], ['es', 'decimotercer', 13], ['es', '47º', 47],
    ['ru', 'сорок седьмую', 47], ['ru', 'тридцатую', 30], ['ru', '47-ю', 47],
    ['ar', 'السابعة والأربعين', 47], ['ar', 'الثلاثين', 30], ['ar', 'الحادية عشرة', 11],
    ['zh', '四十七', 47], ['zh', '十二', 12], ['zh', '七', 7], ['zh', '30', 30],
    ['fr', 'session', null],
  ])('%s ordinal %s', (code, phrase, n) => expect(ordinalPhraseValue(phrase as string, languageWords(code as string)?.upr?.ordinals)).toBe(n));

  it.each([
    ['fr', ['Rapport du Groupe de travail sur l’Examen périodique universel*', 'Burkina Faso'], '1. Le Groupe de travail … a tenu sa quarante-septième session du 4 au 15 novembre 2024.', 'Burkina Faso'],
    ['fr', [], 'Le Groupe de travail … a tenu sa trentième session. L’examen concernant le Burkina Faso a eu lieu à la 5e séance.', 'le Burkina Faso'],
    ['es', [], 'El Grupo de Trabajo … celebró su cuadragésimo séptimo período de sesiones. El examen de Burkina Faso se llevó a cabo en la quinta sesión.', 'Burkina Faso'],
    ['ru', ['Доклад Рабочей группы по универсальному периодическому обзору*', 'Буркина-Фасо'], 'Рабочая группа … провела свою сорок седьмую\nсессию 4–15 ноября 2024 года.', 'Буркина-Фасо'],
    ['ar', ['تقرير الفريق العامل المعني بالاستعراض الدوري الشامل*', 'بوركينا فاسو'], 'عقد الفريق العامل دورته السابعة والأربعين في الفترة من 4 إلى 15 تشرين الثاني/نوفمبر 2024.', 'بوركينا فاسو'],
    ['zh', [], '普遍定期审议工作组于2024年11月4日至15日举行了\n第四十七届会议。对布基纳法索的审议于2024年11月6日进行。', '布基纳法索'],
  ])('%s: the State under review and the session', (code, front, body, state) => {
    const review = findReview(front as string[], body as string, '2024-12-02', code as string);
    expect(review?.state).toBe(state);
    expect(review?.session).toBe(/trentième/.test(body as string) ? 30 : 47);
  });
});

describe('chapeau positions (POSITION_RULES)', () => {
  const rows: [string, string, string | null][] = [
    ['did-not-enjoy-support', 'The recommendations below did not enjoy the support of Switzerland:', 'noted'],
    ['noted', 'The recommendations formulated during the interactive dialogue/listed below were noted by Guatemala.', 'noted'],
    ['enjoy-support', 'The recommendations formulated during the interactive dialogue/listed below have been examined by Slovenia and enjoy the support of Slovenia:', 'supported'],
    ['enjoy-support', 'The following recommendations enjoy the support of X, which considers that they are already implemented or in the process of implementation:', 'supported'],
    ['will-be-examined', 'The following recommendations will be examined by Argentina which will provide responses in due time, but no later than the 22nd session', 'pending'],
    ['response-in-outcome', 'The response of France to these recommendations will be included in the outcome report adopted by the Human Rights Council at its eighth session.', 'pending'],
    ['', 'In the course of the discussion, the following recommendations were made to France:', null],
    // The other languages (language modules; fixtures/upr-languages paragraphs 8 and 9).
    ['translated-not-supported', 'Les recommandations ci-après n’ont pas recueilli l’appui du Burkina Faso :', 'noted'],
    ['translated-not-supported', 'Las recomendaciones que figuran a continuación no contaron con el apoyo de Chile:', 'noted'],
    ['translated-not-supported', 'Следующие рекомендации не пользуются поддержкой Буркина-Фасо:', 'noted'],
    ['translated-not-supported', 'لم تحظ التوصيات التالية بتأييد بوركينا فاسو:', 'noted'],
    ['translated-not-supported', '下列建议未得到布基纳法索的支持：', 'noted'],
    ['translated-noted', 'Le Burkina Faso a pris note des recommandations ci-après :', 'noted'],
    ['translated-noted', 'Les recommandations ci-après ont été prises en note par le Burkina Faso :', 'noted'],
    ['translated-noted', 'Burkina Faso tomó nota de las recomendaciones que figuran a continuación:', 'noted'],
    ['translated-noted', 'Буркина-Фасо приняла к сведению следующие рекомендации:', 'noted'],
    ['translated-noted', 'أحاطت بوركينا فاسو علماً بالتوصيات التالية:', 'noted'],
    ['translated-noted', '布基纳法索注意到下列建议：', 'noted'],
    ['translated-supported', 'Les recommandations ci-après ont été examinées par le Burkina Faso et ont recueilli son adhésion :', 'supported'],
    ['translated-supported', 'Les recommandations ci-après ont recueilli l’appui du Burkina Faso :', 'supported'],
    ['translated-supported', 'Las recomendaciones que figuran a continuación contaron con el apoyo de Chile:', 'supported'],
    ['translated-supported', 'Следующие рекомендации были рассмотрены Буркина-Фасо и пользуются ее поддержкой:', 'supported'],
    ['translated-supported', 'درست بوركينا فاسو التوصيات التالية وهي تحظى بتأييدها:', 'supported'],
    ['translated-supported', '布基纳法索审查了下列建议，这些建议得到布基纳法索的支持：', 'supported'],
    ['translated-pending', 'Les recommandations ci-après seront examinées par le Burkina Faso, qui y répondra en temps voulu :', 'pending'],
    ['translated-pending', 'Las recomendaciones que figuran a continuación serán examinadas por Chile, que responderá a ellas a su debido tiempo:', 'pending'],
    ['translated-pending', 'Следующие рекомендации будут рассмотрены Буркина-Фасо, которая представит ответы в надлежащие сроки:', 'pending'],
    ['translated-pending', 'ستنظر بوركينا فاسو في التوصيات التالية وستقدم ردودها في الوقت المناسب:', 'pending'],
    ['translated-pending', '布基纳法索将审议下列建议，并将在适当时候作出答复：', 'pending'],
  ];
  it.each(rows)('%s: %s', (rule, text, response) => {
    const got = statedPosition(text);
    expect(got?.response ?? null).toBe(response);
    if (rule) expect(got?.rule).toBe(rule);
  });
  it('every rule has a row', () => expect(new Set(rows.map((r) => r[0]).filter(Boolean))).toEqual(new Set(POSITION_RULES.map((r) => r.id))));
});

describe('addendum answers', () => {
  it.each([
    ['122.17-18', ['122.17', '122.18']], ['1–3', ['1', '2', '3']], ['150 – 152', ['150', '151', '152']], ['122.91- 104', Array.from({ length: 14 }, (_, k) => `122.${91 + k}`)], ['122.5', ['122.5']], ['122.14-122.15', ['122.14', '122.15']], ['x', []],
    // HYPHEN_DROPPED: pdftotext joined "122.62-" and "66" (fixture: pdftotext text of A/HRC/43/15/Add.1)
    ['122.6266', ['122.62', '122.63', '122.64', '122.65', '122.66']], ['122.118120', ['122.118', '122.119', '122.120']], ['122.99000', []],
  ])('range %s', (token, out) => expect(expandRange(token as string)).toEqual(out));

  it('lists: accepted and noted, ranges, a missing space after a comma', () => {
    const answers = addendumAnswers([
      { label: '3', text: 'The Government accepts the following recommendations 122.1, 122.17-18, 122.141-142,122.146.' },
      { label: '5', text: 'For the time being, the Government notes recommendations 122.2-4 and 122.13. See recommendation 122.28.' },
    ]);
    expect(answers.map((a) => `${a.recommendation}:${a.response}:${a.paragraph}`)).toEqual([
      '122.1:supported:3', '122.17:supported:3', '122.18:supported:3', '122.141:supported:3', '122.142:supported:3', '122.146:supported:3',
      '122.2:noted:5', '122.3:noted:5', '122.4:noted:5', '122.13:noted:5',
    ]);
  });
  it('a full stop used as a list separator', () => {
    expect(addendumAnswers([{ label: '2', text: 'Slovenia accepts recommendations 140.35. 140.36.' }]).map((a) => a.recommendation)).toEqual(['140.35', '140.36']);
  });
  it('one answer per paragraph (2010), labels inside the text and wrapped', () => {
    const answers = addendumAnswers([
      { label: '1', text: 'Slovenia cannot, at this point in time, make a definitive statement.' },
      { label: '2', text: 'Slovenia accepts the recommendation. 3., 4., Slovenia accepts these recommendations in the light of the 5., 6. decision of the Court.' },
      { label: '7', text: 'Slovenia accepts the recommendation on X. However, it cannot accept the recommendation on Y.' },
    ]);
    expect(answers.map((a) => `${a.recommendation}:${a.response}`)).toEqual(['1:noted', '2:supported', '3:supported', '4:supported', '5:supported', '6:supported', '7:noted']);
  });
  it.each([
    ['Slovenia received 215 recommendations, of which 58 were immediately supported. On the remaining 157 recommendations, of which 124 are now supported and 33 noted.', [[124, 33]]],
    ['The Government accepts 142 recommendations. For the time being, the Government notes 21 recommendations.', [[142, 21]]],
    ['Of the 120 recommendations, 100 have been accepted and 20 were noted.', [[100, 20]]],
    ['The Government accepts recommendations 1, 2 and 5.', []],
    ['58 recommendations were supported. The report was adopted. Later, 3 were noted.', []],
  ])('printed totals: %s', (text, totals) => {
    expect(printedTotals(text).map((t) => [t.supported, t.noted])).toEqual(totals);
  });
  it('comment blocks under a list that does not hold their recommendation are contradictions', () => {
    const paragraphs = [
      { label: '3', text: 'The Government accepts recommendations 122.1-3. It adds the following. 122.1–2 Already done. 122.4 Under way.' },
      { label: '4', text: 'The Government notes recommendations 122.4, 122.5. 122.5 Not a priority. See recommendation 122.1 above.' },
    ];
    const found = commentContradictions(paragraphs, addendumAnswers(paragraphs));
    expect(found.map((c) => `${c.recommendation}:${c.under}:${c.listed}`)).toEqual(['122.4:supported:noted']);
  });
  it('the addendum says what it is in its title', () => {
    expect(ADDENDUM_TITLE.test('Views on conclusions and/or recommendations, voluntary commitments and replies presented by the State under review')).toBe(true);
  });
});
