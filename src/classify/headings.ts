/**
 * Headings. Levels follow UN editing: roman chapters (1) > capital-letter
 * sections (2) > arabic sub-headings (3) > unnumbered subject headings (4).
 * "Annex" and its kin are level 0: they end the body, annexes are out.
 */
import { ANNEX_WORDS, HEADING_NUMBER_WORDS, LOOKALIKE_LETTERS, RECOMMENDATION_STEMS } from '../vocabulary/languages/index.js';
import { isDigitUnit, LETTER_HEADING, mayStartNumberedHeading, ROMAN_HEADING, WORD_HEADING } from '../vocabulary/patterns.js';

export interface HeadingMatch {
  level: 0 | 1 | 2 | 3 | 4;
  /** "VIII", "A", "1"; null for unnumbered headings. */
  number: string | null;
  /** Heading text without its number and footnote asterisks; empty when the number stands alone. */
  text: string;
  /** The number as printed with its separator, when it is not "<number>. " ("باء - ", "一、", "В. ", "A." glued to its title). */
  printed?: string;
}

/** A line that is only "Annex", "ANNEX II", "Appendix A", "Annexe", "Anexo" (with a footnote mark at most). */
/** Exported for the test of its precheck (ANNEX_FIRST). */
export const ANNEX = new RegExp(String.raw`^(?:${ANNEX_WORDS})(?:\s+(?:[IVXL]{1,5}|\d{1,2}|[A-Z]))?\*{0,3}$`);
/** The units the annex words begin with: a line that begins otherwise is no annex heading (asked of every line, twice). */
const ANNEX_FIRST = new Set(ANNEX_WORDS.split('|').map((w) => w.charCodeAt(0)));

/** A footnote mark glued to a heading's last word: "recommendations**", "Introduction1". */
const HEADING_MARK = /(?=[*\d])(?<=[\p{L})])(?:\*{1,3}|\d{1,3})$/u;
/** Blanks inside heading text, collapsed to one space (replace with a global pattern leaves its lastIndex at 0). */
const BLANKS = /\s+/g;

/** Strip footnote asterisks and markers from heading text: "recommendations**" → "recommendations". */
export function cleanHeadingText(text: string): string {
  return text.replace(HEADING_MARK, '').replace(BLANKS, ' ').trim();
}

/** UN heading titles fit on two lines; a longer "title" is a sentence. */
const TITLE_MAX = 160;
/** An unnumbered subject heading is a phrase of one line. */
const SUBJECT_HEADING_MAX = 120;

/** A sentence's punctuation at the end: no title ends so (but "..." may). */
const SENTENCE_PUNCTUATION_END = /[.;,。；，]$/;
const ELLIPSIS_END = /\.\.\.$/;
/** A title opens on a capital, a letter of a script without case, or an opening quote or bracket (exported, as the next, for the test of mayOpenTitle). */
export const TITLE_START = /^[\p{Lu}\p{Lo}“"‘(«]/u;
/** A title in capitals. */
export const CAPITALS_TITLE = /^\p{Lu}[\p{Lu}\s,'’-]+$/u;

/**
 * Can the text open a title (TITLE_START or CAPITALS_TITLE)? Of the ASCII units only the capitals,
 * '"' and '(' can: one look answers for the lines that open in lower case or with a digit, most of
 * a body, before the patterns (issue 15).
 */
export function mayOpenTitle(text: string): boolean {
  const c = text.charCodeAt(0);
  return !(c < 128) || (c >= 65 && c <= 90) || c === 34 || c === 40;
}

function titleLike(text: string): boolean {
  if (text.length === 0 || text.length > TITLE_MAX || !mayOpenTitle(text)) return false;
  if (SENTENCE_PUNCTUATION_END.test(text) && !ELLIPSIS_END.test(text)) return false;
  return TITLE_START.test(text) || CAPITALS_TITLE.test(text);
}

/** "A.Введение": the title right after the dot, as a text extraction that dropped the tab gives it. */
function glued(m: RegExpExecArray): boolean {
  return m[2] !== undefined && m[2] !== '' && m[0][m[1]!.length + 1] !== ' ';
}

/** A numbered heading on one line: roman or capital letter, with or without its title. */
export function numberedHeading(text: string): HeadingMatch | null {
  if (!mayStartNumberedHeading(text)) return null;
  let m = ROMAN_HEADING.exec(text);
  if (m && (m[2] === undefined || titleLike(m[2]))) {
    // "I." could be a capital-letter heading; roman wins, as in UN chapters.
    return { level: 1, number: m[1]!, text: cleanHeadingText(m[2] ?? ''), ...(glued(m) ? { printed: `${m[1]}.` } : {}) };
  }
  m = LETTER_HEADING.exec(text);
  if (m && (m[2] === undefined || titleLike(m[2]))) {
    const latin = LOOKALIKE_LETTERS[m[1]!];
    const printed = glued(m) ? `${m[1]}.` : latin ? `${m[1]}. ` : undefined;
    return { level: 2, number: latin ?? m[1]!, text: cleanHeadingText(m[2] ?? ''), ...(printed ? { printed } : {}) };
  }
  m = WORD_HEADING.exec(text);
  const word = m ? HEADING_NUMBER_WORDS.get(m[1]!) : undefined;
  if (m && word && (m[2] === '' || titleLike(m[2]!))) {
    return { ...word, text: cleanHeadingText(m[2]!), printed: text.slice(0, text.length - m[2]!.length) };
  }
  return null;
}

/** An annex heading ends the body. */
export function isAnnexHeading(text: string): boolean {
  return ANNEX_FIRST.has(text.charCodeAt(0)) && ANNEX.test(text);
}

/** "101st plenary meeting", "[Adopted without a vote.]" (see isClosingLine; exported for the test of its precheck). */
export const CLOSING_LINE = /^(?:\d{1,5}(?:st|nd|rd|th) (?:plenary )?meeting(?:\s+\d{1,2} \w+ \d{4})?|\[?Adopted (?:without a vote|by a recorded vote|by consensus)[^\]]{0,120}\]?\.?)$/i;

/**
 * The closing lines of a resolution ("101st plenary meeting", "[Adopted
 * without a vote.]", "9876th meeting"): they end the last operative paragraph.
 */
export function isClosingLine(text: string): boolean {
  // CLOSING_LINE opens with a digit, "[" or "Adopted" (any case).
  const c = text.charCodeAt(0);
  if (!(isDigitUnit(c) || c === 91 || c === 65 || c === 97)) return false;
  return CLOSING_LINE.test(text);
}

/** What no subject heading has: an opening parenthesis, a semicolon of any script. */
const PARENTHESIS_OR_SEMICOLON = /^\(|[;؛；]/u;

/**
 * Could the line be an unnumbered subject heading, by its own text? Short, title-like, no closing ":"; a subject
 * heading never opens with a parenthesis nor carries a semicolon: "(Switzerland);3" is the end of a
 * recommendation; so is Arabic "(فرنسا)؛" (fixtures/upr-languages/ar, 8.7). Cheap: the role rule asks it
 * before looking at the lines around (most lines of a body are running text).
 */
export function mayBeSubjectHeading(text: string): boolean {
  return text.length <= SUBJECT_HEADING_MAX && titleLike(text) && !text.endsWith(':') && !PARENTHESIS_OR_SEMICOLON.test(text);
}

/** A sentence, not a heading: "The State party is…", "It has…". */
const SENTENCE_WITH_VERB = /^(?:The|This|These|It|In|On|At|As|For|With|By|To)\s.+\s(?:is|are|was|were|has|have|had|will|should|must)\s/;

/**
 * An unnumbered heading: short, title-like, no closing punctuation, and set
 * apart from running text: the line before closed a sentence (or was itself
 * a heading) and a paragraph or heading follows.
 */
export function unnumberedHeading(text: string, previousClosed: boolean, nextStartsUnit: boolean): HeadingMatch | null {
  if (!previousClosed || !nextStartsUnit || !mayBeSubjectHeading(text)) return null;
  if (SENTENCE_WITH_VERB.test(text)) return null;
  return { level: isAnnexHeading(text) ? 0 : 4, number: null, text: cleanHeadingText(text) };
}

/** Text of a heading that mentions recommendations, in any language unrec reads. */
export function mentionsRecommendations(text: string): boolean {
  return RECOMMENDATION_STEMS.test(text);
}
