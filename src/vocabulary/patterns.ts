/**
 * Every regular expression that recognises a piece of UN document layout,
 * in one place. Each is anchored or bounded so that it runs in linear time on
 * a line of any length: no nested quantifiers, no lookahead after an
 * unbounded run.
 */

import { HEADING_NUMBER_WORDS, ITEM_MARKER_WORDS, LANGUAGE_NAMES, LOOKALIKE_LETTERS, MONTH_NAMES, PAGE_WORDS } from './languages/index.js';

/** Words as one alternation, longest first ("十一" before "十"), metacharacters escaped. */
function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** The first code units of some words: what an anchored alternation of them can begin with. */
function firstUnits(words: Iterable<string>): ReadonlySet<number> {
  return new Set([...words].map((w) => w.charCodeAt(0)));
}

/** Is this UTF-16 code unit an ASCII digit? The one-unit looks before patterns ask it. */
export function isDigitUnit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A text that goes on in lower case. */
export const LOWER_START = /^\p{Ll}/u;

/** Months of every language: a number before them is a date, not a marker. */
const MONTHS = MONTH_NAMES;

/** A month name at the start: what follows a day of session dates, never a paragraph's text. Arabic prints two names joined by a slash; either opens. */
export const MONTH_START = new RegExp(`^(?:${MONTHS.replaceAll('/', '|')})(?![\\p{L}])`, 'iu');

/**
 * Where a flattened line may be cut: the blank before a paragraph number
 * ("78. The", "121.1 Ratify", "1. <tab>To complete"), before a sub-item after
 * clause punctuation ("; (b) The"), or before a roman/letter heading. The
 * lookbehind pins the match to the start of a blank run so that long runs of
 * spaces are not rescanned from every position.
 */
export const FLAT_CUT = new RegExp(
  [
    // paragraph number: "78. The", "121.1 Ratify", "83.1. Consider", "12. État"; never a number without its
    // dot ("الفقرة 1 من المادة 12": "paragraph 1 of article 12" in a line of docstore's Arabic text)
    String.raw`(?=\s)(?<=\S)\s+(?=\d{1,3}(?:\.\d{1,3}\.?|\.)\s+[\p{Lu}\p{Lo}“"‘(\[«¿¡])(?!\d{1,3}\s+(?:${MONTHS})(?![\p{L}]))`,
    // sub-item after clause punctuation: "; (b) The", ": (a) Ratify", "; and (iv) provide"
    String.raw`(?=\s)(?<=[;:.]|[;:,] and|[;:,] or)\s+(?=\((?:[a-z]|[ivx]{1,5})\)\s)`,
    // roman or capital-letter heading: "II. Conclusions", "A. Introduction", "C. État de droit"
    String.raw`(?=\s)(?<=[.;:\p{Ll})])\s+(?=(?:[IVX]{1,6}|[A-H])\.\s+\p{Lu}\p{L})`,
  ].join('|'),
  'gu',
);

/**
 * A paragraph number at the start of a line: "91.", "78. The", "121.1",
 * "83.1.", Arabic "9 - توصي" (the number, a dash, the text) and its UPR
 * sub-numbers "90-1 التصديق" (read as 90.1), Chinese "9.委员会"
 * and "9．" (no space before Han text), and "1.Комитет", "1.The" where a
 * text extraction dropped the tab after the number (docstore.ohchr.org's text
 * of treaty-body documents; fixtures/cases/flat-numbering-ru), "1.2016年11月",
 * "1.7月15日" (a Chinese paragraph that opens with a date, never paragraph 1.7). `m[3]` is the mark after an undotted
 * number: empty when there is none.
 */
export const PARA_NUMBER = /^(\d{1,3})(?:(?:\.|-(?=\d{1,3}\s+\p{sc=Arabic}))(\d{1,3})(?![\d年月日]))?(\s?-(?=\s*\p{sc=Arabic})|．|\.?)(?:\s+|$|(?<=[.．])(?=\p{sc=Han})|(?<=\d\.)(?=\p{Lu}|\d{1,4}[年月]))/u;

/** An Arabic paragraph number as pdftotext gives it, the dash before the number and the text glued on: "- 1نظرت". */
export const FLIPPED_PARA_NUMBER = /^-\s?(\d{1,3})\s?(?=\p{sc=Arabic})/u;

/**
 * Can the text begin with a paragraph number (PARA_NUMBER or FLIPPED_PARA_NUMBER)? Both are
 * anchored on a digit or "-": one look at the first unit answers for most lines, which are asked
 * again as the line after another and in the look-ahead for item labels (issue 15).
 */
export function mayStartParagraphNumber(text: string): boolean {
  const c = text.charCodeAt(0);
  return isDigitUnit(c) || c === 45;
}

/**
 * A sub-item marker at the start of a line: "(a)", "(ii)", "a)", "ii)", "(aa)",
 * or a marker of another script (`m[3]`, looked up in ITEM_MARKER_WORDS:
 * "(ب)", "’1‘", "（a）", "㈠"). A letter or an opening quote may follow without a space ("a)La loi",
 * "а)привести", "(a)《劳工法》": docstore.ohchr.org's text drops the tab after the marker).
 */
export const ITEM_MARKER = new RegExp(
  String.raw`^(?:\(([a-z]{1,2}|[ivxlc]{1,6})\)|([a-z]|[ivx]{2,5})\)|(${alternation(ITEM_MARKER_WORDS.keys())}))(?:\s+|$|(?=[\p{L}《「“"«]))`,
  'u',
);
const ITEM_WORD_FIRST = firstUnits(ITEM_MARKER_WORDS.keys());

/** Can the text begin with an item marker (ITEM_MARKER)? It opens with "(", a small Latin letter or the first unit of a marker word. */
export function mayStartItemMarker(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 40 || (c >= 97 && c <= 122) || ITEM_WORD_FIRST.has(c);
}

/** A roman-numbered heading: "VIII. RECOMMENDATIONS", "II." alone, "I.Введение" (a text extraction dropped the tab). */
export const ROMAN_HEADING = /^([IVXL]{1,6})\.(?:(?:\s+|(?=\p{Lu}\p{Ll}|\p{sc=Han}))(.*))?$/u;

/** A capital-letter heading: "A. Introduction", "B." alone, also with a look-alike letter of another script ("В. Позитивные аспекты"), "A.导言" with the tab dropped. */
export const LETTER_HEADING = new RegExp(String.raw`^([A-Z${Object.keys(LOOKALIKE_LETTERS).join('')}])\.(?:(?:\s+|(?=\p{Lu}\p{Ll}|\p{sc=Han}))(.*))?$`, 'u');

/** A heading numbered with a word or numeral and a separator: "باء - الجوانب الإيجابية", "一、导言". */
export const WORD_HEADING = new RegExp(String.raw`^(${alternation(HEADING_NUMBER_WORDS.keys())})\s*[-–—.、．:]\s*(.*)$`, 'u');
const HEADING_WORD_FIRST = firstUnits(HEADING_NUMBER_WORDS.keys());

/**
 * Can the text begin a numbered heading (ROMAN_HEADING, LETTER_HEADING, WORD_HEADING)? A roman
 * number opens with I, V, X or L; a letter heading has its dot second (its letters are single
 * units); a word heading opens with the first unit of a number word. Most lines are none: three
 * patterns spared on each (issue 15).
 */
export function mayStartNumberedHeading(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 73 || c === 86 || c === 88 || c === 76 || text.charCodeAt(1) === 46 || HEADING_WORD_FIRST.has(c);
}

/** Old-style running header: "page 18", "Page 3", "- 3 -". */
export const PAGE_WORD = new RegExp(String.raw`^(?:${PAGE_WORDS})\s+(\d{1,4})$`);

/** A bare page number or "2/9" page-of-pages footer. */
export const BARE_PAGE_NUMBER = /^(?:-\s*)?(\d{1,4})(?:\s*-)?$|^(\d{1,4})\/(\d{1,4})$/;

/** Geneva job number: "GE.09-14368 (E) 010709", "GE.19-21936(E)". */
export const GENEVA_JOB = /^GE\.\d{2}-\d{4,6}\s*(?:\([A-Z]\))?(?:\s+\d{6})?(?:\s+\*\d+\*)?/;

/** New York job number: "23-21227", "23-21227 (E) 131123", "97-32375 (E)", "25-03579* (E)". */
export const NEW_YORK_JOB = /^\d{2}-\d{5}\*?(?:\s*\([A-Z]\))?(?:\s+\d{6})*$/;

/** Barcode rendered as text: "*2321227*". */
export const BARCODE = /^\*\d{7,10}\*$/;

/** Six-digit date stamps that follow job numbers on their own line: "251197". */
export const DATE_STAMP = /^\d{6}$/;

/** Continuation mark at the foot of old documents. */
export const CONTINUATION = /^\/\s?\.\.\.$|^\.\.\.\/$/;

/** Recycling logo text. */
export const RECYCLE = /^Please\s+recycle$/i;

/** Footnote separator rule. */
export const FOOTNOTE_RULE = /^[_\-–—]{5,}$/;

/** Language line of old running headers: "English", "ENGLISH". */
export const LANGUAGE_LINE = new RegExp(`^(?:${LANGUAGE_NAMES})$`);

/** A footnote note line: "11 See …", "1/ Official Records …", "* Reissued …", Arabic "(1) انظر …". */
export const FOOTNOTE_NOTE = /^(?:(\d{1,3})\/?|\((\d{1,3})\)(?=\s*\p{sc=Arabic})|(\*{1,3}))(?:\s+|(?=[A-Z“"]))(\S.*)$/u;

/** A note number alone on its line (pdftotext default mode puts the number on its own line). */
export const FOOTNOTE_NUMBER_ALONE = /^(\d{1,3}(?=\/?$)|\*{1,3}$)/;

/**
 * Footnote markers glued to the text. `m[1]` is the marker. Covered:
 * "framework;11", "Convention,1", "(2025)3" (after punctuation that closes
 * a word), "action3" (after two or more lower-case letters), "Review*",
 * "recommendations**", "1/CMA.5,18 and" (after a symbol's number and a
 * comma, before lower-case text), in any cased script ("sécurité1",
 * "человека1"). Scripts without case (Arabic, Han) glue digits to words
 * in ordinary text ("第3条"): their markers need the note on the page
 * (markers.ts). A number after a letter run or punctuation never
 * belongs to the text in UN editing ("1 July 2003", "58/208" have a space or
 * a slash before them).
 */
export const GLUED_MARKER = /(?=[\d*])(?<=\p{Ll}{2}|\p{Ll}[.,;:)’”"]|[)’”"][.,;:]?|\d;|\d,(?=\d{1,2}\s+\p{Ll}))(\d{1,3}|\*{1,3})(?=[\s.,;:)]|$)/gu;

/** 1990s markers: "resolution 48/141 1/ of" — a number and slash not followed by a digit. */
export const SLASH_MARKER = /(?=\d)(?<=\S )(\d{1,2})\/(?=[\s.,;:)]|$)/g;

/** UI noise that web pages leave around pasted text. */
export const INTERFACE_NOISE =
  /^(?:select\s+(?:target\s+)?paragraph|download|print|share|copy\s+link|back\s+to\s+top|skip\s+to\s+(?:main\s+)?content|cookies?|menu|search|top\s+of\s+page)[\w\s]{0,20}$/i;

/**
 * A word at the end of text that takes the number after it: "paragraph 23",
 * "resolution 5", "from 3 to 6", "1 July": the number is text, never a page
 * number glued to the line nor a footnote marker set apart by a space.
 */
export const TAKES_NUMBER = new RegExp(
  String.raw`(?:\b(?:paragraphs?|paras?\.?|resolutions?|decisions?|articles?|arts?\.?|rules?|regulations?|items?|chapters?|sections?|annex|page|pages|No\.|Nos\.|number|principle|recommendations? No\.?|Goal|target|session|meeting|Protocol|Convention No\.?|and|to|or|of|than|over|under|about|some|nearly|almost|least|most|by|from|between|since|in|on|at|\d+|${MONTHS}))$`,
  'i',
);

/**
 * Words after which a spaced number is text, not a footnote marker set apart
 * by the extraction: "article 2", "paragraphs 1 and 2", "from 3 to 6",
 * "resolution 242". Case as printed: "Dispute Resolution 5" ends a name and
 * takes a marker; "decision" is left out, its numbers have slashes
 * ("decision 27/2"), so "the ministerial decision 8 that" is a marker.
 */
export const NUMBER_TAKER = new RegExp(
  String.raw`(?:\b(?:paragraphs?|paras?\.|[Aa]rticles?|arts?\.|[Rr]ules?|regulations?|items?|[Cc]hapters?|[Ss]ections?|annex|pages?|No\.|Nos\.|number|principles?|Goals?|targets?|resolutions?|and|to|or|of|than|over|under|about|some|nearly|almost|least|most|by|from|between|since|in|on|at|${MONTHS}))$`,
);

/**
 * Two blanks or more: the gap between layout cells of a line (pdftotext -layout, docstore text).
 * Patterns used inside a function are module constants: a literal is a new RegExp object each
 * time it is evaluated, and interpreted code, which runs until the compiler has a function
 * hot, pays for it on every line (issue 15).
 */
export const CELL_GAP = /\s{2,}/;
