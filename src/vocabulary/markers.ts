/**
 * Footnote markers inside running text. Glued markers ("framework;11",
 * "action3", "Convention,1", "Review*") and 1990s slash markers ("1/") are
 * markers by UN editing rules; a spaced number ("years, 87") is a marker only
 * when a note with that number is printed on the same page, because "in
 * paragraph 5, 87 States" is ordinary text.
 */
import { allMatches } from '../base/matches.js';
import { GLUED_MARKER, isDigitUnit, NUMBER_TAKER, SLASH_MARKER } from './patterns.js';

export interface MarkerHit {
  marker: string;
  /** Offset of the marker (and, for slash markers, its slash) in the text. */
  index: number;
  length: number;
}

/** Blanks of normalized text (space, tab, line end, form feed): a code-unit test, run for every character of a token. */
function isBlank(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
}

/** The whitespace-delimited token around `index`. */
function tokenAt(text: string, index: number): string {
  let a = index;
  while (a > 0 && !isBlank(text.charCodeAt(a - 1))) a--;
  let b = index;
  while (b < text.length && !isBlank(text.charCodeAt(b))) b++;
  return text.slice(a, b);
}

/** Clause punctuation: a number right after it is a marker even inside a symbol's token ("1/CMA.5,18"). */
const CLAUSE_PUNCTUATION = /[,;:]/;
/** Numbered parts of symbols and references: "Corr.1", "Add.12", "para.5", "No.3". */
const NUMBERED_PART = /(?:Corr|Add|Rev|Amend|Sess|Suppl|para|paras|art|arts|No|Nos)\.\d/i;

/** Markers glued to words or punctuation, and slash markers. */
export function markersIn(text: string): MarkerHit[] {
  const hits: MarkerHit[] = [];
  for (const m of allMatches(GLUED_MARKER, text)) {
    const token = tokenAt(text, m.index!);
    // "Corr.1", "Add.12", URLs and symbols carry numbers that are not markers,
    // unless clause punctuation separates the number from them ("1/CMA.5,18").
    const afterClause = CLAUSE_PUNCTUATION.test(text[m.index! - 1] ?? '');
    if (!afterClause && (token.includes('/') || token.includes('@') || NUMBERED_PART.test(token))) continue;
    hits.push({ marker: m[1]!, index: m.index!, length: m[1]!.length });
  }
  if (maySlashMark(text)) for (const m of allMatches(SLASH_MARKER, text)) hits.push({ marker: m[1]!, index: m.index!, length: m[0].length });
  return hits.sort((a, b) => a.index - b.index);
}

/** What may follow a marker, and the slash of a slash marker (SLASH_MARKER's lookahead). */
const AFTER_MARKER = /[\s.,;:)]/;

/**
 * Can the text hold a slash marker: a slash after a digit, before a blank,
 * clause punctuation or the end? A plain search for the slash tells most
 * texts (symbols, "A/HRC/43/2", have letters or digits after theirs) before
 * the pattern, which tries every digit (issue 15).
 */
export function maySlashMark(text: string): boolean {
  for (let i = text.indexOf('/'); i !== -1; i = text.indexOf('/', i + 1)) {
    const before = text.charCodeAt(i - 1);
    if (isDigitUnit(before) && (i + 1 === text.length || AFTER_MARKER.test(text.charAt(i + 1)))) return true;
  }
  return false;
}

/** Words a number counts: "87 States", "5 per cent", "3 million". */
const COUNTED = /^\s*(?:%|per\b|percent|States|countries|cases|years|days|months|weeks|hours|persons|people|women|men|children|members|million|billion|thousand|hundred|times|[ap]\.m\.|and\s+\d)/i;

/** A number after the closing punctuation at the very end of a paragraph. */
const FINAL_NUMBER = /(?= )(?<=[;.]\)?) (\d{1,3})$/;
/** A number that dates: "1 July 2020". */
const DATE_AFTER = /^\s+[A-Z][a-z]+\s+\d{4}/;

/** Spaced markers for the given note numbers: "years, 87" when note 87 exists. */
export function spacedMarkersIn(text: string, noteNumbers: ReadonlySet<string>): MarkerHit[] {
  const hits: MarkerHit[] = [];
  // A number after the closing punctuation at the very end of a paragraph is
  // its note marker, printed or not: "… independence (Belgium); 1".
  const last = FINAL_NUMBER.exec(text);
  if (last) hits.push({ marker: last[1]!, index: last.index + 1, length: last[1]!.length });
  if (noteNumbers.size === 0) return hits;
  // Never a digit group of a larger number: "nearly 4,000", "from 4.30".
  // After a word, or after the punctuation that closes a word or a year ("of 2023, 15 and also", A/RES/78/119).
  for (const m of allMatches(SPACED_NUMBER, text)) {
    if (!noteNumbers.has(m[1]!) || (last && m.index === last.index + 1)) continue;
    // A number before a word that counts or dates ("87 States", "1 July") is text.
    const after = text.slice(m.index! + m[1]!.length, m.index! + m[1]!.length + 30);
    if (DATE_AFTER.test(after) || COUNTED.test(after)) continue;
    // A number after a word that takes one ("to 1 p.m.", "paragraph 5") is text.
    if (NUMBER_TAKER.test(text.slice(Math.max(0, m.index! - 40), m.index!).trimEnd())) continue;
    hits.push({ marker: m[1]!, index: m.index!, length: m[1]!.length });
  }
  // pdftotext glues a superscript to the year before it ("February 202515 and") or to the word after it
  // ("basis 1no later"): a year and the note number, or a note number and the word, when that note is on the page.
  for (const m of allMatches(GLUED_TO_YEAR_OR_WORD, text)) {
    const marker = (m[1] ?? m[2])!;
    if (noteNumbers.has(marker)) hits.push({ marker, index: m.index!, length: marker.length });
  }
  // Scripts without case glue numbers to words in ordinary text ("第3条", "于2028年"): a number glued
  // after a Han or Arabic letter ("安全1的", Arabic "المرأة(1)") is a marker only when that note is
  // on the page, and never before a digit or a counter word.
  for (const m of allMatches(UNCASED_GLUED, text)) {
    const marker = (m[1] ?? m[2])!;
    if (noteNumbers.has(marker)) hits.push({ marker, index: m.index!, length: m[0].length });
  }
  return hits;
}

/** A spaced number after a word, or after the punctuation that closes a word or a year; never a digit group of a larger number. */
const SPACED_NUMBER = /(?=\d)(?<=\p{Ll}[,;.:)]? |\d[,;)] )(\d{1,3})(?=[\s.,;:]|$)(?![.,:]\d)/gu;
/** A number glued to the year before it ("February 202515 and") or to the word after it ("basis 1no later"). */
const GLUED_TO_YEAR_OR_WORD = /(?=\d)(?:(?<=\b(?:19|20)\d{2})(\d{1,3})(?=[\s.,;:)]|$)|(?<=\p{Ll} )(\d{1,3})(?=\p{Ll})(?!st|nd|rd|th))/gu;

/** A number glued after a letter of a script without case, bare or in parentheses. */
const UNCASED_GLUED = /(?=[\d(])(?<=[\p{sc=Han}\p{sc=Arabic}])(?:(\d{1,3})|\((\d{1,3})\))(?![\d年月日条款项段届次号个名%٪])/gu;

/**
 * Markers known by evidence (a PDF's superscripts) are wrapped in these two
 * private-use characters while lines are joined, so that the join stage can
 * tell them from body digits; they never reach the output.
 */
export const EVIDENCE_OPEN = '\uE000';
export const EVIDENCE_CLOSE = '\uE001';
const EVIDENCE = /\uE000([^\uE000\uE001]*)\uE001/g;

/** What a marker stands after when a space must take its place: a word, or the punctuation closing one. */
const WORD_OR_CLOSING = /[\p{L}\p{N}.,;:)’”"]/u;
const WORD_UNIT = /[\p{L}\p{N}]/u;

/**
 * Take out the markers known by evidence; one that stood between a word (or
 * the punctuation closing it) and the next word leaves a space: "basis¹no" →
 * "basis no", "rights.²⁷These" → "rights. These".
 */
export function takeEvidenceMarkers(text: string): { text: string; markers: string[] } {
  const markers: string[] = [];
  // Text input has no evidence: a plain search spares the pattern.
  if (!text.includes(EVIDENCE_OPEN)) return { text, markers };
  const out = text.replace(EVIDENCE, (_, marker: string, at: number, whole: string) => {
    markers.push(marker);
    const before = whole.charAt(at - 1);
    const after = whole.charAt(at + marker.length + 2);
    return WORD_OR_CLOSING.test(before) && WORD_UNIT.test(after) ? ' ' : '';
  });
  return { text: out, markers };
}

/** Remove the given markers from text; a spaced marker takes its leading space with it. */
export function stripMarkers(text: string, hits: readonly MarkerHit[]): string {
  let out = '';
  let last = 0;
  for (const h of [...hits].sort((a, b) => a.index - b.index)) {
    if (h.index < last) continue;
    const next = text.charAt(h.index + h.length);
    let piece = text.slice(last, h.index);
    if (piece.endsWith(' ') && (next === '' || AFTER_MARKER.test(next))) piece = piece.slice(0, -1);
    out += piece;
    last = h.index + h.length;
  }
  return out + text.slice(last);
}
