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
    [/(?<!\p{L})[وف]?يجب(?!\p{L})/u, 'modal:must'],
  ],
  // "ينبغي قراءة هذه الملاحظات الختامية بالاقتران مع…": these observations should be read with…
  nonDirectiveModal: /(?<!\p{L})ينبغي\s+(?:أن\s+)?(?:قراءة|تُقرأ|تقرأ|فهم|تفسير)(?!\p{L})/u,
  recommendationStem: 'توصي',
  annexWords: ['المرفق'],
  pageWords: ['الصفحة'],
  upr: {
    reportTitle: /تقرير\s+الفريق\s+العامل\s+المعني\s+بالاستعراض\s+الدوري\s+الشامل/u,
    titleEnd: /بالاستعراض\s+الدوري\s+الشامل[\s*\d]*$/u,
    session: /دورته\s+(?<n>\d{1,2}|\p{L}+(?:\s\p{L}+){0,2}?)\s+(?:في|من)\s/u,
    // Feminine ordinals (دورة is feminine); a compound joins the unit and the tens with و: "السابعة والأربعين".
    ordinals: {
      الأولى: 1, الحادية: 1, الثانية: 2, الثالثة: 3, الرابعة: 4, الخامسة: 5, السادسة: 6, السابعة: 7, الثامنة: 8, التاسعة: 9, العاشرة: 10, عشرة: 10,
      العشرين: 20, والعشرين: 20, الثلاثين: 30, والثلاثين: 30, الأربعين: 40, والأربعين: 40, الخمسين: 50, والخمسين: 50, الستين: 60, والستين: 60,
    },
    positions: {
      notSupported: /(?:لم|لا)\s+(?:تحظ|تحظى|يحظ)\s+(?:\p{L}+\s+){0,3}?بتأييد/u,
      // The subject may stand between the verb and علماً: "أحاطت بوركينا فاسو علماً بالتوصيات".
      noted: /(?<!\p{L})[وف]?(?:أحاطت|أحاط|تحيط|يحيط)\s+(?:\p{L}+\s+){0,4}?علماً?|أُحيط\s+علماً?/u,
      supported: /(?<!\p{L})(?:تحظى|حظيت)\s+بتأييد/u,
      pending: /(?<!\p{L})(?:ستنظر|سينظر|ستدرس|سيدرس)\s|ستقدم\s+ردود/u,
    },
    // "(فرنسا وألمانيا)": the conjunction is written onto the next name.
    stateAnd: /\s+و(?=\p{L})/u,
  },
  languageNames: ['ARABIC'],
  letterTitle: /^(?:رسالة|رسالتان متطابقتان|رسائل متطابقة|مذكرة شفوية) مؤرخة/u,
  reportTitle: /^(?:تقرير|مذكرة|الملاحظات الختامية|رسالة مؤرخة|رسالتان متطابقتان)/imu,
  mastheadLines: [/^الأمم\s+المتحدة$/u, /^(?:الجمعية\s+العامة|مجلس\s+الأمن|المجلس\s+الاقتصادي\s+والاجتماعي)$/u, /^(?:اتفاقية|الاتفاقية الدولية|العهد الدولي) \S.{4,120}$/u, /^(?:اللجنة المعنية|لجنة) \S.{4,100}$/u],
  // "الدورة الخامسة والتسعون", "الفريق العامل لما قبل الدورة", "النظر في التقارير المقدمة من الدول الأطراف بموجب المادة 40 من العهد".
  sessionLines: [/^الدورة(?:\s+\S+){1,4}$/u, /^الفريق\s+العامل\s+لما\s+قبل\s+الدورة.*$/u, /^النظر\s+في\s+التقارير\s+المقدمة\s+من\s+الدول\s+الأطراف.*$/u],
  agendaLine: /^(?:البند|البنود)\s+\d+\s+من\s+جدول\s+الأعمال/u,
  titleBlockEnd: /^(?:مقدمة|موجز|المحتويات)$/u,
  numbering: {
    chapters: ['أولا', 'ثانيا', 'ثالثا', 'رابعا', 'خامسا', 'سادسا', 'سابعا', 'ثامنا', 'تاسعا', 'عاشرا'],
    // Section letters spelled as the names of the abjad letters: ألف (A), باء (B) … ياء (J).
    sections: ['ألف', 'باء', 'جيم', 'دال', 'هاء', 'واو', 'زاي', 'حاء', 'طاء', 'ياء', 'كاف', 'لام'],
    // (e) is also printed without its tatweel, "(ه)" (docstore text of CCPR/C/BIH/CO/3).
    itemLetters: [ABJAD.map((l) => `(${l})`), ABJAD.map((l) => (l === 'هـ' ? '(ه)' : `(${l})`))],
    itemRomans: [QUOTED_NUMBERS],
  },
};
