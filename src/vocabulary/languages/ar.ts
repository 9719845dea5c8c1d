/**
 * Arabic: its dates and basic directive verbs so far (masthead "4 تموز/يوليه 2025", the Levantine
 * and the Egyptian month name joined by a slash); the rest of its vocabulary
 * comes with the six-language work.
 */
import type { LanguageWords } from './types.js';

/** UN Arabic prints both names of a month, "تموز/يوليه"; either alone is read too. */
const MONTH_PAIRS = [
  ['كانون الثاني', 'يناير'], ['شباط', 'فبراير'], ['آذار', 'مارس'], ['نيسان', 'أبريل'], ['أيار', 'مايو'], ['حزيران', 'يونيه'],
  ['تموز', 'يوليه'], ['آب', 'أغسطس'], ['أيلول', 'سبتمبر'], ['تشرين الأول', 'أكتوبر'], ['تشرين الثاني', 'نوفمبر'], ['كانون الأول', 'ديسمبر'],
] as const;
const MONTHS = MONTH_PAIRS.map(([levant, egypt]) => `${levant}/${egypt}`);
const MONTH_FORMS = MONTH_PAIRS.flatMap(([levant, egypt]) => [`${levant}\\s*/\\s*${egypt}`, egypt, levant]);

/** Item letters in the abjad order UN Arabic lists follow: (أ) is (a), (ب) is (b), (هـ) is (e). */
const ABJAD = ['أ', 'ب', 'ج', 'د', 'هـ', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س', 'ع', 'ف', 'ص', 'ق', 'ر', 'ش', 'ت', 'ث', 'خ', 'ذ', 'ض', 'ظ', 'غ'];
/** Nested items are numbered between reversed quotes, ’1‘ for (i). */
const QUOTED_NUMBERS = Array.from({ length: 20 }, (_, k) => `’${k + 1}‘`);

export const ar: LanguageWords = {
  code: 'ar',
  stopwords: ['في', 'من', 'على', 'إلى', 'أن', 'التي', 'الذي', 'مع'],
  months: MONTHS,
  dates: [new RegExp(String.raw`(?<![\p{L}\d])(?<day>\d{1,2}) (?<month>${MONTH_FORMS.join('|')}) (?<year>\d{4})`, 'u')],
  // A verb may carry the conjunction و or ف ("وتوصي"); bounded so that the noun "التوصية" is not the verb "توصي".
  directives: [
    [/(?<!\p{L})[وف]?(?:يوصي|توصي)(?!\p{L})/u, 'verb:recommends'],
    [/(?<!\p{L})[وف]?(?:يحث|تحث|يهيب|تهيب)(?!\p{L})/u, 'verb:urges'],
    [/(?<!\p{L})[وف]?(?:يشجع|تشجع)(?!\p{L})/u, 'verb:encourages'],
    [/(?<!\p{L})[وف]?(?:يدعو|تدعو)(?!\p{L})/u, 'verb:invites'],
    [/(?<!\p{L})[وف]?(?:يطلب|تطلب)(?!\p{L})/u, 'verb:requests'],
    [/(?<!\p{L})[وف]?ينبغي(?!\p{L})/u, 'modal:should'],
  ],
  recommendationStem: 'توصي',
  annexWords: ['المرفق'],
  pageWords: ['الصفحة'],
  languageNames: ['ARABIC'],
  reportTitle: /^(?:تقرير|مذكرة|الملاحظات الختامية|رسالة مؤرخة|رسالتان متطابقتان)/imu,
  mastheadLines: [/^الأمم\s+المتحدة$/u, /^(?:اتفاقية|الاتفاقية الدولية|العهد الدولي) \S.{4,120}$/u, /^(?:اللجنة المعنية|لجنة) \S.{4,100}$/u],
  numbering: {
    chapters: ['أولا', 'ثانيا', 'ثالثا', 'رابعا', 'خامسا', 'سادسا', 'سابعا', 'ثامنا', 'تاسعا', 'عاشرا'],
    // Section letters spelled as the names of the abjad letters: ألف (A), باء (B) … ياء (J).
    sections: ['ألف', 'باء', 'جيم', 'دال', 'هاء', 'واو', 'زاي', 'حاء', 'طاء', 'ياء', 'كاف', 'لام'],
    itemLetters: [ABJAD.map((l) => `(${l})`)],
    itemRomans: [QUOTED_NUMBERS],
  },
};
