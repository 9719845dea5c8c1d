/**
 * The title block of a document's first page, as printed (fixtures/gold/README.md,
 * "title"): its lines joined by one space, footnote asterisks removed, without
 * the masthead, the session and agenda lines (and the agenda item's own title
 * under them), the cover-note wording of a report transmitted by a note, or
 * what follows the block (a summary, a heading, the first paragraph). A
 * resolution's title is its name without its number; a Security Council
 * resolution, which prints no name, is "Resolution N (YYYY)".
 */
import { titleWords, type TitleWords } from '../vocabulary/languages/index.js';
import { mastheadSymbol } from '../vocabulary/symbol.js';
import { datesIn } from './document-date.js';
import { numberedHeading } from './headings.js';

export interface FrontLine {
  text: string;
  /** A blank line, a wide vertical gap or a change of type size stands before this line. */
  breakBefore: boolean;
  /** Page index: a title block never runs onto the next page. */
  page: number;
}

const LANGUAGES = '(?:English|French|Spanish|Russian|Arabic|Chinese)';
/** Masthead cells: "United Nations", the organ, "Distr.: General", "Original: English", the language lines ("English, French, Russian and" / "Spanish only"). */
const MASTHEAD_CELL = new RegExp(String.raw`^(?:United\s*Nations|UNITED(?:UNITED)?|NATIONS(?:NATIONS)?|[AES]{1,2}|General Assembly|Security Council|Economic and Social Council|International Human Rights(?: Instruments)?|Instruments|Distr\.?:?(?:\s*\p{L}+)?|GENERAL|LIMITED|RESTRICTED|Original\s?:.*|ORIGINAL\s?:.*|[A-Z]+\/[A-Z]+(?:\/[A-Z]+)*|Official Records|Supplement No\.\s*\d+\w*|${LANGUAGES}(?:,\s*${LANGUAGES})*(?:\s+and(?:\s+${LANGUAGES})?)?(?:\s+only)?)$`, 'iu');
/** Session lines: the council or committee meeting, "Forty-third session", the agenda item of a treaty body (session dates: SESSION_DATES). */
const SESSION_LINE = /^(?:Human Rights Council|Working Group on the Universal Periodic Review|[\p{L}-]+ (?:special |emergency special )?session|[\p{L}-]+ year|Resumed .*session|Expert Mechanism on .*|Human Rights Committee|International Covenant on Civil and Political Rights|Consideration of reports submitted by States parties\b.*)$/iu;
/**
 * Session dates in any language, with the city before them: "New York, 16 March - 3 April 2009",
 * "29 أيار/مايو - 15 حزيران/يونيه 2012", "4-22 تشرين الأول/أكتوبر 2010" (the month names of UN Arabic are
 * two, joined by a slash, and may hold a space).
 */
const SESSION_DATES = /^(?:[\p{L} ]{2,30}[,،]\s*)?\(?\d{1,2}(?:\s+[\p{L}/]+(?:\s[\p{L}/]+)?)?\s*[–—-]\s*\d{1,2}\s+[\p{L}/]+(?:\s[\p{L}/]+)?(?:\s+\d{4}(?:\s+года)?)?\)?$/u;
/** The agenda line; the agenda item's own title is printed under it. */
const AGENDA_LINE = /^(?:Agenda items?|Items? \d+.* of the (?:provisional |preliminary )?(?:agenda|list)|Provisional agenda item)\b/i;
/** Council, session and agenda lines run into one by a text extraction; what follows is read as the title block (the breaks that would set an agenda title apart are lost). */
const FLAT_AGENDA_LINE = /^(?:[\p{L}-]+ )+session Agenda items? [\d\p{Ll}, ()]+$/iu;
/** The block ends at a summary, a heading, a rapporteur line, the body's opening or a footnote. */
const BLOCK_END = /^(?:Summary|Contents|CONTENTS|Introduction|INTRODUCTION|Résumé|Resumen|(?:[IVX]+|\d+)\.(?:\s*\p{Lu}|$|(?=\p{sc=Han}|\d{1,4}[年月]))|Chapter\s+[IVX]+|(?:Vice-President(?:\s+and\s+Rapporteur)?|Rapporteur):|The\s+(?:Security\s+Council|General\s+Assembly|Human\s+Rights\s+Council|Economic\s+and\s+Social\s+Council|Committee|Council),$|\*+\s)/u;
/** Title lines are short; a line this long that ends a sentence is the body's first paragraph. */
const BODY_SENTENCE_MIN = 120;
/** A sentence's end; a title has none. */
const SENTENCE_END = /\p{L}{2}["”’)]{0,2}[.!?]["”’)]?$/u;
/** Abbreviations that end a title line with a full stop. */
const ABBREVIATION_END = /(?<!\p{L})(?:No|Nos|Mr|Mrs|Ms|Dr|St|Add|Corr|Rev|Suppl|Vol|Inc|Ltd|Co|Jr|Sr|etc|al)\.$/u;
/** A line after the title's asterisk this long is a subheading, not the title's last line (a State, "Addendum"). */
const SUBHEADING_MIN = 60;
/** The cover of a report transmitted by a note; its own subject line is printed above it. */
const COVER_NOTE = /^Note\s+by\s+the\s+(?:Secretary-General|Secretariat|President|Chair)\b/i;
const TRANSMITTAL = /^The\s+(?:Secretary-General|Secretariat|President)\s+(?:has the honour|hereby transmits|transmits)\b/i;
/** "Resolution adopted by the General Assembly on …", "[on the report of the Second Committee (A/78/…)]", a draft's sponsors line. */
const RESOLUTION_COVER = /^(?:(?:Resolution|Decision)s?\s+adopted\s+by\b|RESOLUTION ADOPTED BY\b|\[.*\]?$|on\s+\d{1,2}\s+\p{L}+\s+\d{4}$|.*:\s*(?:revised\s+)?draft\s+(?:resolution|decision)$)/iu;
/**
 * A resolution's or decision's name line: "78/119. Strengthening …", "59/…
 * Human rights and climate change", "35/3.Права человека…" (a text extraction
 * dropped the tab), or the number alone ("78/323.") with the name on the lines below. Never "78/179 of 19 December 2023," (a preamble's citation).
 */
const RESOLUTION_NAME = /^(?:\d{1,3}|[A-Z]{1,3}-\d+)\/(?:\d{1,4}\.|\d{1,4}(?=\s+\p{Lu})|…\.?|\.\.\.\.?)(?:(?:\s+|(?<=\d\.)(?=\p{Lu}|\p{sc=Han}))(\S.*))?$/u;
const SC_RESOLUTION = /^Resolution\s+\d+\s+\(\d{4}\)$/;

/** A whole masthead flattened into one line by a text extraction: "UNITED NATIONS A General Assembly Distr. GENERAL A/HRC/8/47 3 June 2008 …". */
const FLAT_MASTHEAD = /\bDistr\.?:?\s*(?:GENERAL|General|LIMITED|Limited|RESTRICTED|Restricted)\b.*\b(?:Original|ORIGINAL)\s*:/;

function isMasthead(text: string, w: TitleWords): boolean {
  if (FLAT_MASTHEAD.test(text)) return true;
  // Cells are set apart by wide spaces or a tab; a symbol and the date can share one ("A/HRC/8/47 3 June 2008").
  const cells = text.split(/\s{2,}|\t/).flatMap((c) => c.trim().split(/(?<=^\S+\/\S+)\s+(?=\d{1,2}\s+\p{L})/u)).filter(Boolean);
  return cells.length > 0 && cells.every((c) => MASTHEAD_CELL.test(c) || w.masthead.some((p) => p.test(c)) || (cells.length > 1 && isSessionLine(c, w)) || mastheadSymbol(c.replace(/\*+$/, '')) !== null || isDateOnly(c) || /^Distr\.?:?\s*\w+\s+\d/.test(c));
}

function isDateOnly(text: string): boolean {
  // "9 May2019": a text extraction lost the space before the year (docstore's text of CMW/C/TJK/CO/2).
  const d = datesIn(text.replace(/(?<=\p{L})(?=\d{4}$)/u, ' '))[0];
  // Han text is dense: "2025年6月2日俄罗斯…的信" is a title that opens with a date, not a date.
  return d !== undefined && d.at <= 1 && text.length <= 40 && !/\p{sc=Han}{3}/u.test(text.replace(/[年月日]/g, ' '));
}

function clean(lines: readonly string[]): string | null {
  let out = '';
  for (const l of lines) out = out.endsWith('-') && /^\p{Ll}/u.test(l) ? `${out}${l}` : out ? `${out} ${l}` : l;
  const title = out.replace(/\s*\*+/g, '').replace(/\s+/g, ' ').trim();
  return title || null;
}

/** The title of a document from the front lines of its first page (before the first paragraph), or null; `language` picks its patterns (all languages' when null). */
export function findTitle(front: readonly FrontLine[], language: string | null = null): string | null {
  const w = titleWords(language);
  const lines = front.filter((l) => l.text.trim() !== '');
  const sc = lines.find((l) => SC_RESOLUTION.test(l.text.trim()));
  const named = lines.findIndex((l) => RESOLUTION_NAME.test(l.text));
  if (named >= 0) {
    const first = RESOLUTION_NAME.exec(lines[named]!.text)![1];
    const name = first ? [first] : [];
    for (const l of lines.slice(named + 1)) {
      // A number printed alone: its name follows, set apart.
      if ((name.length > 0 && l.breakBefore) || BLOCK_END.test(l.text)) break;
      name.push(l.text);
    }
    return clean(name);
  }
  if (sc) return clean([sc.text]);

  const block: string[] = [];
  let inAgenda = false;
  let started = false;
  let afterMasthead = false;
  /** Where in the block the paragraph of the current line began (its break). */
  let paragraphStart = 0;
  const anyBreaks = lines.some((l) => l.breakBefore);
  let page = -1;
  // The agenda line stands above the title: what comes before it is masthead and session lines, however set.
  // A letter's title is its "Letter dated…" line: what stands above it is masthead and the agenda items'
  // titles (A/79/924–S/2025/351 prints two).
  const agenda = lines.findIndex((l) => isAgendaLine(l.text.trim(), w));
  const letter = lines.findIndex((l, k) => k > agenda && w.letterTitles.some((p) => p.test(l.text.trim())));
  const from = letter > 0 ? lines.slice(letter) : agenda > 0 ? lines.slice(agenda) : lines;
  for (const [k, l] of from.entries()) {
    const text = l.text.trim();
    if (started && l.page !== page) break;
    page = l.page;
    if (!started) {
      // A title's first line has a word: not a stray mark or a broken symbol ("I'", "/53/601").
      if (!/\p{L}{3}/u.test(text)) continue;
      // A masthead cell wrapped onto the next lines goes on in lower case ("Convention on the Elimination" / "of All Forms…").
      if (afterMasthead && !l.breakBefore && /^\p{Ll}/u.test(text)) continue;
      afterMasthead = false;
      // A masthead cell wrapped onto the next line: "保护所有移徙工人及其" / "家庭成员权利国际公约".
      const next = from[k + 1]?.text.trim() ?? '';
      const wrapped = next !== '' && !/[.;:。；：]$/.test(text) && isMasthead(/\p{sc=Han}$/u.test(text) ? `${text}${next}` : `${text} ${next}`, w);
      if (isMasthead(text, w) || wrapped || isSessionLine(text, w) || FLAT_AGENDA_LINE.test(text)) {
        inAgenda = false;
        afterMasthead = true;
        continue;
      }
      if (isAgendaLine(text, w)) {
        inAgenda = true;
        continue;
      }
      // The agenda item's title runs to the next break; without breaks (flattened text), to a title's opening words.
      if (inAgenda && !(anyBreaks ? l.breakBefore : TITLE_OPENING.test(text))) continue;
      inAgenda = false;
      if (RESOLUTION_COVER.test(text)) continue;
    }
    // A footnote mark on a line of its own: the title's, right under it; else the footnote's, which ends the block.
    if (/^\*+$/.test(text)) {
      if (started && !l.breakBefore) continue;
      if (started) break;
    }
    // A line wrapped at a hyphen ("on its forty-" / "third session") goes on, whatever it looks like.
    if (started && block[block.length - 1]!.endsWith('-') && /^\p{Ll}/u.test(text)) {
      block.push(text);
      continue;
    }
    // One line that opens no title, then a session line: that line was the organ's name, set in a way the masthead
    // rules miss ("COMMITTEE ON ECONOMIC, SOCIAL AND CULTURAL RIGHTS", docstore's letter-spaced "ل جن ة حقوق الطفل").
    if (started && block.length === 1 && isSessionLine(text, w) && !opensTitle(block[0]!, language)) {
      block.length = 0;
      started = false;
      afterMasthead = true;
      continue;
    }
    // A session line after the block (report covers print it below the title), or the block's subtitle repeated as a heading.
    if (endsBlock(text, w) || TRANSMITTAL.test(text) || (started && (isSessionLine(text, w) || isMasthead(text, w) || block.includes(text) || (l.breakBefore && block.some((b) => b.startsWith(text)))))) break;
    if (COVER_NOTE.test(text)) {
      if (block.length) break;
      continue;
    }
    // A whole sentence of body text: where the paragraphs carry no number (docstore.ohchr.org's text drops
    // automatic numbering; fixtures/cases/flat-numbering-ru), nothing else tells the block has ended.
    if (started && text.length > BODY_SENTENCE_MIN && /[.:;]$/.test(text)) break;
    // A title never ends a sentence: a line that does is body text (a letter, a compilation's introduction,
    // paragraphs without numbers), and so is the rest of its paragraph back to the break before it.
    if (started && anyBreaks && SENTENCE_END.test(text.replace(/\*+$/, '')) && !ABBREVIATION_END.test(text)) {
      if (!l.breakBefore) block.length = Math.max(1, paragraphStart);
      break;
    }
    if (l.breakBefore || !started) paragraphStart = block.length;
    started = true;
    block.push(text);
    // The document's footnote asterisk closes its title when a long subheading follows ("Liste de points … du
    // Lesotho *" / "Renseignements concernant spécifiquement la mise en œuvre des articles 1er à 16…"); a short
    // line after it is the title's own ("…Universal Periodic Review *" / "Argentina").
    if (/\s\*{1,3}$/.test(text) && (from[k + 1]?.text.trim().length ?? 0) > SUBHEADING_MIN) break;
  }
  return clean(block);
}

/** Does the line open a title: "Report of…", "Concluding observations…", "Заключительные замечания…"? */
export function opensTitle(text: string, language: string | null = null): boolean {
  return TITLE_OPENING.test(text) || titleWords(language).reportTitles.some((p) => p.test(text));
}

function isSessionLine(text: string, w: TitleWords): boolean {
  return SESSION_LINE.test(text) || SESSION_DATES.test(text) || w.session.some((p) => p.test(text));
}

function isAgendaLine(text: string, w: TitleWords): boolean {
  return AGENDA_LINE.test(text) || w.agenda.some((p) => p.test(text));
}

function endsBlock(text: string, w: TitleWords): boolean {
  // A numbered heading is never a title line: "A. Introduction", "一.导言", "ألف - مقدمة" (docstore's text of CRC/C/TUV/CO/2-5).
  return BLOCK_END.test(text) || w.blockEnds.some((p) => p.test(text)) || numberedHeading(text) !== null;
}

/** Words that open a title line: where, in flattened text, the agenda item's title has ended. */
const TITLE_OPENING = /^(?:Report|Note|Letter|Identical letters|Concluding observations|Compilation|Summary of|Annual report|National report|Views|Decision|Resolution|Draft)\b/;
